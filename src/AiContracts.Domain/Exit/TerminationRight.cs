using AiContracts.Domain.Primitives;
using NodaTime;

namespace AiContracts.Domain.Exit;

/// <summary>A right to terminate the contract.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record TerminationRight
{
    /// <summary>What entitles the party to terminate.</summary>
    public required TerminationTrigger Trigger { get; init; }

    /// <summary>Which party holds the right.</summary>
    public required PartyRole HeldBy { get; init; }

    /// <summary>The notice period.</summary>
    public Period? Notice { get; init; }

    /// <summary>For breach: how long the other party has to cure it.</summary>
    public Period? CurePeriod { get; init; }

    /// <summary>How long after the effective date the right may first be exercised (a lock-in); null when it may be exercised at once.</summary>
    public Period? ExercisableAfter { get; init; }

    /// <summary>A fee due on termination; null for none.</summary>
    public Money? TerminationFee { get; init; }

    /// <summary>The right in the contract's words.</summary>
    public string? Description { get; init; }
}

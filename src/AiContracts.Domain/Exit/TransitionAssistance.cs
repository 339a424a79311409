using AiContracts.Domain.Internal;
using AiContracts.Domain.Primitives;
using NodaTime;

namespace AiContracts.Domain.Exit;

/// <summary>Help from the provider in moving to a successor.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record TransitionAssistance
{
    /// <summary>How long assistance lasts after termination.</summary>
    public Period? Duration { get; init; }

    /// <summary>Hours of assistance included.</summary>
    public int? IncludedHours { get; init; }

    /// <summary>How assistance is paid for.</summary>
    public CostBasis? Cost { get; init; }

    /// <summary>The fee, for a fixed fee.</summary>
    public Money? Fee { get; init; }

    /// <summary>The assistance in the contract's words.</summary>
    public string? Description { get; init; }

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(TransitionAssistance), PrintMembers);
}

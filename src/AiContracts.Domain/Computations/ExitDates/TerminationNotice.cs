using AiContracts.Domain.Exit;
using AiContracts.Domain.Internal;
using NodaTime;

namespace AiContracts.Domain.Computations.ExitDates;

/// <summary>A notice of termination: when it was given, on what ground, and by whom.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record TerminationNotice
{
    /// <summary>The day the notice was given (received), in the contract's calendar.</summary>
    public required LocalDate NoticeDate { get; init; }

    /// <summary>The ground for termination; it selects the termination right and its notice period.</summary>
    public required TerminationTrigger Trigger { get; init; }

    /// <summary>The party giving notice; null to take the first right with the trigger, whoever holds it.</summary>
    public PartyRole? GivenBy { get; init; }

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(TerminationNotice), PrintMembers);
}

using AiContracts.Domain.Internal;
using AiContracts.Domain.Primitives;
using NodaTime;

namespace AiContracts.Domain.Computations.ServiceCredits;

/// <summary>Whether an objective is in chronic breach over a history of periods ("N breaches within M periods"), and the termination right that opens.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record ChronicBreachStatus
{
    /// <summary>The objective.</summary>
    public required LocalId ObjectiveId { get; init; }

    /// <summary>N: the breaches that make a chronic breach.</summary>
    public required int Breaches { get; init; }

    /// <summary>M: the consecutive periods the breaches must fall within.</summary>
    public required int WithinPeriods { get; init; }

    /// <summary>The breaches in the latest M periods of the history.</summary>
    public required int BreachesInLatestWindow { get; init; }

    /// <summary>Whether some M consecutive periods of the history hold N or more breaches.</summary>
    public required bool IsChronic { get; init; }

    /// <summary>The last day of the first period that completed N breaches within M periods; null when not chronic.</summary>
    public LocalDate? ChronicSince { get; init; }

    /// <summary>Whether the chronic breach gives the customer a right to terminate (the objective grants it, or the contract's exit terms hold a chronic-breach right).</summary>
    public bool TerminationRight { get; init; }

    /// <summary>The last day the right may be exercised: <see cref="ChronicSince"/> plus the exercise window; null when there is no right or no window.</summary>
    public LocalDate? ExerciseDeadline { get; init; }

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(ChronicBreachStatus), PrintMembers);
}

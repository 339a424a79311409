using AiContracts.Domain.Internal;
using NodaTime;

namespace AiContracts.Domain.ServiceLevels;

/// <summary>Repeated breaches of an objective that give the customer a termination right.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record ChronicBreachTerms
{
    /// <summary>The number of breached periods, N in "N breaches within M periods".</summary>
    public required int Breaches { get; init; }

    /// <summary>The number of consecutive periods, M in "N breaches within M periods".</summary>
    public required int WithinPeriods { get; init; }

    /// <summary>Whether chronic breach lets the customer terminate without penalty; null when the contract does not say.</summary>
    public bool? GrantsTerminationRight { get; init; }

    /// <summary>How long after the chronic breach the right may be exercised.</summary>
    public Period? ExerciseWindow { get; init; }

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(ChronicBreachTerms), PrintMembers);
}

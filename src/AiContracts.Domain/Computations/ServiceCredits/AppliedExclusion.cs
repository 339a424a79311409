using AiContracts.Domain.Internal;
using AiContracts.Domain.ServiceLevels;
using NodaTime;

namespace AiContracts.Domain.Computations.ServiceCredits;

/// <summary>How much bad time one exclusion of an objective took out of the computation, and how much it could not because of its cap.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record AppliedExclusion
{
    /// <summary>The kind of exclusion, as the objective lists it.</summary>
    public required ExclusionKind Kind { get; init; }

    /// <summary>The time left out of the computation (whole intervals).</summary>
    public required Duration Excluded { get; init; }

    /// <summary>The time the exclusion would have covered beyond its <c>maximumPerPeriod</c>, which counts against the objective.</summary>
    public required Duration BeyondCap { get; init; }

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(AppliedExclusion), PrintMembers);
}

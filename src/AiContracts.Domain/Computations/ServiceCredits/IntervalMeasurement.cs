using AiContracts.Domain.Internal;
using AiContracts.Domain.ServiceLevels;
using NodaTime;

namespace AiContracts.Domain.Computations.ServiceCredits;

/// <summary>The requests of one fixed interval (as long as the KPI's availability definition says), for availability.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record IntervalMeasurement
{
    /// <summary>The start of the interval; it must be the start of one of the period's intervals.</summary>
    public required Instant Start { get; init; }

    /// <summary>The valid requests in the interval.</summary>
    public required long Requests { get; init; }

    /// <summary>The failed requests in the interval (at most <see cref="Requests"/>).</summary>
    public required long FailedRequests { get; init; }

    /// <summary>The cause of the failures, when it is one the objective may exclude; null when not attributed.</summary>
    public ExclusionKind? Cause { get; init; }

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(IntervalMeasurement), PrintMembers);
}

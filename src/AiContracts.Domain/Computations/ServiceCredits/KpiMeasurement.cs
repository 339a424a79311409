using AiContracts.Domain.Internal;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Computations.ServiceCredits;

/// <summary>
/// The measurements of one KPI for a period, in one of three forms: an attained value already aggregated
/// (<see cref="Attained"/>), event counts (<see cref="GoodEvents"/> of <see cref="TotalEvents"/>), or raw availability
/// data (<see cref="Intervals"/> and <see cref="Downtime"/>) that is aggregated as the KPI's availability definition says.
/// </summary>
/// <remarks>Give exactly one form; for an availability KPI with an availability definition, a measurement listing nothing means a period without outages or interval data. Thread safety: immutable; safe to share across threads.</remarks>
public sealed record KpiMeasurement
{
    /// <summary>The KPI, by its id in the contract.</summary>
    public required LocalId KpiId { get; init; }

    /// <summary>The attained value, aggregated as the KPI says, in the KPI's unit (for example 99.95 for a percentage, 1480 for a p95 latency in milliseconds).</summary>
    public decimal? Attained { get; init; }

    /// <summary>The good events (successful requests, resolved conversations); for an error-rate KPI, the failed events.</summary>
    public long? GoodEvents { get; init; }

    /// <summary>All events counted, the denominator of <see cref="GoodEvents"/>.</summary>
    public long? TotalEvents { get; init; }

    /// <summary>Per-interval request counts, for an availability KPI; intervals not listed saw no requests.</summary>
    public ValueArray<IntervalMeasurement> Intervals { get; init; }

    /// <summary>Outages, for an availability KPI: every interval an outage overlaps is down (error rate 100 %).</summary>
    public ValueArray<DowntimeSpan> Downtime { get; init; }

    /// <summary>Failed requests with the client that sent each, for a KPI that counts a client's repeated errors once; each is one of its interval's failed requests. Introduced in format 1.1.</summary>
    public ValueArray<ClientFailure> ClientFailures { get; init; }

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(KpiMeasurement), PrintMembers);
}

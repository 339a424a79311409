using AiContracts.Domain.Internal;
using AiContracts.Domain.Primitives;
using NodaTime;

namespace AiContracts.Domain.ServiceLevels;

/// <summary>How availability is computed, as public cloud SLAs define it.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record AvailabilityDefinition
{
    /// <summary>Uptime minutes, or 100 % minus the average error rate over fixed intervals.</summary>
    public required AvailabilityMethod Method { get; init; }

    /// <summary>The exact length of an interval, for example PT1M or PT1H.</summary>
    public Duration? IntervalLength { get; init; }

    /// <summary>For uptime minutes: the error rate above which an interval counts as down.</summary>
    public Percentage? DowntimeErrorRate { get; init; }

    /// <summary>How an interval with no requests counts.</summary>
    public EmptyIntervalRule? EmptyIntervals { get; init; }

    /// <summary>For uptime intervals: downtime counts only in runs of consecutive down intervals at least this long (for example PT10M); shorter runs count as up. Introduced in format 1.1.</summary>
    public Duration? MinimumDowntimeRun { get; init; }

    /// <summary>How an interval that an outage covers only in part counts; any started interval is down unless stated. Introduced in format 1.1.</summary>
    public PartialMinuteRule? PartialMinutes { get; init; }

    /// <summary>The fewest requests an interval needs for its error rate to count; an interval with fewer counts as one without requests (see emptyIntervals). Introduced in format 1.1.</summary>
    public int? MinimumRequests { get; init; }

    /// <summary>Failed requests of the same client within this window from its first counted failure count once (the measurements name the clients of failures). Introduced in format 1.1.</summary>
    public Duration? RepeatedErrorWindow { get; init; }

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(AvailabilityDefinition), PrintMembers);
}

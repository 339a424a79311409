using AiContracts.Domain.Internal;
using AiContracts.Domain.ServiceLevels;
using NodaTime;

namespace AiContracts.Domain.Computations.ServiceCredits;

/// <summary>How availability was computed from intervals: the counts behind the attained value, for checking by hand.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record AvailabilityBreakdown
{
    /// <summary>The definition applied: uptime intervals, or 100 % minus the average error rate.</summary>
    public required AvailabilityMethod Method { get; init; }

    /// <summary>The length of one interval.</summary>
    public required Duration IntervalLength { get; init; }

    /// <summary>The intervals in the period (its length in the contract's time zone, divided by the interval length).</summary>
    public required int Intervals { get; init; }

    /// <summary>The intervals left out: excluded causes, maintenance windows, and empty intervals when the contract excludes them.</summary>
    public required int ExcludedIntervals { get; init; }

    /// <summary>The intervals that saw no requests.</summary>
    public required int EmptyIntervals { get; init; }

    /// <summary>For uptime: the counted intervals that were down. For error rates: the counted intervals with any failed request.</summary>
    public required int DownIntervals { get; init; }

    /// <summary>The intervals whose requests were fewer than the minimum request volume, counted as intervals without requests; null when the definition states no minimum. Introduced in format 1.1.</summary>
    public int? LowVolumeIntervals { get; init; }

    /// <summary>The down intervals that count as up because their run of consecutive down intervals is shorter than the minimum downtime run; null when the definition states none. Introduced in format 1.1.</summary>
    public int? ShortRunIntervals { get; init; }

    /// <summary>The failed requests that count once with an earlier failure of the same client (left out of both failed and valid requests); null when the definition states no repeated-error window. Introduced in format 1.1.</summary>
    public long? RepeatedFailures { get; init; }

    /// <summary>When partial minutes count exactly: the down intervals as an exact sum of the shares outages cover (<see cref="DownIntervals"/> counts each touched interval once); null otherwise. Introduced in format 1.1.</summary>
    public decimal? ExactDownIntervals { get; init; }

    /// <summary>The intervals counted: <see cref="Intervals"/> less <see cref="ExcludedIntervals"/>.</summary>
    public int CountedIntervals => Intervals - ExcludedIntervals;

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(AvailabilityBreakdown), PrintMembers);
}

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

    /// <summary>The intervals counted: <see cref="Intervals"/> less <see cref="ExcludedIntervals"/>.</summary>
    public int CountedIntervals => Intervals - ExcludedIntervals;

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(AvailabilityBreakdown), PrintMembers);
}

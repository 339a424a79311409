using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Internal;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.ServiceLevels;
using NodaTime;

namespace AiContracts.Domain.Computations.ServiceCredits;

/// <summary>
/// Computes availability from intervals and outages as the KPI's availability definition says: uptime intervals over
/// counted intervals, or 100 % minus the average error rate over counted intervals; with empty intervals, exclusions and
/// their caps applied.
/// </summary>
internal sealed class AvailabilityComputer(
    AiContract contract, ServiceLevelObjective objective, KpiDefinition kpi, string kpiPointer, ComputationPeriod period, string at, FindingList findings)
{
    private const string Rule = "sla-evaluation";
    private const long MaxIntervals = 3_000_000;

    /// <summary>The counts behind the value; null when nothing was computed.</summary>
    internal AvailabilityBreakdown? Breakdown { get; private set; }

    /// <summary>The exclusions applied, one per exclusion of the objective.</summary>
    internal ValueArray<AppliedExclusion> Applied { get; private set; }

    internal decimal? Compute(KpiMeasurement m)
    {
        if (kpi.Metric != KpiMetric.Availability || kpi.AvailabilityDefinition is not { } definition)
        {
            return NotEvaluable(kpiPointer + "/availabilityDefinition",
                $"KPI '{kpi.Id}' has no availability definition, so intervals and outages cannot be turned into a value; give the attained value or add the definition.");
        }

        if (contract.TimeZone is not { } zone)
        {
            findings.Add(DiagnosticCatalogue.MissingTerms.Create("/timeZone", Rule, ("detail",
                "The contract states no time zone, so the period's intervals and maintenance windows cannot be placed in time.")));
            return null;
        }

        // At least a second: an integrity check (AIC0204), done before any computation.
        var length = definition.IntervalLength ?? Duration.FromMinutes(1);

        var uptime = definition.Method == AvailabilityMethod.UptimeMinutes;
        if (uptime && definition.DowntimeErrorRate is null && !m.Intervals.IsEmpty)
        {
            return NotEvaluable(kpiPointer + "/availabilityDefinition/downtimeErrorRate",
                $"KPI '{kpi.Id}' counts uptime intervals but states no downtimeErrorRate, so an interval's request counts cannot tell whether it was down; state it or give outages only.");
        }

        var start = period.FirstDay.AtStartOfDayInZone(zone).ToInstant();
        var end = period.LastDay.PlusDays(1).AtStartOfDayInZone(zone).ToInstant();
        var ticks = (end - start).BclCompatibleTicks;
        var step = length.BclCompatibleTicks;
        var n = (ticks + step - 1) / step;
        if (n > MaxIntervals)
        {
            return NotEvaluable(kpiPointer + "/availabilityDefinition/intervalLength", $"KPI '{kpi.Id}' has intervals of {length}, giving {n} intervals in the period; at most {MaxIntervals} are computed.");
        }

        var count = (int)n;
        var requests = new long[count];
        var failed = new long[count];
        var present = new bool[count];
        var down = new bool[count];
        var causes = new ExclusionKind?[count];
        if (!ReadIntervals(m, start, end, step, requests, failed, present, causes) | !ReadOutages(m, start, end, step, down, causes))
        {
            return null;
        }

        var windows = MaintenanceOccurrences(zone);
        var exclusions = objective.Exclusions;
        var excluded = new Duration[exclusions.Count];
        var beyond = new Duration[exclusions.Count];
        var rule = definition.EmptyIntervals ?? EmptyIntervalRule.CountsAsAvailable;
        var threshold = definition.DowntimeErrorRate?.Value ?? 0m;
        int excludedCount = 0, emptyCount = 0, downCount = 0;
        var rateSum = 0m;
        for (var k = 0; k < count; k++)
        {
            var empty = !down[k] && (!present[k] || requests[k] == 0);
            decimal rate;
            if (down[k])
            {
                rate = 100m;
            }
            else if (!empty)
            {
                rate = failed[k] * 100m / requests[k];
            }
            else
            {
                emptyCount++;
                if (rule == EmptyIntervalRule.Excluded)
                {
                    excludedCount++;
                    continue;
                }

                rate = rule == EmptyIntervalRule.CountsAsUnavailable ? 100m : 0m;
            }

            var bad = uptime ? down[k] || rate > threshold || (empty && rate == 100m) : rate > 0m;
            if (bad && Exclusion(k, start, step, causes[k], windows) is { } x)
            {
                var cap = exclusions[x].MaximumPerPeriod;
                if (cap is null || excluded[x] + length <= cap.Value)
                {
                    excluded[x] += length;
                    excludedCount++;
                    continue;
                }

                beyond[x] += length;
            }

            if (bad)
            {
                downCount++;
            }

            rateSum += uptime ? 0m : rate;
        }

        Breakdown = new AvailabilityBreakdown
        {
            Method = definition.Method, IntervalLength = length, Intervals = count, ExcludedIntervals = excludedCount, EmptyIntervals = emptyCount, DownIntervals = downCount,
        };
        Applied = ValueArray.From(exclusions.Select((e, x) => new AppliedExclusion { Kind = e.Kind, Excluded = excluded[x], BeyondCap = beyond[x] }));
        var counted = count - excludedCount;
        if (counted == 0)
        {
            findings.Add(DiagnosticCatalogue.InvalidMeasurement.Create(at, Rule, ("detail", $"Every interval of KPI '{kpi.Id}' in the period is excluded, so availability has no denominator.")).In(DocumentKind.Measurements));
            return null;
        }

        return uptime ? (counted - downCount) * 100m / counted : 100m - (rateSum / counted);
    }

    private bool ReadIntervals(KpiMeasurement m, Instant start, Instant end, long step, long[] requests, long[] failed, bool[] present, ExclusionKind?[] causes)
    {
        var ok = true;
        for (var j = 0; j < m.Intervals.Count; j++)
        {
            var interval = m.Intervals[j];
            var where = $"{at}/intervals/{j}";
            var offset = (interval.Start - start).BclCompatibleTicks;
            if (interval.Start < start || interval.Start >= end || offset % step != 0)
            {
                ok = Invalid(where + "/start", $"Interval {interval.Start} of KPI '{kpi.Id}' is not the start of one of the period's intervals ({start} to {end}, every {Duration.FromTicks(step)}).");
                continue;
            }

            var k = (int)(offset / step);
            if (present[k])
            {
                findings.Add(DiagnosticCatalogue.DuplicateInput.Create(where + "/start", Rule, ("value", interval.Start.ToString()), ("what", $"the intervals of KPI '{kpi.Id}'"), ("item", "interval")).In(DocumentKind.Measurements));
                ok = false;
                continue;
            }

            if (interval.Requests < 0 || interval.FailedRequests < 0)
            {
                var (member, value) = interval.Requests < 0 ? ("requests", interval.Requests) : ("failedRequests", interval.FailedRequests);
                findings.Add(DiagnosticCatalogue.NegativeCount.Create($"{where}/{member}", Rule, ("what", $"{member} of the interval at {interval.Start}"), ("value", ComputationSupport.Text(value))).In(DocumentKind.Measurements));
                ok = false;
                continue;
            }

            if (interval.FailedRequests > interval.Requests)
            {
                findings.Add(DiagnosticCatalogue.MoreGoodThanTotal.Create(where + "/failedRequests", Rule, ("what", $"failedRequests of the interval at {interval.Start}"),
                    ("value", ComputationSupport.Text(interval.FailedRequests)), ("total", ComputationSupport.Text(interval.Requests))).In(DocumentKind.Measurements));
                ok = false;
                continue;
            }

            present[k] = true;
            requests[k] = interval.Requests;
            failed[k] = interval.FailedRequests;
            causes[k] = interval.Cause;
        }

        return ok;
    }

    private bool ReadOutages(KpiMeasurement m, Instant start, Instant end, long step, bool[] down, ExclusionKind?[] causes)
    {
        var ok = true;
        for (var j = 0; j < m.Downtime.Count; j++)
        {
            var span = m.Downtime[j];
            if (span.End <= span.Start)
            {
                ok = Invalid($"{at}/downtime/{j}/end", $"The outage of KPI '{kpi.Id}' from {span.Start} ends at {span.End}, not after it starts.");
                continue;
            }

            var from = span.Start < start ? start : span.Start;
            var to = span.End > end ? end : span.End;
            if (to <= from)
            {
                ok = Invalid($"{at}/downtime/{j}", $"The outage of KPI '{kpi.Id}' from {span.Start} to {span.End} lies outside the period ({start} to {end}).");
                continue;
            }

            var first = (from - start).BclCompatibleTicks / step;
            var last = ((to - start).BclCompatibleTicks + step - 1) / step;
            for (var k = first; k < last && k < down.Length; k++)
            {
                down[k] = true;
                causes[k] = span.Cause ?? causes[k];
            }
        }

        return ok;
    }

    /// <summary>The exclusion of the objective that covers a bad interval: by its cause, else by a maintenance window holding its start.</summary>
    private int? Exclusion(int k, Instant start, long step, ExclusionKind? cause, List<(Instant Start, Instant End, int Exclusion)> windows)
    {
        var exclusions = objective.Exclusions;
        if (cause is not null)
        {
            for (var x = 0; x < exclusions.Count; x++)
            {
                if (exclusions[x].Kind == cause)
                {
                    return x;
                }
            }
        }

        var at = start + Duration.FromTicks(k * step);
        foreach (var (from, to, exclusion) in windows)
        {
            if (at >= from && at < to)
            {
                return exclusion;
            }
        }

        return null;
    }

    /// <summary>The occurrences of the objective's maintenance windows that touch the period, in the contract's time zone.</summary>
    private List<(Instant Start, Instant End, int Exclusion)> MaintenanceOccurrences(DateTimeZone zone)
    {
        var result = new List<(Instant, Instant, int)>();
        for (var x = 0; x < objective.Exclusions.Count; x++)
        {
            if (objective.Exclusions[x].MaintenanceWindow is not { } window)
            {
                continue;
            }

            // Start a week early: a window that starts before the period may run into it.
            for (var day = period.FirstDay.PlusDays(-7); day <= period.LastDay; day = day.PlusDays(1))
            {
                if (day.DayOfWeek == window.Day)
                {
                    var from = (day + window.Start).InZoneLeniently(zone).ToInstant();
                    result.Add((from, from + window.Length, x));
                }
            }
        }

        return result;
    }

    private bool Invalid(string where, string detail)
    {
        findings.Add(DiagnosticCatalogue.InvalidMeasurement.Create(where, Rule, ("detail", detail)).In(DocumentKind.Measurements));
        return false;
    }

    private decimal? NotEvaluable(string where, string detail)
    {
        findings.Add(DiagnosticCatalogue.ObjectiveNotEvaluable.Create(where, Rule, ("detail", $"Objective '{objective.Id}' cannot be evaluated: {detail}")));
        return null;
    }
}

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
    AiContract contract, ServiceLevelObjective objective, KpiDefinition kpi, JsonPointer kpiPointer, ComputationPeriod period, JsonPointer at, FindingList findings)
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
            return NotEvaluable(kpiPointer / "availabilityDefinition",
                $"KPI '{kpi.Id}' has no availability definition, so intervals and outages cannot be turned into a value; give the attained value or add the definition.");
        }

        if (contract.TimeZone is not { } zone)
        {
            // The contract, which holds the absent timeZone: a pointer must name an element that is in the document.
            findings.Add(DiagnosticCatalogue.MissingTerms.Create(JsonPointer.Root, Rule, ("detail",
                "The contract states no time zone, so the period's intervals and maintenance windows cannot be placed in time.")));
            return null;
        }

        // At least a second: an integrity check (AIC0204), done before any computation.
        var length = definition.IntervalLength ?? Duration.FromMinutes(1);

        var uptime = definition.Method == AvailabilityMethod.UptimeMinutes;
        if (uptime && definition.DowntimeErrorRate is null && !m.Intervals.IsEmpty)
        {
            return NotEvaluable(kpiPointer / "availabilityDefinition" / "downtimeErrorRate",
                $"KPI '{kpi.Id}' counts uptime intervals but states no downtimeErrorRate, so an interval's request counts cannot tell whether it was down; state it or give outages only.");
        }

        var start = period.FirstDay.AtStartOfDayInZone(zone).ToInstant();
        var end = period.LastDay.PlusDays(1).AtStartOfDayInZone(zone).ToInstant();
        var ticks = (end - start).BclCompatibleTicks;
        var step = length.BclCompatibleTicks;
        var n = (ticks + step - 1) / step;
        if (n > MaxIntervals)
        {
            return NotEvaluable(kpiPointer / "availabilityDefinition" / "intervalLength", $"KPI '{kpi.Id}' has intervals of {length}, giving {n} intervals in the period; at most {MaxIntervals} are computed.");
        }

        var count = (int)n;
        var requests = new long[count];
        var failed = new long[count];
        var present = new bool[count];
        var down = new bool[count];
        var causes = new ExclusionKind?[count];
        var partial = definition.PartialMinutes ?? PartialMinuteRule.AnyStartedMinute;
        var covered = partial == PartialMinuteRule.AnyStartedMinute ? null : new long[count];
        if (!ReadIntervals(m, start, end, step, requests, failed, present, causes) | !ReadOutages(m, start, end, step, down, causes, covered))
        {
            return null;
        }

        long? repeated = null;
        var volume = requests; // the requests as measured, for the minimum request volume (retries are attempts too)
        if (definition.RepeatedErrorWindow is { } repeatWindow)
        {
            volume = (long[])requests.Clone();
            repeated = Deduplicate(m, repeatWindow, start, end, step, requests, failed, present);
            if (repeated is null)
            {
                return null;
            }
        }
        else if (!m.ClientFailures.IsEmpty)
        {
            findings.Add(DiagnosticCatalogue.ClientFailuresNotUsed.Create(at / "clientFailures", Rule, ("value", kpi.Id.ToString()), ("count", ComputationSupport.Text(m.ClientFailures.Count))).In(DocumentKind.Measurements));
        }

        var windows = MaintenanceOccurrences(zone);
        var exclusions = objective.Exclusions;
        var excluded = new Duration[exclusions.Count];
        var beyond = new Duration[exclusions.Count];
        var rule = definition.EmptyIntervals ?? EmptyIntervalRule.CountsAsAvailable;
        var threshold = definition.DowntimeErrorRate?.Value ?? 0m;
        var minimumRequests = definition.MinimumRequests ?? 0;
        var lengthTicks = step;
        var lastTicks = ticks - ((count - 1) * step);

        // What an interval counts as: left out (an empty interval the contract excludes), its error rate, whether it is
        // bad (down for uptime, any failure for error rates), and the share of it that is down.
        (bool Skip, bool Empty, bool LowVolume, decimal Rate, bool Bad, decimal Share) Classify(int k)
        {
            var span = k == count - 1 ? lastTicks : lengthTicks;
            var share = covered is null ? (down[k] ? 1m : 0m)
                : partial == PartialMinuteRule.WholeMinutesOnly ? (covered[k] >= span ? 1m : 0m)
                : (decimal)Math.Min(covered[k], span) / span;
            var outage = share > 0m;
            var enough = present[k] && requests[k] > 0 && volume[k] >= minimumRequests;
            var lowVolume = !outage && present[k] && requests[k] > 0 && !enough;
            var empty = !outage && !enough;
            if (empty && rule == EmptyIntervalRule.Excluded)
            {
                return (true, true, lowVolume, 0m, false, 0m);
            }

            var unavailable = empty && rule == EmptyIntervalRule.CountsAsUnavailable;
            var measured = enough ? failed[k] * 100m / requests[k] : unavailable ? 100m : 0m;
            if (uptime)
            {
                // Down by its requests (the whole interval), else by outages (the share they cover).
                var byRequests = enough ? measured > threshold : unavailable;
                return (false, empty, lowVolume, 0m, byRequests || outage, byRequests ? 1m : share);
            }

            var rate = share == 1m ? 100m : (share * 100m) + ((1m - share) * measured);
            return (false, empty, lowVolume, rate, rate > 0m, rate > 0m ? 1m : 0m);
        }

        var shortRun = uptime && definition.MinimumDowntimeRun is { } minimumRun ? ShortRuns(count, minimumRun, lengthTicks, lastTicks, Classify) : null;
        int excludedCount = 0, emptyCount = 0, downCount = 0, lowVolumeCount = 0, shortRunCount = 0;
        decimal rateSum = 0m, exactDown = 0m;
        for (var k = 0; k < count; k++)
        {
            var (skip, empty, lowVolume, rate, bad, share) = Classify(k);
            if (lowVolume)
            {
                lowVolumeCount++;
            }
            else if (empty)
            {
                emptyCount++;
            }

            if (skip)
            {
                excludedCount++;
                continue;
            }

            if (bad && shortRun is not null && shortRun[k])
            {
                bad = false;
                shortRunCount++;
            }

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
                exactDown += share;
            }

            rateSum += uptime ? 0m : rate;
        }

        var exact = partial == PartialMinuteRule.Exact;
        Breakdown = new AvailabilityBreakdown
        {
            Method = definition.Method, IntervalLength = length, Intervals = count, ExcludedIntervals = excludedCount, EmptyIntervals = emptyCount, DownIntervals = downCount,
            LowVolumeIntervals = definition.MinimumRequests is null ? null : lowVolumeCount,
            ShortRunIntervals = shortRun is null ? null : shortRunCount,
            RepeatedFailures = repeated,
            ExactDownIntervals = exact ? exactDown : null,
        };
        Applied = ValueArray.From(exclusions.Select((e, x) => new AppliedExclusion { Kind = e.Kind, Excluded = excluded[x], BeyondCap = beyond[x] }));
        var counted = count - excludedCount;
        if (counted == 0)
        {
            findings.Add(DiagnosticCatalogue.InvalidMeasurement.Create(at, Rule, ("detail", $"Every interval of KPI '{kpi.Id}' in the period is excluded, so availability has no denominator.")).In(DocumentKind.Measurements));
            return null;
        }

        var downTotal = exact ? exactDown : downCount;
        return uptime ? (counted - downTotal) * 100m / counted : 100m - (rateSum / counted);
    }

    /// <summary>
    /// Marks the bad intervals whose run of consecutive bad intervals is shorter than the minimum downtime run; a run's
    /// length is the down share of each of its intervals times the interval's length.
    /// </summary>
    private static bool[] ShortRuns(int count, Duration minimumRun, long lengthTicks, long lastTicks, Func<int, (bool Skip, bool Empty, bool LowVolume, decimal Rate, bool Bad, decimal Share)> classify)
    {
        var shortRun = new bool[count];
        var minimum = (decimal)minimumRun.BclCompatibleTicks;
        var k = 0;
        while (k < count)
        {
            var first = classify(k);
            if (first.Skip || !first.Bad)
            {
                k++;
                continue;
            }

            var end = k;
            var run = 0m;
            while (end < count && classify(end) is { Skip: false, Bad: true } next)
            {
                run += next.Share * (end == count - 1 ? lastTicks : lengthTicks);
                end++;
            }

            if (run < minimum)
            {
                Array.Fill(shortRun, true, k, end - k);
            }

            k = end;
        }

        return shortRun;
    }

    /// <summary>
    /// Counts a client's failed requests within the repeated-error window of its first counted failure once: the repeats
    /// are taken out of their interval's failed and valid requests. Returns the number of repeats, or null when the
    /// client failures do not fit the intervals.
    /// </summary>
    private long? Deduplicate(KpiMeasurement m, Duration window, Instant start, Instant end, long step, long[] requests, long[] failed, bool[] present)
    {
        var listed = new long[requests.Length];
        var ok = true;
        var failures = new List<(string Client, Instant At, int Interval)>();
        for (var j = 0; j < m.ClientFailures.Count; j++)
        {
            var failure = m.ClientFailures[j];
            var where = at / "clientFailures" / j;
            var k = failure.At >= start && failure.At < end ? (int)((failure.At - start).BclCompatibleTicks / step) : -1;
            if (k < 0 || !present[k])
            {
                findings.Add(DiagnosticCatalogue.ClientFailuresMismatch.Create(where / "at", Rule, ("detail",
                    $"The failure of client '{failure.Client}' at {failure.At} for KPI '{kpi.Id}' falls in no listed interval of the period; each client failure is one of its interval's failed requests.")).In(DocumentKind.Measurements));
                ok = false;
                continue;
            }

            if (++listed[k] > failed[k])
            {
                findings.Add(DiagnosticCatalogue.ClientFailuresMismatch.Create(where / "at", Rule, ("detail",
                    $"The interval at {start + Duration.FromTicks(k * step)} of KPI '{kpi.Id}' has {ComputationSupport.Text(failed[k])} failed requests but more client failures are listed in it.")).In(DocumentKind.Measurements));
                ok = false;
                continue;
            }

            failures.Add((failure.Client, failure.At, k));
        }

        if (!ok)
        {
            return null;
        }

        var unattributed = failed.Sum() - failures.Count;
        if (unattributed > 0)
        {
            findings.Add(DiagnosticCatalogue.FailuresNotAttributed.Create(at, Rule, ("value", kpi.Id.ToString()), ("count", ComputationSupport.Text(unattributed))).In(DocumentKind.Measurements));
        }

        long repeats = 0;
        foreach (var client in failures.GroupBy(f => f.Client, StringComparer.Ordinal))
        {
            Instant? counted = null;
            foreach (var (_, when, k) in client.OrderBy(f => f.At))
            {
                if (counted is { } first && when < first + window)
                {
                    failed[k]--;
                    requests[k]--;
                    repeats++;
                }
                else
                {
                    counted = when;
                }
            }
        }

        return repeats;
    }

    private bool ReadIntervals(KpiMeasurement m, Instant start, Instant end, long step, long[] requests, long[] failed, bool[] present, ExclusionKind?[] causes)
    {
        var ok = true;
        for (var j = 0; j < m.Intervals.Count; j++)
        {
            var interval = m.Intervals[j];
            var where = at / "intervals" / j;
            var offset = (interval.Start - start).BclCompatibleTicks;
            if (interval.Start < start || interval.Start >= end || offset % step != 0)
            {
                ok = Invalid(where / "start", $"Interval {interval.Start} of KPI '{kpi.Id}' is not the start of one of the period's intervals ({start} to {end}, every {Duration.FromTicks(step)}).");
                continue;
            }

            var k = (int)(offset / step);
            if (present[k])
            {
                findings.Add(DiagnosticCatalogue.DuplicateInput.Create(where / "start", Rule, ("value", interval.Start.ToString()), ("what", $"the intervals of KPI '{kpi.Id}'"), ("item", "interval")).In(DocumentKind.Measurements));
                ok = false;
                continue;
            }

            if (interval.Requests < 0 || interval.FailedRequests < 0)
            {
                var (member, value) = interval.Requests < 0 ? ("requests", interval.Requests) : ("failedRequests", interval.FailedRequests);
                findings.Add(DiagnosticCatalogue.NegativeCount.Create(where / member, Rule, ("what", $"{member} of the interval at {interval.Start}"), ("value", ComputationSupport.Text(value))).In(DocumentKind.Measurements));
                ok = false;
                continue;
            }

            if (interval.FailedRequests > interval.Requests)
            {
                findings.Add(DiagnosticCatalogue.MoreGoodThanTotal.Create(where / "failedRequests", Rule, ("what", $"failedRequests of the interval at {interval.Start}"),
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

    private bool ReadOutages(KpiMeasurement m, Instant start, Instant end, long step, bool[] down, ExclusionKind?[] causes, long[]? covered)
    {
        var ok = true;
        var spans = covered is null ? null : new List<(long From, long To)>();
        for (var j = 0; j < m.Downtime.Count; j++)
        {
            var span = m.Downtime[j];
            if (span.End <= span.Start)
            {
                ok = Invalid(at / "downtime" / j / "end", $"The outage of KPI '{kpi.Id}' from {span.Start} ends at {span.End}, not after it starts.");
                continue;
            }

            var from = span.Start < start ? start : span.Start;
            var to = span.End > end ? end : span.End;
            if (to <= from)
            {
                ok = Invalid(at / "downtime" / j, $"The outage of KPI '{kpi.Id}' from {span.Start} to {span.End} lies outside the period ({start} to {end}).");
                continue;
            }

            var first = (from - start).BclCompatibleTicks / step;
            var last = ((to - start).BclCompatibleTicks + step - 1) / step;
            for (var k = first; k < last && k < down.Length; k++)
            {
                down[k] = true;
                causes[k] = span.Cause ?? causes[k];
            }

            spans?.Add(((from - start).BclCompatibleTicks, (to - start).BclCompatibleTicks));
        }

        if (spans is not null)
        {
            Cover(spans, step, covered!);
        }

        return ok;
    }

    /// <summary>Adds to each interval the ticks the union of the outages covers in it (overlapping outages count once).</summary>
    private static void Cover(List<(long From, long To)> spans, long step, long[] covered)
    {
        spans.Sort((a, b) => a.From.CompareTo(b.From));
        long from = -1, to = -1;
        foreach (var span in spans.Append((From: long.MaxValue, To: long.MaxValue)))
        {
            if (span.From <= to)
            {
                to = Math.Max(to, span.To);
                continue;
            }

            for (var k = from < 0 ? covered.Length : from / step; k < covered.Length && k * step < to; k++)
            {
                covered[k] += Math.Min(to, (k + 1) * step) - Math.Max(from, k * step);
            }

            (from, to) = span;
        }
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

    private bool Invalid(JsonPointer where, string detail)
    {
        findings.Add(DiagnosticCatalogue.InvalidMeasurement.Create(where, Rule, ("detail", detail)).In(DocumentKind.Measurements));
        return false;
    }

    private decimal? NotEvaluable(JsonPointer where, string detail)
    {
        findings.Add(DiagnosticCatalogue.ObjectiveNotEvaluable.Create(where, Rule, ("detail", $"Objective '{objective.Id}' cannot be evaluated: {detail}")));
        return null;
    }
}

using System.Globalization;
using AiContracts.Domain;
using AiContracts.Domain.Computations.ServiceCredits;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.ServiceLevels;
using NodaTime;

namespace AiContracts.OpenSlo.Internal;

/// <summary>Turns series of samples into the measurements of their KPIs for a period, with a finding for each sample it cannot use.</summary>
internal sealed class MeasurementBuilder(AiContract? contract, MonitoringOptions options, Findings findings)
{
    private const string Rule = "monitoring-data";

    internal SlaMeasurements? Build(List<MonitoringSeries> all)
    {
        var zone = contract?.TimeZone ?? options.TimeZone ?? DateTimeZone.Utc;
        if (Bounds(zone) is not { } bounds)
        {
            return null;
        }

        var (start, end) = bounds;
        if (end <= start)
        {
            findings.Whole(DiagnosticCatalogue.InvalidPeriod, ("value", options.Period.LastDay.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)), ("first", options.Period.FirstDay.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)));
            return null;
        }

        // Which series each mapping names: exactly one each.
        var assigned = new Dictionary<SeriesMapping, MonitoringSeries>();
        var used = new HashSet<MonitoringSeries>();
        foreach (var mapping in options.Series)
        {
            var selector = MonitoringSeries.ParseSelector(mapping.Selector);
            if (selector is null)
            {
                findings.Whole(OpenSloDiagnostics.SeriesNotMatched, ("detail", $"The selector '{mapping.Selector}' of KPI '{mapping.KpiId}' is not one: write {{label=\"value\",...}} or a metric name."));
                continue;
            }

            var matched = all.Where(s => s.Matches(selector)).ToList();
            if (matched.Count != 1)
            {
                findings.Whole(OpenSloDiagnostics.SeriesNotMatched, ("detail",
                    $"The selector '{mapping.Selector}' ({mapping.Role.Name} of KPI '{mapping.KpiId}') matches {matched.Count} of the {all.Count} series; it must match exactly one{(matched.Count > 1 ? ": add labels that tell them apart" : string.Empty)}."));
                continue;
            }

            assigned[mapping] = matched[0];
            used.Add(matched[0]);
        }

        foreach (var unused in all.Where(s => !used.Contains(s)))
        {
            Series(OpenSloDiagnostics.UnusedSeries, unused, ("series", unused.Name));
        }

        var measurements = new List<KpiMeasurement>();
        foreach (var group in options.Series.Where(assigned.ContainsKey).GroupBy(m => m.KpiId))
        {
            if (Kpi(group.Key, group.ToDictionary(m => m.Role, m => assigned[m]), start, end) is { } m)
            {
                measurements.Add(m);
            }
        }

        return findings.HasErrors ? null : new SlaMeasurements { Period = options.Period, Kpis = ValueArray.From(measurements) };
    }

    /// <summary>
    /// The instants the period starts and ends at in the zone; null, with AIC7020, when one of them lies beyond the
    /// calendar (a period that ends on 9999-12-31 ends at midnight of the year 10000).
    /// </summary>
    private (Instant Start, Instant End)? Bounds(DateTimeZone zone)
    {
        try
        {
            return (options.Period.FirstDay.AtStartOfDayInZone(zone).ToInstant(), options.Period.LastDay.PlusDays(1).AtStartOfDayInZone(zone).ToInstant());
        }
        catch (Exception e) when (e is OverflowException or ArgumentOutOfRangeException)
        {
            findings.Whole(DiagnosticCatalogue.BeyondCalendar, ("detail", string.Create(CultureInfo.InvariantCulture,
                $"The period {options.Period.FirstDay:uuuu-MM-dd} to {options.Period.LastDay:uuuu-MM-dd} in {zone.Id} starts or ends beyond the calendar (the years 1 to 9999); measure a period that ends before 9999-12-31.")));
            return null;
        }
    }

    private KpiMeasurement? Kpi(LocalId id, Dictionary<SeriesRole, MonitoringSeries> roles, Instant start, Instant end)
    {
        KpiDefinition? kpi = null;
        if (contract is not null)
        {
            kpi = contract.ServiceLevels?.Kpis.FirstOrDefault(k => k.Id == id);
            if (kpi is null)
            {
                findings.Whole(DiagnosticCatalogue.UnknownKpi, ("value", id.Value), ("allowed", string.Join(", ", contract.ServiceLevels?.Kpis.Select(k => k.Id.Value) ?? [])));
                return null;
            }
        }

        var length = kpi?.AvailabilityDefinition?.IntervalLength ?? options.IntervalLength ?? Duration.FromMinutes(5);
        if (length <= Duration.Zero)
        {
            findings.Whole(OpenSloDiagnostics.SeriesNotMatched, ("detail", $"KPI '{id}' has an interval length of {length}; it must be positive."));
            return null;
        }

        var keys = roles.Keys.OrderBy(r => r.Value).ToArray();
        if (keys.SequenceEqual([SeriesRole.KpiValue]))
        {
            return Attained(id, kpi, roles[SeriesRole.KpiValue], start, end);
        }

        if (keys.SequenceEqual([SeriesRole.Up]))
        {
            // Outages are spans of time, not intervals of the KPI: an up series sampled every 5 minutes gives 5-minute
            // spans when the options say so, even for a KPI counted in minutes.
            return Up(id, roles[SeriesRole.Up], start, end, options.IntervalLength ?? length);
        }

        if (keys.SequenceEqual([SeriesRole.Requests, SeriesRole.FailedRequests]))
        {
            return Requests(id, kpi, roles[SeriesRole.Requests], roles[SeriesRole.FailedRequests], start, end, length);
        }

        findings.Whole(OpenSloDiagnostics.SeriesNotMatched, ("detail",
            $"KPI '{id}' is given series for {string.Join(" and ", keys.Select(k => k.Name))}; give KpiValue alone, Up alone, or Requests with FailedRequests."));
        return null;
    }

    /// <summary>The samples' values, aggregated as the KPI says.</summary>
    private KpiMeasurement? Attained(LocalId id, KpiDefinition? kpi, MonitoringSeries series, Instant start, Instant end)
    {
        var values = new List<decimal>();
        var outside = new List<Sample>();
        var times = new HashSet<Instant>();
        foreach (var sample in series.Samples)
        {
            if (Number(series, sample) is not { } value)
            {
                continue;
            }

            if (!times.Add(sample.Time))
            {
                At(OpenSloDiagnostics.DuplicateTimestamp, sample, ("series", series.Name), ("time", MonitoringSeries.Text(sample.Time)));
                continue;
            }

            var inPeriod = options.SampleTimeIsIntervalEnd ? sample.Time > start && sample.Time <= end : sample.Time >= start && sample.Time < end;
            if (!inPeriod)
            {
                outside.Add(sample);
                continue;
            }

            values.Add(value);
        }

        Outside(series, outside);
        var aggregation = kpi?.Aggregation ?? Aggregation.Mean;
        if (kpi?.Aggregation is null && values.Count > 1)
        {
            Series(OpenSloDiagnostics.InvalidSample with { DefaultSeverity = DiagnosticSeverity.Info }, series, ("detail", $"KPI '{id}' states no aggregation; the {values.Count} samples of {series.Name} are averaged (Mean)."));
        }

        if (values.Count == 0)
        {
            Series(OpenSloDiagnostics.InvalidSample, series, ("detail", $"{series.Name} has no samples in the period, so KPI '{id}' has no attained value."));
            return null;
        }

        if (aggregation == Aggregation.Ratio)
        {
            Series(OpenSloDiagnostics.InvalidSample, series, ("detail", $"KPI '{id}' is a ratio of events; map its Requests and FailedRequests series instead of values."));
            return null;
        }

        values.Sort();
        decimal attained;
        try
        {
            attained = aggregation.Name switch
            {
                nameof(Aggregation.Median) => Percentile(values, 50),
                nameof(Aggregation.P90) => Percentile(values, 90),
                nameof(Aggregation.P95) => Percentile(values, 95),
                nameof(Aggregation.P99) => Percentile(values, 99),
                nameof(Aggregation.Sum) => values.Sum(),
                nameof(Aggregation.Count) => values.Count,
                nameof(Aggregation.Minimum) => values[0],
                nameof(Aggregation.Maximum) => values[^1],
                nameof(Aggregation.Last) => LastInTime(series, start, end),
                _ => values.Sum() / values.Count,
            };
        }
        catch (OverflowException)
        {
            Series(OpenSloDiagnostics.InvalidSample, series, ("detail", $"The samples of {series.Name} are too large to aggregate exactly."));
            return null;
        }

        return new KpiMeasurement { KpiId = id, Attained = OpenSloVocabulary.Normal(attained) };
    }

    private decimal LastInTime(MonitoringSeries series, Instant start, Instant end) =>
        series.Samples.Where(s => options.SampleTimeIsIntervalEnd ? s.Time > start && s.Time <= end : s.Time >= start && s.Time < end)
            .OrderBy(s => s.Time).Select(s => Number(series, s, report: false)).Last(v => v is not null)!.Value;

    /// <summary>Nearest-rank percentile: the smallest value with at least p % of the values at or below it.</summary>
    private static decimal Percentile(List<decimal> sorted, int p)
    {
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }

    /// <summary>Down intervals (value 0) become outages, merged where they touch.</summary>
    private KpiMeasurement? Up(LocalId id, MonitoringSeries series, Instant start, Instant end, Duration length)
    {
        var (slots, ok) = Slots(series, start, end, length, whole: false);
        if (slots is null)
        {
            return null;
        }

        var downtime = new List<DowntimeSpan>();
        for (var k = 0; k < slots.Length; k++)
        {
            if (slots[k] is not { } value)
            {
                continue;
            }

            if (value.Value is not (0m or 1m))
            {
                At(OpenSloDiagnostics.InvalidSample, value.Sample, ("detail", $"The sample of {series.Name} at {MonitoringSeries.Text(value.Sample.Time)} is {value.Sample.Value}; an Up series has 1 (up) or 0 (down)."));
                continue;
            }

            if (value.Value == 0m)
            {
                var from = start + (length * k);
                if (downtime.Count > 0 && downtime[^1].End == from)
                {
                    downtime[^1] = downtime[^1] with { End = from + length };
                }
                else
                {
                    downtime.Add(new DowntimeSpan { Start = from, End = from + length });
                }
            }
        }

        if (downtime.Count > 0 && downtime[^1].End > end)
        {
            downtime[^1] = downtime[^1] with { End = end };
        }

        return ok ? new KpiMeasurement { KpiId = id, Downtime = ValueArray.From(downtime) } : null;
    }

    /// <summary>Requests and failed requests per interval: intervals for an availability KPI, event counts otherwise.</summary>
    private KpiMeasurement? Requests(LocalId id, KpiDefinition? kpi, MonitoringSeries requests, MonitoringSeries failed, Instant start, Instant end, Duration length)
    {
        // Both series are read to the end, so that every bad sample of either is reported.
        var (total, totalOk) = Slots(requests, start, end, length, whole: true);
        var (bad, badOk) = Slots(failed, start, end, length, whole: true);
        if (total is null || bad is null)
        {
            return null;
        }

        var ok = totalOk && badOk;

        var intervals = new List<IntervalMeasurement>();
        long sumRequests = 0, sumFailed = 0;
        for (var k = 0; k < total.Length; k++)
        {
            if (total[k] is not { } r || bad[k] is not { } f)
            {
                continue; // a gap in either series; reported as a gap of that series
            }

            if (f.Value > r.Value)
            {
                At(OpenSloDiagnostics.InvalidSample, f.Sample, ("detail", $"{failed.Name} has {f.Value} failed requests at {MonitoringSeries.Text(f.Sample.Time)}, more than the {r.Value} requests of {requests.Name}."));
                ok = false;
                continue;
            }

            var requestCount = (long)r.Value;
            var failedCount = (long)f.Value;
            sumRequests = checked(sumRequests + requestCount);
            sumFailed = checked(sumFailed + failedCount);
            intervals.Add(new IntervalMeasurement { Start = start + (length * k), Requests = requestCount, FailedRequests = failedCount });
        }

        if (!ok)
        {
            return null;
        }

        if (kpi is null || kpi.AvailabilityDefinition is not null)
        {
            return new KpiMeasurement { KpiId = id, Intervals = ValueArray.From(intervals) };
        }

        // No availability definition: the events of the period, good ones for a share of successes, failed ones for an error rate.
        var good = kpi.Metric == KpiMetric.ErrorRate ? sumFailed : sumRequests - sumFailed;
        return new KpiMeasurement { KpiId = id, GoodEvents = good, TotalEvents = sumRequests };
    }

    /// <summary>
    /// Places each sample in its interval of the period: a finding for each sample that is not a finite number, not on an
    /// interval boundary, or a second one for its interval; one for the samples outside the period and one per gap.
    /// </summary>
    private ((decimal Value, Sample Sample)?[]? Slots, bool Ok) Slots(MonitoringSeries series, Instant start, Instant end, Duration length, bool whole)
    {
        var count = (end - start).BclCompatibleTicks / length.BclCompatibleTicks + ((end - start).BclCompatibleTicks % length.BclCompatibleTicks == 0 ? 0 : 1);
        if (count > 3_000_000)
        {
            Series(OpenSloDiagnostics.InvalidSample, series, ("detail", $"The period has {count} intervals of {length}; at most 3,000,000 are read."));
            return (null, false);
        }

        var slots = new (decimal, Sample)?[count];
        var outside = new List<Sample>();
        var rounded = new List<Sample>();
        var ok = true;
        foreach (var sample in series.Samples)
        {
            if (Number(series, sample) is not { } value)
            {
                ok = false;
                continue;
            }

            var slotStart = options.SampleTimeIsIntervalEnd ? sample.Time - length : sample.Time;
            var offset = (slotStart - start).BclCompatibleTicks;
            if (slotStart < start || slotStart >= end)
            {
                outside.Add(sample);
                continue;
            }

            if (offset % length.BclCompatibleTicks != 0)
            {
                At(OpenSloDiagnostics.Unaligned, sample, ("series", series.Name), ("time", MonitoringSeries.Text(sample.Time)), ("interval", length.ToString()));
                ok = false;
                continue;
            }

            var k = offset / length.BclCompatibleTicks;
            if (slots[k] is not null)
            {
                At(OpenSloDiagnostics.DuplicateTimestamp, sample, ("series", series.Name), ("time", MonitoringSeries.Text(sample.Time)));
                ok = false;
                continue;
            }

            if (whole)
            {
                if (value < 0m)
                {
                    At(OpenSloDiagnostics.InvalidSample, sample, ("detail", $"The sample of {series.Name} at {MonitoringSeries.Text(sample.Time)} is {sample.Value}; a count cannot be negative."));
                    ok = false;
                    continue;
                }

                if (value != decimal.Truncate(value))
                {
                    rounded.Add(sample);
                    value = decimal.Round(value, MidpointRounding.AwayFromZero);
                }

                if (value > long.MaxValue)
                {
                    At(OpenSloDiagnostics.InvalidSample, sample, ("detail", $"The sample of {series.Name} at {MonitoringSeries.Text(sample.Time)} is too large for a count."));
                    ok = false;
                    continue;
                }
            }

            slots[k] = (value, sample);
        }

        Outside(series, outside);
        if (rounded.Count > 0)
        {
            At(OpenSloDiagnostics.Rounded, rounded[0], ("count", rounded.Count.ToString(CultureInfo.InvariantCulture)), ("series", series.Name), ("value", rounded[0].Value), ("time", MonitoringSeries.Text(rounded[0].Time)));
        }

        Gaps(series, slots, start, length);
        return (slots, ok);
    }

    private void Gaps(MonitoringSeries series, (decimal Value, Sample Sample)?[] slots, Instant start, Duration length)
    {
        for (var k = 0; k < slots.Length;)
        {
            if (slots[k] is not null)
            {
                k++;
                continue;
            }

            var first = k;
            while (k < slots.Length && slots[k] is null)
            {
                k++;
            }

            var from = start + (length * first);
            var to = start + (length * k);
            var args = new[] { ("series", series.Name), ("from", MonitoringSeries.Text(from)), ("to", MonitoringSeries.Text(to)), ("count", (k - first).ToString(CultureInfo.InvariantCulture)) };
            // At the sample after the gap, else the one before it, else the series.
            if ((k < slots.Length ? slots[k] : first > 0 ? slots[first - 1] : null) is { } near)
            {
                At(OpenSloDiagnostics.Gap, near.Sample, args);
            }
            else
            {
                Series(OpenSloDiagnostics.Gap, series, args);
            }
        }
    }

    private void Outside(MonitoringSeries series, List<Sample> outside)
    {
        if (outside.Count > 0)
        {
            At(OpenSloDiagnostics.OutsidePeriod, outside[0], ("count", outside.Count.ToString(CultureInfo.InvariantCulture)), ("series", series.Name),
                ("time", MonitoringSeries.Text(outside[0].Time)), ("period", options.Period.ToString()));
        }
    }

    /// <summary>A sample's value as a decimal; a finding and null for NaN, infinities and text that is not a number.</summary>
    private decimal? Number(MonitoringSeries series, Sample sample, bool report = true)
    {
        if (decimal.TryParse(sample.Value, System.Globalization.NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        if (report)
        {
            var nonFinite = sample.Value is "NaN" or "+Inf" or "-Inf" or "Inf" or "inf" or "-inf" or "+inf" or "nan";
            if (nonFinite)
            {
                At(OpenSloDiagnostics.NotFinite, sample, ("series", series.Name), ("time", MonitoringSeries.Text(sample.Time)), ("value", sample.Value));
            }
            else
            {
                At(OpenSloDiagnostics.InvalidSample, sample, ("detail", $"The sample of {series.Name} at {MonitoringSeries.Text(sample.Time)} is '{(sample.Value.Length > 40 ? sample.Value[..40] + "..." : sample.Value)}', not a number."));
            }
        }

        return null;
    }

    private void At(DiagnosticDescriptor descriptor, Sample sample, params (string Name, string Value)[] arguments)
    {
        if (sample.Offset >= 0)
        {
            findings.AtByte(descriptor, sample.Pointer, sample.Offset, arguments);
        }
        else
        {
            findings.AtLine(descriptor, sample.Pointer, sample.Line, sample.Column, arguments);
        }
    }

    private void Series(DiagnosticDescriptor descriptor, MonitoringSeries series, params (string Name, string Value)[] arguments)
    {
        if (series.Line > 0)
        {
            findings.AtLine(descriptor, series.Pointer, series.Line, series.Column, arguments);
        }
        else
        {
            findings.AtByte(descriptor, series.Pointer, series.Offset, arguments);
        }
    }
}

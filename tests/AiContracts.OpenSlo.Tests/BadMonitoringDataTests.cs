using AiContracts.Domain.Computations;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.ServiceLevels;
using CsCheck;
using NodaTime;

namespace AiContracts.OpenSlo.Tests;

/// <summary>Broken monitoring data: each problem is a finding at its position; errors leave no measurements, never a wrong number.</summary>
public sealed class BadMonitoringDataTests
{
    private static readonly LocalId Kpi = LocalId.From("kpi-x");

    /// <summary>Times in May 2026 UTC: 1777593600 is 2026-05-01T00:00:00Z.</summary>
    private const long May1 = 1_777_593_600;

    [Theory]
    [InlineData("NaN")]
    [InlineData("+Inf")]
    [InlineData("-Inf")]
    public void A_sample_that_is_not_a_finite_number_is_an_error_at_the_sample(string value)
    {
        var json = Matrix(("requests", [(May1 + 300, "10"), (May1 + 600, value)]), ("failed", [(May1 + 300, "0"), (May1 + 600, "0")]));

        var import = MonitoringMeasurements.FromPrometheus(json, null, Options());

        Assert.Null(import.Measurements);
        var finding = Assert.Single(import.Report.Diagnostics, d => d.Code == "AIC8102");
        Assert.Equal(("/data/result/0/values/1", 4, 1), (finding.Pointer, finding.Line, finding.Column));
        Assert.Equal(DocumentKind.MonitoringData, finding.Document);
        Assert.Contains(value, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_timestamp_is_an_error_at_the_second_sample()
    {
        var json = Matrix(("requests", [(May1 + 300, "10"), (May1 + 300, "12")]), ("failed", [(May1 + 300, "0")]));

        var import = MonitoringMeasurements.FromPrometheus(json, null, Options());

        Assert.Null(import.Measurements);
        var finding = Assert.Single(import.Report.Diagnostics, d => d.Code == "AIC8104");
        Assert.Equal("/data/result/0/values/1", finding.Pointer);
        Assert.Equal(4, finding.Line);
    }

    [Fact]
    public void A_gap_is_a_warning_naming_its_stretch_and_the_intervals_around_it_are_still_measured()
    {
        var day = Enumerable.Range(1, 288).Where(k => k is < 100 or > 110).Select(k => (May1 + (300L * k), "10")).ToArray();
        var json = Matrix(("requests", day), ("failed", day.Select(s => (s.Item1, "0")).ToArray()));

        var import = MonitoringMeasurements.FromPrometheus(json, null, Options() with { Period = new ComputationPeriod { FirstDay = new LocalDate(2026, 5, 1), LastDay = new LocalDate(2026, 5, 1) } });

        Assert.True(import.IsValid, import.Report.ToString());
        Assert.Equal(288 - 11, import.Measurements!.Kpis[0].Intervals.Count);
        var gaps = import.Report.Diagnostics.Where(d => d.Code == "AIC8103").ToList();
        Assert.Equal(2, gaps.Count); // one per series
        Assert.Contains("from 2026-05-01T08:15:00Z to 2026-05-01T09:10:00Z (11 intervals)", gaps[0].Message, StringComparison.Ordinal);
        Assert.Equal("/data/result/0/values/99", gaps[0].Pointer); // the sample after the gap
    }

    [Fact]
    public void Samples_off_the_interval_grid_are_errors_and_samples_outside_the_period_one_warning_besides_the_gap()
    {
        var json = Matrix(("requests", [(May1 + 301, "10"), (May1 - 3600, "10")]), ("failed", [(May1 + 300, "0")]));

        var import = MonitoringMeasurements.FromPrometheus(json, null, Options());

        Assert.Equal(["AIC8106", "AIC8105", "AIC8103"], import.Report.Diagnostics.Where(d => d.Pointer.StartsWith("/data/result/0", StringComparison.Ordinal)).Select(d => d.Code));
        Assert.Null(import.Measurements);
    }

    [Fact]
    public void A_failed_query_and_malformed_json_are_findings_with_positions()
    {
        var failed = MonitoringMeasurements.FromPrometheus("{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"parse error at char 5\"}", null, Options());
        var malformed = MonitoringMeasurements.FromPrometheus("{\"status\":\"success\",\n \"data\": {\"resultType\": \"matrix\", \"result\": [}", null, Options());

        Assert.Contains("parse error at char 5", Assert.Single(failed.Report.Diagnostics).Message, StringComparison.Ordinal);
        var finding = Assert.Single(malformed.Report.Diagnostics);
        Assert.Equal(("AIC8101", 2), (finding.Code, finding.Line));
    }

    [Fact]
    public void A_selector_that_matches_no_series_or_two_is_an_error()
    {
        var json = Matrix(("requests", [(May1 + 300, "10")]), ("failed", [(May1 + 300, "0")]));
        var options = Options() with { Series = [new SeriesMapping { KpiId = Kpi, Role = SeriesRole.KpiValue, Selector = "{job=\"api\"}" }] };

        var import = MonitoringMeasurements.FromPrometheus(json, null, options);

        Assert.Contains(import.Report.Diagnostics, d => d.Code == "AIC8107" && d.Message.Contains("matches 2 of the 2 series", StringComparison.Ordinal));
        Assert.Null(import.Measurements);
    }

    [Fact]
    public void More_failed_requests_than_requests_and_negative_counts_are_errors_at_the_sample()
    {
        var json = Matrix(("requests", [(May1 + 300, "10"), (May1 + 600, "-1")]), ("failed", [(May1 + 300, "11"), (May1 + 600, "0")]));

        var import = MonitoringMeasurements.FromPrometheus(json, null, Options());

        Assert.Equal(["/data/result/0/values/1", "/data/result/1/values/0"], import.Report.Diagnostics.Where(d => d.Code == "AIC8108").Select(d => d.Pointer).Order(StringComparer.Ordinal));
        Assert.Null(import.Measurements);
    }

    [Fact]
    public void Counts_from_increase_that_are_not_whole_are_rounded_with_one_note_per_series()
    {
        var json = Matrix(("requests", [(May1 + 300, "10.4"), (May1 + 600, "9.5")]), ("failed", [(May1 + 300, "0"), (May1 + 600, "0.2")]));

        var import = MonitoringMeasurements.FromPrometheus(json, null, Options() with { Period = new ComputationPeriod { FirstDay = new LocalDate(2026, 5, 1), LastDay = new LocalDate(2026, 5, 1) } });

        Assert.Equal([10L, 10L], import.Measurements!.Kpis[0].Intervals.Select(i => i.Requests));
        Assert.Equal(2, import.Report.Diagnostics.Count(d => d.Code == "AIC8109"));
    }

    [Fact]
    public void An_instant_vector_of_a_value_gives_the_attained_value()
    {
        var json = "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[{\"metric\":{\"__name__\":\"latency_p95\"},\"value\":[" + (May1 + 3600) + ",\"812.5\"]}]}}";
        var options = Options() with { Series = [new SeriesMapping { KpiId = Kpi, Role = SeriesRole.KpiValue, Selector = "latency_p95" }] };

        var import = MonitoringMeasurements.FromPrometheus(json, null, options);

        Assert.True(import.IsValid, import.Report.ToString());
        Assert.Equal(812.5m, import.Measurements!.Kpis[0].Attained);
    }

    [Fact]
    public void CSV_values_are_aggregated_as_the_KPI_says_and_a_bad_line_is_an_error_at_its_line()
    {
        var contract = OpenSloExportTests.Contract(new KpiDefinition
        {
            Id = Kpi, Name = "p95", Category = KpiCategory.Technical, Metric = KpiMetric.Latency, Aggregation = Aggregation.P95, Unit = KpiUnit.Milliseconds,
        });
        var csv = "timestamp,value\n" + string.Join("\n", Enumerable.Range(1, 100).Select(i => $"2026-05-01T{i / 60:00}:{i % 60:00}:00Z,{i}")) + "\n";
        var options = Options() with { Series = [new SeriesMapping { KpiId = Kpi, Role = SeriesRole.KpiValue }] };

        var good = MonitoringMeasurements.FromCsv(csv, contract, options);
        var bad = MonitoringMeasurements.FromCsv(csv + "2026-05-02T00:00:00Z,+Inf\n", contract, options);

        Assert.Equal(95m, good.Measurements!.Kpis[0].Attained); // nearest rank: the 95th of 1..100
        var finding = Assert.Single(bad.Report.Diagnostics, d => d.Code == "AIC8102");
        Assert.Equal((102, 22), (finding.Line, finding.Column));
    }

    [Fact]
    public void Input_over_the_size_limit_is_refused()
    {
        var import = MonitoringMeasurements.FromPrometheus(new string(' ', 10 * 1024 * 1024 + 1), null, Options());

        Assert.Equal("AIC0003", Assert.Single(import.Report.Diagnostics).Code);
    }

    [Fact]
    public void Any_text_gives_findings_and_never_an_exception()
    {
        var fragments = Gen.OneOf(Gen.Const("{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":["), Gen.Const("{\"metric\":{},\"values\":["),
            Gen.Const("[1777593900,\"1\"]"), Gen.Const(","), Gen.Const("]}"), Gen.Const("]"), Gen.Const("}"), Gen.Const("\"NaN\""), Gen.Const("1e400"), Gen.String);
        fragments.Array[0, 20].Select(string.Concat).Sample(text =>
        {
            _ = MonitoringMeasurements.FromPrometheus(text, null, Options());
            _ = MonitoringMeasurements.FromCsv(text, null, Options() with { Series = [Options().Series[0]] });
        }, iter: 3000);
    }

    private static MonitoringOptions Options() => new()
    {
        Period = ComputationPeriod.Month(2026, 5),
        Series =
        [
            new SeriesMapping { KpiId = Kpi, Role = SeriesRole.Requests, Selector = "{outcome=\"requests\"}" },
            new SeriesMapping { KpiId = Kpi, Role = SeriesRole.FailedRequests, Selector = "{outcome=\"failed\"}" },
        ],
    };

    /// <summary>A matrix with one series per entry, each sample on its own line (series 0's first sample on line 3).</summary>
    private static string Matrix(params (string Outcome, (long Time, string Value)[] Samples)[] series) =>
        "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[\n"
        + string.Join(",\n", series.Select(s => "{\"metric\":{\"job\":\"api\",\"outcome\":\"" + s.Outcome + "\"},\"values\":[\n"
            + string.Join(",\n", s.Samples.Select(p => $"[{p.Time},\"{p.Value}\"]")) + "]}"))
        + "]}}";
}

using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.ServiceLevels;
using NodaTime;

namespace AiContracts.OpenSlo.Tests;

public sealed class OpenSloImportTests
{
    [Fact]
    public void A_ratio_SLO_with_its_SLI_by_reference_becomes_an_availability_KPI_and_an_objective()
    {
        var import = OpenSloConverter.Import(TestFiles.Read("availability-occurrences.yaml"));

        Assert.True(import.IsValid, import.Report.ToString());
        var kpi = Assert.Single(import.Kpis);
        Assert.Equal("assistant-availability", kpi.Id.Value);
        Assert.Equal("Assistant availability", kpi.Name);
        Assert.Equal(KpiMetric.Availability, kpi.Metric);
        Assert.Equal(KpiUnit.Percent, kpi.Unit);
        Assert.Equal(Direction.HigherIsBetter, kpi.Direction);
        Assert.Equal(99.9m, kpi.Target);
        Assert.Equal(Aggregation.Ratio, kpi.Aggregation);
        Assert.Equal(new MeasurementWindow { Kind = WindowKind.Rolling, RollingPeriod = Period.FromDays(28) }, kpi.Window);
        Assert.Equal("good: sum(rate(llm_requests_total{code!~\"5..\"}[5m]))\ntotal: sum(rate(llm_requests_total[5m]))", kpi.Method);
        Assert.Equal("Prometheus", kpi.DataSource);
        Assert.Equal("Share of completions that succeed over four weeks", kpi.Description);
        var objective = Assert.Single(import.Objectives);
        Assert.Equal(kpi.Id, objective.KpiId);
        Assert.Equal("Four nines minus one", objective.Name);
    }

    [Fact]
    public void What_does_not_map_is_reported_at_its_yaml_line_and_column()
    {
        var import = OpenSloConverter.Import(TestFiles.Read("availability-occurrences.yaml"));

        var alertPolicies = Assert.Single(import.Report.Diagnostics, d => d.Pointer == "/3/spec/alertPolicies");
        Assert.Equal("AIC8005", alertPolicies.Code);
        Assert.Equal(DocumentKind.OpenSlo, alertPolicies.Document);
        Assert.Equal((58, 5), (alertPolicies.Line, alertPolicies.Column));
        var alertDocument = Assert.Single(import.Report.Diagnostics, d => d.Pointer == "/4/kind");
        Assert.Equal((61, 7), (alertDocument.Line, alertDocument.Column));
        Assert.Contains(import.Report.Diagnostics, d => d.Code == "AIC8007" && d.Pointer == "/2/spec/ratioMetric/good/metricSource/metricSourceRef");
    }

    [Fact]
    public void A_threshold_SLO_inline_becomes_a_percentile_KPI_in_the_calendar_month_of_its_time_zone()
    {
        var import = OpenSloConverter.Import(TestFiles.Read("latency-threshold.yaml"));

        Assert.True(import.IsValid, import.Report.ToString());
        var kpi = Assert.Single(import.Kpis);
        Assert.Equal(1200m, kpi.Target);
        Assert.Equal(Direction.LowerIsBetter, kpi.Direction);
        Assert.Equal(Aggregation.P95, kpi.Aggregation);
        Assert.Equal(KpiMetric.Custom, kpi.Metric);
        Assert.Equal(WindowKind.CalendarMonth, kpi.Window!.Kind);
        Assert.Equal("Europe/Berlin", import.TimeZone!.Id);
        Assert.Null(Assert.Single(import.Objectives).Name);
    }

    [Fact]
    public void Timeslices_become_uptime_intervals_and_ratio_timeslices_error_rate_intervals()
    {
        var import = OpenSloConverter.Import(TestFiles.Read("timeslices.yaml"));

        Assert.True(import.IsValid, import.Report.ToString());
        var web = import.Kpis.Single(k => k.Id.Value == "web-availability");
        Assert.Equal(99.5m, web.Target);
        Assert.Equal(AvailabilityMethod.UptimeMinutes, web.AvailabilityDefinition!.Method);
        Assert.Equal(Duration.FromMinutes(5), web.AvailabilityDefinition.IntervalLength);
        Assert.Equal(1m, web.AvailabilityDefinition.DowntimeErrorRate!.Value.Value);
        Assert.StartsWith("bad: ", web.Method, StringComparison.Ordinal);
        var slices = import.Kpis.Single(k => k.Id.Value == "web-ratio-slices");
        Assert.Equal(AvailabilityMethod.ErrorRateIntervals, slices.AvailabilityDefinition!.Method);
        Assert.Equal(Duration.FromMinutes(10), slices.AvailabilityDefinition.IntervalLength); // a bare number is minutes
        Assert.Equal(new MeasurementWindow { Kind = WindowKind.Rolling, RollingPeriod = Period.FromWeeks(1) }, slices.Window);
        Assert.Equal("avg_over_time(web:success_ratio[5m])", slices.Method);
    }

    [Fact]
    public void A_calendar_window_of_1m_is_a_minute_and_the_finding_says_a_month_is_1M()
    {
        var import = OpenSloConverter.Import(TestFiles.Read("timeslices.yaml"));

        var finding = Assert.Single(import.Report.Diagnostics, d => d.Pointer == "/0/spec/timeWindow/0/duration");
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Contains("'1M'", finding.Message, StringComparison.Ordinal);
        Assert.Equal((27, 17), (finding.Line, finding.Column));
        Assert.Null(import.Kpis.Single(k => k.Id.Value == "web-availability").Window);
    }

    [Theory]
    [InlineData("28d", 28, 'd')]
    [InlineData("4w", 4, 'w')]
    [InlineData("1M", 1, 'M')]
    [InlineData("1Q", 3, 'M')]
    [InlineData("90m", 90, 'm')]
    [InlineData("12h", 12, 'h')]
    [InlineData("1Y", 1, 'Y')]
    public void Rolling_duration_shorthands_keep_their_case_sensitive_unit(string shorthand, int count, char unit)
    {
        var import = OpenSloConverter.Import(Slo(window: $"  timeWindow:\n    - duration: {shorthand}\n      isRolling: true\n"));

        Assert.True(import.IsValid, import.Report.ToString());
        var expected = unit switch
        {
            'd' => Period.FromDays(count),
            'w' => Period.FromWeeks(count),
            'M' => Period.FromMonths(count),
            'm' => Period.FromMinutes(count),
            'h' => Period.FromHours(count),
            _ => Period.FromYears(count),
        };
        Assert.Equal(expected, import.Kpis[0].Window!.RollingPeriod);
    }

    [Fact]
    public void A_target_as_a_fraction_and_as_a_percentage_import_alike()
    {
        var fraction = OpenSloConverter.Import(Slo(objective: "    - target: 0.9995\n"));
        var percent = OpenSloConverter.Import(Slo(objective: "    - targetPercent: 99.95\n"));

        Assert.Equal(99.95m, fraction.Kpis[0].Target);
        Assert.Equal(fraction.Kpis, percent.Kpis);
    }

    [Fact]
    public void A_target_of_99_9_as_if_it_were_a_percentage_is_out_of_range_at_its_position()
    {
        var import = OpenSloConverter.Import(Slo(objective: "    - target: 99.9\n"));

        var finding = Assert.Single(import.Report.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("AIC0015", finding.Code);
        Assert.Equal("/0/spec/objectives/0/target", finding.Pointer);
        Assert.Equal((19, 15), (finding.Line, finding.Column));
        Assert.Empty(import.Kpis);
    }

    [Fact]
    public void An_SLO_with_several_objectives_becomes_one_KPI_per_objective()
    {
        var import = OpenSloConverter.Import(Slo(objective: "    - displayName: Internal\n      target: 0.995\n    - displayName: SLA\n      target: 0.99\n"));

        Assert.True(import.IsValid, import.Report.ToString());
        Assert.Equal(["slo-1", "slo-2"], import.Kpis.Select(k => k.Id.Value));
        Assert.Equal([99.5m, 99m], import.Kpis.Select(k => k.Target!.Value));
        Assert.Equal(["Internal", "SLA"], import.Objectives.Select(o => o.Name!));
    }

    [Fact]
    public void An_indicator_reference_to_no_SLI_of_the_file_is_an_error_naming_the_reference()
    {
        var yaml = "apiVersion: openslo/v1\nkind: SLO\nmetadata:\n  name: slo\nspec:\n  indicatorRef: missing\n  budgetingMethod: Occurrences\n  objectives:\n    - target: 0.9\n";

        var finding = Assert.Single(OpenSloConverter.Import(yaml).Report.Diagnostics);

        Assert.Equal(("AIC0202", "/0/spec/indicatorRef", 6, 17), (finding.Code, finding.Pointer, finding.Line, finding.Column));
    }

    [Fact]
    public void Imported_KPIs_replace_those_of_the_same_id_and_the_rest_are_appended()
    {
        var contract = new Domain.AiContract
        {
            Id = Domain.Primitives.ContractId.From("c-1"),
            Title = "C",
            Status = Domain.ContractStatus.Draft,
            ServiceLevels = new ServiceLevelTerms
            {
                Kpis = [new KpiDefinition { Id = Domain.Primitives.LocalId.From("slo"), Name = "Old", Category = KpiCategory.Technical, Metric = KpiMetric.Latency },
                        new KpiDefinition { Id = Domain.Primitives.LocalId.From("other"), Name = "Other", Category = KpiCategory.Technical, Metric = KpiMetric.Latency }],
            },
        };

        var merged = OpenSloConverter.Import(Slo()).ApplyTo(contract);

        Assert.Equal(["slo", "other"], merged.ServiceLevels!.Kpis.Select(k => k.Id.Value));
        Assert.Equal(KpiMetric.Availability, merged.ServiceLevels.Kpis[0].Metric);
        Assert.Single(merged.ServiceLevels.Objectives);
    }

    /// <summary>A minimal ratio SLO (without a window, line 19 holds the first objective).</summary>
    internal static string Slo(string? window = null, string? objective = null) =>
        "apiVersion: openslo/v1\nkind: SLO\nmetadata:\n  name: slo\nspec:\n  indicator:\n    metadata:\n      name: sli\n    spec:\n      ratioMetric:\n        raw:\n          metricSource:\n            type: Prometheus\n            spec:\n              query: up\n        rawType: success\n"
        + (window ?? string.Empty) + "  budgetingMethod: Occurrences\n  objectives:\n" + (objective ?? "    - target: 0.99\n");
}

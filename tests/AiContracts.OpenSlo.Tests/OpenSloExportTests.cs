using System.Text.Json;
using AiContracts.Domain;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.ServiceLevels;
using AiContracts.Json;
using AiContracts.TestUtilities;
using Json.Schema;
using NodaTime;

namespace AiContracts.OpenSlo.Tests;

public sealed class OpenSloExportTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(TestFiles.Read("openslo-v1-documented-shapes.schema.json"));

    public static TheoryData<string> Samples() => [.. SampleFiles.Contracts.Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_document_exported_from_a_sample_has_the_shape_the_specification_documents(string sample)
    {
        var export = OpenSloConverter.Export(Sample(sample));

        AssertDocumentedShape(export.Yaml);
        Assert.DoesNotContain(export.Report.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Importing_a_samples_export_gives_back_every_KPI_it_exported(string sample)
    {
        var contract = Sample(sample);
        var export = OpenSloConverter.Export(contract);

        var import = OpenSloConverter.Import(export.Yaml);

        Assert.True(import.IsValid, import.Report.ToString());
        Assert.Equal(export.SloCount, import.Kpis.Count);
        var skipped = export.Report.Diagnostics.Where(d => d.Code == "AIC8006" && d.Message.StartsWith("KPI '", StringComparison.Ordinal)).Count();
        Assert.Equal(contract.ServiceLevels?.Kpis.Count ?? 0, export.SloCount + skipped);
        foreach (var kpi in import.Kpis)
        {
            var original = contract.ServiceLevels!.Kpis.Single(k => k.Id == kpi.Id);
            Assert.Equal(original with { AvailabilityDefinition = Defaulted(WithoutFormat11Terms(original.AvailabilityDefinition)) }, kpi);
            if (original.AvailabilityDefinition != WithoutFormat11Terms(original.AvailabilityDefinition))
            {
                // The format 1.1 interval terms are not carried, and the export says so for each.
                Assert.Contains(export.Report.Diagnostics, d => d.Code == "AIC8006" && d.Pointer.Contains("/availabilityDefinition/", StringComparison.Ordinal));
            }
        }

        var objectives = contract.ServiceLevels?.Objectives.Where(o => import.Kpis.Any(k => k.Id == o.KpiId)).Select(o => (o.Id.Value, o.KpiId.Value)) ?? [];
        Assert.Equal(objectives.Order(), import.Objectives.Select(o => (o.Id.Value, o.KpiId.Value)).Order());
    }

    [Fact]
    public void A_KPI_without_a_target_or_with_a_mean_of_milliseconds_is_left_out_with_a_finding_at_it()
    {
        var contract = Contract(
            Kpi("no-target") with { Target = null },
            Kpi("mean-latency") with { Metric = KpiMetric.Latency, Unit = KpiUnit.Milliseconds, Aggregation = Aggregation.Mean, Target = 800m, Direction = Direction.LowerIsBetter },
            Kpi("ok"));

        var export = OpenSloConverter.Export(contract);

        Assert.Equal(1, export.SloCount);
        Assert.Equal(["/serviceLevels/kpis/0", "/serviceLevels/kpis/1"], export.Report.Diagnostics.Select(d => d.Pointer));
        Assert.All(export.Report.Diagnostics, d => Assert.Equal("AIC8006", d.Code));
    }

    [Fact]
    public void A_description_longer_than_OpenSLO_allows_is_cut_with_a_finding_and_a_contract_without_a_time_zone_gets_UTC_with_a_note()
    {
        var kpi = Kpi("long") with { Description = new string('d', 1100), Window = new MeasurementWindow { Kind = WindowKind.CalendarQuarter } };

        var export = OpenSloConverter.Export(Contract(kpi));

        AssertDocumentedShape(export.Yaml);
        Assert.Equal(
            [("AIC8006", "/serviceLevels/kpis/0/description", DiagnosticSeverity.Warning), ("AIC8007", "", DiagnosticSeverity.Info)],
            export.Report.Diagnostics.Select(d => (d.Code, d.Pointer, d.Severity)));
        Assert.StartsWith("The description of KPI 'long' beyond 1050 characters is not exported", export.Report.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Equal(1050, OpenSloConverter.Import(export.Yaml).Kpis[0].Description!.Length);
        Assert.Contains("timeZone: UTC", export.Yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_that_are_not_RFC_1123_names_get_a_name_that_is_and_keep_the_id_in_an_annotation()
    {
        var export = OpenSloConverter.Export(Contract(Kpi("KPI_Avail.Main"), Kpi("kpi-avail-main")));

        AssertDocumentedShape(export.Yaml);
        Assert.Contains("name: kpi-avail-main-2", export.Yaml, StringComparison.Ordinal);
        Assert.Equal(["KPI_Avail.Main", "kpi-avail-main"], OpenSloConverter.Import(export.Yaml).Kpis.Select(k => k.Id.Value));
    }

    [Fact]
    public void The_export_of_an_availability_KPI_reads_as_an_operator_would_write_it()
    {
        var kpi = Kpi("availability") with
        {
            Name = "Monthly availability",
            Window = new MeasurementWindow { Kind = WindowKind.CalendarMonth },
            Method = "good: sum(increase(ok_total[5m]))\ntotal: sum(increase(all_total[5m]))",
            DataSource = "Prometheus",
        };

        var yaml = OpenSloConverter.Export(Contract(kpi) with { TimeZone = DateTimeZoneProviders.Tzdb["Europe/Berlin"] }).Yaml;

        Assert.Contains(
            "spec:\n  service: c-1\n  indicator:\n    metadata:\n      name: availability-sli\n    spec:\n      ratioMetric:\n        counter: true\n        good:\n          metricSource:\n            type: Prometheus\n            spec:\n              query: sum(increase(ok_total[5m]))\n",
            yaml, StringComparison.Ordinal);
        Assert.Contains("  timeWindow:\n  - duration: 1M\n    isRolling: false\n    calendar:\n      startTime: 2000-01-01 00:00:00\n      timeZone: Europe/Berlin\n  budgetingMethod: Occurrences\n  objectives:\n  - target: 0.999\n", yaml, StringComparison.Ordinal);
    }

    internal static void AssertDocumentedShape(string yaml)
    {
        foreach (var document in YamlJson.Documents(yaml))
        {
            var element = JsonSerializer.SerializeToElement(document);
            var result = Schema.Evaluate(element, new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}"))) + "\n" + element);
        }
    }

    /// <summary>An availability definition without an interval length is written with the default of one minute.</summary>
    internal static AvailabilityDefinition? Defaulted(AvailabilityDefinition? definition) =>
        definition is null ? null : definition with { IntervalLength = definition.IntervalLength ?? NodaTime.Duration.FromMinutes(1) };

    private static AiContract Sample(string name) =>
        AiContractSerializer.Default.Deserialize(File.ReadAllText(Path.Combine(SampleFiles.ContractsFolder, name)));

    internal static AiContract Contract(params KpiDefinition[] kpis) => new()
    {
        Id = ContractId.From("c-1"),
        Title = "C",
        Status = ContractStatus.Draft,
        ServiceLevels = new ServiceLevelTerms { Kpis = [.. kpis] },
    };

    internal static KpiDefinition Kpi(string id) => new()
    {
        Id = LocalId.From(id),
        Name = id,
        Category = KpiCategory.Technical,
        Metric = KpiMetric.Availability,
        Unit = KpiUnit.Percent,
        Direction = Direction.HigherIsBetter,
        Target = 99.9m,
    };

    private static Domain.ServiceLevels.AvailabilityDefinition? WithoutFormat11Terms(Domain.ServiceLevels.AvailabilityDefinition? definition) =>
        definition is null ? null : definition with { MinimumDowntimeRun = null, PartialMinutes = null, MinimumRequests = null, RepeatedErrorWindow = null };
}

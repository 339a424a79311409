using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.ServiceLevels;
using AiContracts.TestUtilities;
using CsCheck;
using NodaTime;

namespace AiContracts.OpenSlo.Tests;

/// <summary>import(export(contract)) keeps every KPI member OpenSLO can carry, natively or in an annotation.</summary>
public sealed class RoundTripTests
{
    private static readonly Gen<string> Text = ContractGenerators.Text.Where(t => t.Length <= 1050);

    private static readonly Gen<MeasurementWindow?> Window = Gen.OneOf<MeasurementWindow?>(
        Gen.Const((MeasurementWindow?)null),
        Gen.Select(Gen.Int[0, 5], Gen.Int[1, 400], (unit, n) => (MeasurementWindow?)new MeasurementWindow
        {
            Kind = WindowKind.Rolling,
            RollingPeriod = unit switch
            {
                0 => Period.FromMinutes(n),
                1 => Period.FromHours(n),
                2 => Period.FromDays(n),
                3 => Period.FromWeeks(n),
                4 => Period.FromMonths(n),
                _ => Period.FromYears(n),
            },
        }),
        Gen.OneOf(WindowKind.CalendarDay, WindowKind.CalendarWeek, WindowKind.CalendarMonth, WindowKind.CalendarQuarter).Select(k => (MeasurementWindow?)new MeasurementWindow { Kind = k }));

    private static readonly Gen<AvailabilityDefinition?> Availability = Gen.OneOf<AvailabilityDefinition?>(
        Gen.Const((AvailabilityDefinition?)null),
        Gen.Select(Gen.Int[1, 10_080], Gen.Int[0, 100_000], ContractGenerators.OrNull(ContractGenerators.SmartEnumOf<EmptyIntervalRule>()), (minutes, rate, empty) => (AvailabilityDefinition?)new AvailabilityDefinition
        {
            Method = AvailabilityMethod.UptimeMinutes,
            IntervalLength = Duration.FromMinutes(minutes),
            DowntimeErrorRate = Percentage.FromPercent(rate / 1000m),
            EmptyIntervals = empty,
        }),
        Gen.Select(Gen.Int[1, 10_080], ContractGenerators.OrNull(ContractGenerators.SmartEnumOf<EmptyIntervalRule>()), (minutes, empty) => (AvailabilityDefinition?)new AvailabilityDefinition
        {
            Method = AvailabilityMethod.ErrorRateIntervals,
            IntervalLength = Duration.FromMinutes(minutes),
            EmptyIntervals = empty,
        }));

    /// <summary>The members every exportable KPI has, whatever its kind.</summary>
    private static readonly Gen<KpiDefinition> Common = Gen.Select(
        ContractGenerators.LocalId, Text, ContractGenerators.SmartEnumOf<KpiCategory>(), ContractGenerators.SmartEnumOf<KpiMetric>(),
        ContractGenerators.OrNull(Text), Window, ContractGenerators.OrNull(Text), ContractGenerators.OrNull(Text),
        (id, name, category, metric, description, window, method, dataSource) => new KpiDefinition
        {
            Id = id, Name = name, Category = category, Metric = metric, Description = description, Window = window, Method = method, DataSource = dataSource,
        })
        .SelectMany(kpi => Gen.Select(ContractGenerators.OrNull(Text), ContractGenerators.ValueArrayOf(ContractGenerators.LocalId), ContractGenerators.OrNullValue(ContractGenerators.Decimal),
            (outcome, systems, breach) => kpi with { BusinessOutcome = outcome, AiSystemIds = systems, BreachThreshold = breach }));

    /// <summary>A share of good events (percent or ratio) with a target below 100 %.</summary>
    private static readonly Gen<KpiDefinition> Ratio = Common.SelectMany(kpi => Gen.Select(
        Gen.OneOf(KpiUnit.Percent, KpiUnit.Ratio), ContractGenerators.OrNull(ContractGenerators.SmartEnumOf<Direction>()), Gen.Int[0, 999_999], Gen.Bool, Availability,
        (unit, direction, millionths, ratioAggregation, availability) =>
        {
            var scale = unit == KpiUnit.Ratio ? 1m : 100m;
            var good = millionths / 1_000_000m * scale;
            return kpi with
            {
                Unit = unit,
                Direction = direction,
                Target = direction == Direction.LowerIsBetter ? scale - good : good,
                Aggregation = ratioAggregation ? Aggregation.Ratio : null,
                AvailabilityDefinition = availability,
            };
        }));

    /// <summary>A value compared with a threshold at a percentile.</summary>
    private static readonly Gen<KpiDefinition> Threshold = Common.SelectMany(kpi => Gen.Select(
        ContractGenerators.OrNull(ContractGenerators.SmartEnumOf<KpiUnit>()), ContractGenerators.OrNull(ContractGenerators.SmartEnumOf<Direction>()), ContractGenerators.Decimal,
        Gen.OneOf(Aggregation.Median, Aggregation.P90, Aggregation.P95, Aggregation.P99),
        (unit, direction, target, aggregation) => kpi with { Unit = unit, Direction = direction, Target = target, Aggregation = aggregation }));

    [Fact]
    public void Importing_the_export_of_exportable_KPIs_gives_the_same_KPIs()
    {
        Gen.Select(Gen.OneOf(Ratio, Threshold).Array[1, 4], ContractGenerators.OrNull(ContractGenerators.TimeZone))
            .Select((kpis, zone) => (Kpis: kpis.DistinctBy(k => k.Id.Value).ToArray(), Zone: zone))
            .Sample(sample =>
            {
                var contract = OpenSloExportTests.Contract(sample.Kpis) with { TimeZone = sample.Zone };

                var export = OpenSloConverter.Export(contract);
                var import = OpenSloConverter.Import(export.Yaml);

                Assert.DoesNotContain(export.Report.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
                Assert.True(import.IsValid, import.Report + "\n" + export.Yaml);
                Assert.Equal(sample.Kpis, import.Kpis.ToArray());
            }, iter: 500);
    }

    [Fact]
    public void Every_export_of_exportable_KPIs_has_the_shape_the_specification_documents()
    {
        Gen.OneOf(Ratio, Threshold).Array[1, 3]
            .Select(kpis => kpis.DistinctBy(k => k.Id.Value).ToArray())
            .Sample(kpis => OpenSloExportTests.AssertDocumentedShape(OpenSloConverter.Export(OpenSloExportTests.Contract(kpis)).Yaml), iter: 100);
    }
}

using AiContracts.Domain.Computations;
using AiContracts.Domain.Computations.ServiceCredits;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.ServiceLevels;
using NodaTime;
using static AiContracts.Domain.Tests.Computations.Fixtures;

namespace AiContracts.Domain.Tests.Computations;

/// <summary>Service levels shaped like the public cloud SLAs the sample contracts copy.</summary>
internal static class SlaFixtures
{
    internal static readonly ComputationPeriod April = ComputationPeriod.Month(2026, 4);

    internal static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

    /// <summary>Availability, higher is better, target 99.9; bands [99.0, 99.9) 10 %, [95.0, 99.0) 25 %, below 95.0 100 %.</summary>
    internal static KpiDefinition Availability(AvailabilityDefinition? definition = null) => new()
    {
        Id = Id("kpi-availability"), Name = "Availability", Category = KpiCategory.Technical, Metric = KpiMetric.Availability,
        Unit = KpiUnit.Percent, Direction = Direction.HigherIsBetter, Target = 99.9m, AvailabilityDefinition = definition,
        Window = new MeasurementWindow { Kind = WindowKind.CalendarMonth },
    };

    internal static ServiceLevelObjective AvailabilityObjective => new()
    {
        Id = Id("slo-availability"), KpiId = Id("kpi-availability"),
        CreditBands = [Band(99.0m, 99.9m, 10), Band(95.0m, 99.0m, 25), Band(null, 95.0m, 100)],
        CreditCap = Percentage.FromPercent(100), ClaimWindow = Period.FromDays(60),
    };

    /// <summary>p95 latency in ms, lower is better, target 1200, breach above 2000; bands (2000, 4000] 5 %, above 4000 15 %, cap 10 %.</summary>
    internal static KpiDefinition Latency => new()
    {
        Id = Id("kpi-latency"), Name = "p95 latency", Category = KpiCategory.Technical, Metric = KpiMetric.Latency,
        Unit = KpiUnit.Milliseconds, Direction = Direction.LowerIsBetter, Target = 1200, BreachThreshold = 2000,
    };

    internal static ServiceLevelObjective LatencyObjective => new()
    {
        Id = Id("slo-latency"), KpiId = Id("kpi-latency"), CreditBands = [Band(2000, 4000, 5), Band(4000, null, 15)], CreditCap = Percentage.FromPercent(10),
    };

    internal static ServiceCreditBand Band(decimal? from, decimal? to, decimal credit) => new() { From = from, To = to, Credit = Percentage.FromPercent(credit) };

    internal static AiContract Contract(KpiDefinition kpi, ServiceLevelObjective objective) =>
        Fixtures.Contract() with { ServiceLevels = new ServiceLevelTerms { Kpis = [kpi], Objectives = [objective] } };

    internal static SlaMeasurements Measure(ComputationPeriod period, params KpiMeasurement[] kpis) => new() { Period = period, Kpis = ValueArray.From(kpis) };

    internal static KpiMeasurement Attained(string kpi, decimal value) => new() { KpiId = Id(kpi), Attained = value };

    /// <summary>An instant from a local date and time in Europe/Berlin.</summary>
    internal static Instant Local(int year, int month, int day, int hour, int minute = 0) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(Berlin).ToInstant();

    internal static ObjectiveEvaluation EvaluateOne(AiContract contract, KpiMeasurement measurement, ComputationPeriod? period = null) =>
        Assert.Single(SlaEvaluator.Evaluate(contract, Measure(period ?? March, measurement)).Objectives);
}

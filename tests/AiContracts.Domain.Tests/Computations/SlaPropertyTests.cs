using AiContracts.Domain.Computations.ServiceCredits;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.ServiceLevels;
using CsCheck;
using NodaTime;
using static AiContracts.Domain.Tests.Computations.Fixtures;
using static AiContracts.Domain.Tests.Computations.SlaFixtures;

namespace AiContracts.Domain.Tests.Computations;

/// <summary>Properties of SLA evaluation: direction, monotone credits, exclusions only ever help, availability stays a percentage.</summary>
public sealed class SlaPropertyTests
{
    private const int Iterations = 2_000;

    /// <summary>Percentages with up to 4 decimals.</summary>
    private static readonly Gen<decimal> Percent = Gen.Int[0, 1_000_000].Select(i => i / 10_000m);

    private static readonly AiContract AvailabilityContract = SlaFixtures.Contract(Availability(), AvailabilityObjective);

    private static readonly AiContract LatencyContract = SlaFixtures.Contract(Latency, LatencyObjective);

    [Fact]
    public void Evaluate_HigherIsBetter_LowerAttainmentNeverEarnsLessCredit() =>
        Gen.Select(Percent, Percent).Sample((x, y) =>
        {
            var (low, high) = x <= y ? (x, y) : (y, x);
            var lowResult = EvaluateOne(AvailabilityContract, Attained("kpi-availability", low));
            var highResult = EvaluateOne(AvailabilityContract, Attained("kpi-availability", high));
            Assert.True(lowResult.CreditPercentage >= highResult.CreditPercentage);
            Assert.Equal(high < 99.9m, highResult.Breached);
            Assert.Equal(highResult.Breached == true, highResult.CreditPercentage.Value > 0);
        }, iter: Iterations);

    [Fact]
    public void Evaluate_LowerIsBetter_HigherValuesNeverEarnLessCredit() =>
        Gen.Select(Gen.Int[0, 10_000_000], Gen.Int[0, 10_000_000]).Sample((x, y) =>
        {
            var (low, high) = x <= y ? (x / 1000m, y / 1000m) : (y / 1000m, x / 1000m);
            var lowResult = EvaluateOne(LatencyContract, Attained("kpi-latency", low));
            var highResult = EvaluateOne(LatencyContract, Attained("kpi-latency", high));
            Assert.True(lowResult.CreditPercentage <= highResult.CreditPercentage);
            Assert.Equal(high > 2000m, highResult.Breached);
            Assert.True(highResult.CreditPercentage.Value <= 10m); // the cap
        }, iter: Iterations);

    [Fact]
    public void Evaluate_UptimeFromOutages_IsAPercentageAndExclusionsOnlyRaiseIt() =>
        Gen.Select(Gen.Int[0, 43_199], Gen.Int[1, 600], Gen.Bool).Array[0, 8].Sample(outages =>
        {
            var definition = new AvailabilityDefinition { Method = AvailabilityMethod.UptimeMinutes, DowntimeErrorRate = Percentage.FromPercent(5) };
            var start = Local(2026, 4, 1, 0);
            var spans = ValueArray.From(outages.Select(o => new DowntimeSpan
            {
                Start = start + Duration.FromMinutes(o.Item1),
                End = start + Duration.FromMinutes(Math.Min(o.Item1 + o.Item2, 43_200)),
                Cause = o.Item3 ? ExclusionKind.CustomerCaused : null,
            }));
            var measurement = new KpiMeasurement { KpiId = Id("kpi-availability"), Downtime = spans };
            var without = EvaluateOne(SlaFixtures.Contract(Availability(definition), AvailabilityObjective), measurement, April);
            var with = EvaluateOne(SlaFixtures.Contract(Availability(definition), AvailabilityObjective with { Exclusions = [new Exclusion { Kind = ExclusionKind.CustomerCaused }] }), measurement, April);

            Assert.InRange(without.Attained!.Value, 0m, 100m);
            Assert.True(with.Attained >= without.Attained);
            Assert.True(with.CreditPercentage <= without.CreditPercentage);
        }, iter: 300);
}

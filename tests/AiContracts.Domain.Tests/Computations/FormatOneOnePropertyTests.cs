using AiContracts.Domain.Computations.Invoicing;
using AiContracts.Domain.Computations.ServiceCredits;
using AiContracts.Domain.Pricing;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.ServiceLevels;
using CsCheck;
using NodaTime;
using static AiContracts.Domain.Tests.Computations.Fixtures;
using static AiContracts.Domain.Tests.Computations.SlaFixtures;

namespace AiContracts.Domain.Tests.Computations;

/// <summary>
/// Properties of the service-level terms of format 1.1: each term only ever moves availability or credits the way it
/// says, and a term at its neutral value computes exactly what format 1.0 computes.
/// </summary>
public sealed class FormatOneOnePropertyTests
{
    private const int Iterations = 300;

    private static readonly Instant AprilStart = Local(2026, 4, 1, 0);

    /// <summary>Up to six outages in April: start second and length in seconds.</summary>
    private static readonly Gen<(int Start, int Length)[]> Outages = Gen.Select(Gen.Int[0, (30 * 86_400) - 7_200], Gen.Int[1, 7_200]).Array[0, 6];

    /// <summary>Up to 60 distinct minutes of April with requests and failed requests.</summary>
    private static readonly Gen<(int Minute, int Requests, int Failed)[]> Traffic =
        Gen.Select(Gen.Int[0, 43_199], Gen.Int[1, 300], Gen.Int[0, 300]).Array[0, 60]
            .Select(a => a.DistinctBy(t => t.Item1).Select(t => (t.Item1, t.Item2, Math.Min(t.Item2, t.Item3))).ToArray());

    [Fact]
    public void Whole_minutes_never_count_more_downtime_than_exact_and_exact_never_more_than_any_started_minute() =>
        Outages.Sample(outages =>
        {
            var measurement = new KpiMeasurement { KpiId = Id("kpi-availability"), Downtime = [.. outages.Select(o => Span(o.Start, o.Length))] };
            var whole = Attain(d => d with { PartialMinutes = PartialMinuteRule.WholeMinutesOnly }, measurement);
            var exact = Attain(d => d with { PartialMinutes = PartialMinuteRule.Exact }, measurement);
            var started = Attain(d => d with { PartialMinutes = PartialMinuteRule.AnyStartedMinute }, measurement);
            var unstated = Attain(d => d, measurement);

            Assert.True(whole >= exact && exact >= started, $"{whole} {exact} {started}");
            Assert.Equal(unstated, started);
            if (outages.All(o => o.Start % 60 == 0 && o.Length % 60 == 0))
            {
                Assert.Equal(whole, started);
                Assert.Equal(exact, started);
            }
        }, iter: Iterations);

    [Fact]
    public void A_minimum_downtime_run_only_ever_raises_availability_and_a_zero_run_changes_nothing() =>
        Gen.Select(Traffic, Gen.Int[0, 30]).Sample((traffic, run) =>
        {
            var measurement = Intervals(traffic);
            Func<AvailabilityDefinition, AvailabilityDefinition> threshold = d => d with { DowntimeErrorRate = Percentage.FromPercent(5) };
            var without = Evaluate(threshold, measurement);
            var with = Evaluate(d => threshold(d) with { MinimumDowntimeRun = Duration.FromMinutes(run) }, measurement);
            var zero = Evaluate(d => threshold(d) with { MinimumDowntimeRun = Duration.Zero }, measurement);

            Assert.True(with.Attained >= without.Attained);
            Assert.Equal(without.Availability!.DownIntervals, with.Availability!.DownIntervals + with.Availability.ShortRunIntervals!.Value);
            Assert.Equal((without.Attained, without.Availability.DownIntervals, 0), (zero.Attained, zero.Availability!.DownIntervals, zero.Availability.ShortRunIntervals!.Value));
        }, iter: Iterations);

    [Fact]
    public void A_minimum_request_volume_only_ever_raises_availability_and_zero_changes_nothing() =>
        Gen.Select(Traffic, Gen.Int[0, 400]).Sample((traffic, minimum) =>
        {
            var measurement = Intervals(traffic);
            Func<AvailabilityDefinition, AvailabilityDefinition> threshold = d => d with { DowntimeErrorRate = Percentage.FromPercent(5) };
            var without = Evaluate(threshold, measurement);
            var with = Evaluate(d => threshold(d) with { MinimumRequests = minimum }, measurement);
            var zero = Evaluate(d => threshold(d) with { MinimumRequests = 0 }, measurement);

            Assert.True(with.Attained >= without.Attained);
            Assert.Equal(traffic.Count(t => t.Requests < minimum), with.Availability!.LowVolumeIntervals);
            Assert.Equal((without.Attained, 0), (zero.Attained, zero.Availability!.LowVolumeIntervals!.Value));
        }, iter: Iterations);

    [Fact]
    public void Counting_a_clients_repeated_errors_once_only_ever_raises_availability() =>
        Gen.Select(Gen.Int[1, 200], Gen.Select(Gen.Int[0, 3], Gen.Int[0, 59_999]).Array[0, 40], Gen.Int[1, 60_000]).Sample((requests, failures, window) =>
        {
            var minute = Local(2026, 4, 6, 15);
            var listed = failures.Take(requests).ToArray();
            var interval = new IntervalMeasurement { Start = minute, Requests = requests, FailedRequests = listed.Length };
            var measurement = new KpiMeasurement
            {
                KpiId = Id("kpi-availability"),
                Intervals = [interval],
                ClientFailures = [.. listed.Select(f => new ClientFailure { Client = $"c{f.Item1}", At = minute + Duration.FromMilliseconds(f.Item2) })],
            };
            Func<AvailabilityDefinition, AvailabilityDefinition> rates = d => d with { Method = AvailabilityMethod.ErrorRateIntervals };
            var without = Evaluate(rates, measurement with { ClientFailures = [] });
            var with = Evaluate(d => rates(d) with { RepeatedErrorWindow = Duration.FromMilliseconds(window) }, measurement);

            Assert.True(with.Attained >= without.Attained);
            var distinctClients = listed.Select(f => f.Item1).Distinct().Count();
            Assert.InRange(with.Availability!.RepeatedFailures!.Value, 0, listed.Length - distinctClients);
        }, iter: Iterations);

    [Fact]
    public void A_credit_is_zero_or_between_the_minimum_and_the_maximum_per_claim() =>
        Gen.Select(Gen.Int[0, 10_000], Gen.Int[1, 1_000_000], Gen.Int[0, 5_000], Gen.Int[0, 5_000]).Sample((attained, requests, a, b) =>
        {
            var (minimum, maximum) = (Math.Min(a, b) / 100m, Math.Max(a, b) / 100m);
            var contract = Usd(AvailabilityObjective with { MinimumCredit = Money.Of(minimum, "USD"), MaximumCreditPerClaim = Money.Of(maximum, "USD") });
            var plain = Usd(AvailabilityObjective);
            var usage = Usage(requests);

            var result = Assert.Single(SlaEvaluator.Evaluate(contract, Measure(March, Attained("kpi-availability", attained / 100m)), usage).Objectives);
            var raw = Assert.Single(SlaEvaluator.Evaluate(plain, Measure(March, Attained("kpi-availability", attained / 100m)), usage).Objectives).CreditAmount;
            var invoice = InvoiceCalculator.Calculate(contract, usage, SlaEvaluator.Evaluate(contract, Measure(March, Attained("kpi-availability", attained / 100m))));

            if (result.CreditAmount is { } amount)
            {
                Assert.True(amount.Amount == 0m || (amount.Amount >= minimum && amount.Amount <= maximum), $"{amount} not in [{minimum}, {maximum}]");
                Assert.Equal(Math.Min(raw!.Amount, maximum) < minimum, result.CreditBelowMinimum);
                Assert.Equal(-amount.Amount, invoice.Credits!.Amount); // the invoice applies the same terms to the percentage
            }
        }, iter: Iterations);

    [Fact]
    public void With_one_objective_per_claim_only_the_highest_credit_is_paid() =>
        Gen.Select(Gen.Int[9_000, 10_000], Gen.Int[0, 6_000], Gen.Int[1, 1_000_000]).Sample((availability, latency, requests) =>
        {
            var measurements = Measure(March, Attained("kpi-availability", availability / 100m), Attained("kpi-latency", latency));
            var usage = Usage(requests);
            var one = SlaEvaluator.Evaluate(Two(true), measurements, usage);
            var all = SlaEvaluator.Evaluate(Two(false), measurements, usage);
            var invoice = InvoiceCalculator.Calculate(Two(true), usage, SlaEvaluator.Evaluate(Two(true), measurements));

            var paid = one.Objectives.Where(o => o.CreditAmount is { Amount: > 0 }).ToList();
            Assert.True(paid.Count <= 1);
            var highest = all.Objectives.Select(o => o.CreditAmount?.Amount ?? 0m).Max();
            Assert.Equal(highest, paid.SingleOrDefault()?.CreditAmount!.Amount ?? 0m);
            Assert.Equal(-highest, invoice.Credits!.Amount);
        }, iter: Iterations);

    private static AiContract Usd(ServiceLevelObjective objective) =>
        SlaFixtures.Contract(Availability(), objective) with
        {
            Pricing = new PricingTerms { Currency = Currency.Usd, Meters = [Meter(PricingModel.PerUnit) with { UnitPrice = Money.Of(0.01m, "USD") }] },
        };

    private static AiContract Two(bool highestOnly) => Usd(AvailabilityObjective) with
    {
        ServiceLevels = new ServiceLevelTerms { Kpis = [Availability(), Latency], Objectives = [AvailabilityObjective, LatencyObjective], HighestCreditOnly = highestOnly ? true : null },
    };

    private static DowntimeSpan Span(int start, int length) =>
        new() { Start = AprilStart + Duration.FromSeconds(start), End = AprilStart + Duration.FromSeconds(start + length) };

    private static KpiMeasurement Intervals((int Minute, int Requests, int Failed)[] traffic) => new()
    {
        KpiId = Id("kpi-availability"),
        Intervals = [.. traffic.Select(t => new IntervalMeasurement { Start = AprilStart + Duration.FromMinutes(t.Minute), Requests = t.Requests, FailedRequests = t.Failed })],
    };

    private static ObjectiveEvaluation Evaluate(Func<AvailabilityDefinition, AvailabilityDefinition> change, KpiMeasurement measurement) =>
        EvaluateOne(SlaFixtures.Contract(Availability(change(new AvailabilityDefinition { Method = AvailabilityMethod.UptimeMinutes })), AvailabilityObjective), measurement, April);

    private static decimal Attain(Func<AvailabilityDefinition, AvailabilityDefinition> change, KpiMeasurement measurement) => Evaluate(change, measurement).Attained!.Value;
}

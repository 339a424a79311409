using AiContracts.Domain.Computations;
using AiContracts.Domain.Computations.Invoicing;
using AiContracts.Domain.Computations.ServiceCredits;
using AiContracts.Domain.Pricing;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.ServiceLevels;
using NodaTime;
using static AiContracts.Domain.Tests.Computations.Fixtures;
using static AiContracts.Domain.Tests.Computations.SlaFixtures;

namespace AiContracts.Domain.Tests.Computations;

/// <summary>
/// The service-level terms of format 1.1, each computed on worked examples whose figures are copied from public SLAs
/// (named in each test; the measurements are made up to exercise the terms). April 2026 in Europe/Berlin has 30 days
/// without a clock change: 43,200 minutes.
/// </summary>
public sealed class FormatOneOneServiceLevelTests
{
    private const decimal AprilMinutes = 43_200m;

    private static readonly ComputationPeriod AprilPeriod = April;

    // ---- Minimum credit -------------------------------------------------------------------------------------------

    /// <summary>
    /// AWS Budgets SLA (aws.amazon.com/aws-cost-management/aws-budgets/sla/, last updated 2022-05-05): 99.9 % monthly
    /// uptime; 10 % below 99.9 down to 99.0, 25 % below 99.0 down to 95.0, 100 % below 95.0; a credit is issued only if
    /// it is greater than one dollar. Credits are rounded to the cent, so "greater than $1.00" is a minimum of $1.01.
    /// </summary>
    [Theory]
    [InlineData(1_000, 1.00, false)] // $10.00 of charges, 10 %: exactly $1.00 is not greater than one dollar
    [InlineData(1_010, 1.01, true)] // $10.10: $1.01 is issued
    [InlineData(900, 0.90, false)] // $9.00: $0.90 is not issued
    public void Aws_budgets_issues_no_credit_of_one_dollar_or_less(decimal requests, decimal credit, bool issued)
    {
        var contract = Aws(minimum: 1.01m);

        var result = EvaluateWithUsage(contract, 99.5m, requests);
        var invoice = InvoiceCalculator.Calculate(contract, UsageOf(requests), SlaEvaluator.Evaluate(contract, Measure(March, Attained("kpi-availability", 99.5m)), UsageOf(requests)));

        Assert.Equal(10m, result.CreditPercentage.Value);
        Assert.Equal(!issued, result.CreditBelowMinimum);
        Assert.Equal(issued ? credit : 0m, result.CreditAmount!.Amount);
        Assert.Equal(issued ? -credit : 0m, invoice.Credits!.Amount);
    }

    /// <summary>
    /// AWS Compute Optimizer SLA (aws.amazon.com/compute-optimizer/sla/, last updated 2022-05-04): the same 99.9 %
    /// commitment, the same 10 / 25 / 100 % table and the same one-dollar threshold.
    /// </summary>
    [Theory]
    [InlineData(98.0, 4_000, 10.00, true)] // 25 % of $40.00
    [InlineData(90.0, 300, 3.00, true)] // 100 % of $3.00
    [InlineData(90.0, 80, 0.80, false)] // 100 % of $0.80: not greater than one dollar
    [InlineData(99.95, 4_000, 0, null)] // no breach: no credit, and the minimum is not consulted
    public void Aws_compute_optimizer_issues_credits_above_one_dollar_only(decimal uptime, decimal requests, decimal credit, bool? issued)
    {
        var result = EvaluateWithUsage(Aws(minimum: 1.01m), uptime, requests);

        Assert.Equal(issued is false ? true : issued is null ? null : false, result.CreditBelowMinimum);
        Assert.Equal(issued is true ? credit : issued is false ? 0m : null, result.CreditAmount?.Amount);
    }

    // ---- Maximum credit per claim ---------------------------------------------------------------------------------

    /// <summary>
    /// "Calculation and Maximum Credit" clause of master service agreements (lawinsider.com/clause/calculation-and-maximum-credit):
    /// a day of credit is 1/30 of the committed monthly charges and at most seven days of credit are given in a month.
    /// On $3,000.00 of monthly charges a day is $100.00, so the maximum per claim is $700.00.
    /// </summary>
    [Theory]
    [InlineData(90.0, 700.00, true)] // 100 % of $3,000.00 is cut to $700.00
    [InlineData(98.0, 700.00, true)] // 25 %: $750.00, cut to $700.00
    [InlineData(99.5, 300.00, false)] // 10 %: $300.00, under the maximum
    public void Seven_days_of_monthly_charges_is_the_most_one_claim_pays(decimal uptime, decimal credit, bool cut)
    {
        var contract = Aws(maximum: 700m);

        var result = EvaluateWithUsage(contract, uptime, 300_000);

        Assert.Equal(cut, result.CreditMaximumApplied);
        Assert.Equal(credit, result.CreditAmount!.Amount);
    }

    /// <summary>
    /// A lease's downtime credit clause (lawinsider.com/dictionary/maximum-downtime): base rent $224,848.00 a year, an
    /// hourly charge of $312.29 (the rent / 30 days / 24 hours) and at most 240 hours of credit a year: at most
    /// $74,949.60 for the year's claim.
    /// </summary>
    [Fact]
    public void Two_hundred_forty_hours_of_the_hourly_charge_is_the_most_one_years_claim_pays()
    {
        var year = new ComputationPeriod { FirstDay = new LocalDate(2026, 1, 1), LastDay = new LocalDate(2026, 12, 31) };
        var contract = Aws(maximum: 240 * 312.29m, currency: "USD");
        var usage = new UsageStatement { Period = year, Meters = [new MeterUsage { MeterId = Id("m"), Quantity = 22_484_800 }] }; // $224,848.00

        var result = Assert.Single(SlaEvaluator.Evaluate(contract, Measure(year, Attained("kpi-availability", 90m)), usage).Objectives);

        Assert.Equal(224_848.00m, result.CreditBaseAmount!.Amount);
        Assert.Equal((true, 74_949.60m), (result.CreditMaximumApplied, result.CreditAmount!.Amount));
    }

    // ---- One objective per claim ----------------------------------------------------------------------------------

    /// <summary>
    /// Service availability credit clause of a cloud voice service (lawinsider.com/dictionary/service-availability-credit):
    /// only one credit is available in a calendar month, and the credit never exceeds 50 % of the month's fees. Here the
    /// availability objective earns 25 % and the latency objective 15 % (capped at 10 %): only the 25 % is paid.
    /// </summary>
    [Fact]
    public void Only_one_service_availability_credit_is_available_in_a_month()
    {
        var contract = TwoObjectives(highestOnly: true, cap: 50m);
        var measurements = Measure(March, Attained("kpi-availability", 98m), Attained("kpi-latency", 4_500m));

        var evaluation = SlaEvaluator.Evaluate(contract, measurements, UsageOf(100_000)); // $1,000.00
        var invoice = InvoiceCalculator.Calculate(contract, UsageOf(100_000), evaluation);

        var (availability, latency) = (evaluation.Objectives[0], evaluation.Objectives[1]);
        Assert.Equal((25m, false, 250.00m), (availability.CreditPercentage.Value, availability.CreditSuperseded, availability.CreditAmount!.Amount));
        Assert.Equal((10m, true, 0.00m), (latency.CreditPercentage.Value, latency.CreditSuperseded, latency.CreditAmount!.Amount));
        Assert.Equal(-250.00m, Assert.Single(invoice.Lines, l => l.Kind == InvoiceLineKind.ServiceCredit).Amount.Amount);
    }

    /// <summary>
    /// "Credit Restrictions" clause of colocation SLAs (markettransfer.info/clause/credit-restrictions): downtime from the
    /// same set of events generates at most one credit, and credits never exceed 25 % of the monthly recurring charge.
    /// Without amounts (no usage given) the evaluation picks by percentage, as both objectives credit the same fees;
    /// the invoice then pays the one credit.
    /// </summary>
    [Fact]
    public void One_set_of_events_generates_at_most_one_credit_even_without_amounts()
    {
        var contract = TwoObjectives(highestOnly: true, cap: 25m);
        var measurements = Measure(March, Attained("kpi-availability", 99.5m), Attained("kpi-latency", 4_500m));

        var evaluation = SlaEvaluator.Evaluate(contract, measurements);
        var invoice = InvoiceCalculator.Calculate(contract, UsageOf(100_000), evaluation);

        Assert.Equal([(10m, (bool?)false), (10m, true)], evaluation.Objectives.Select(o => (o.CreditPercentage.Value, o.CreditSuperseded)));
        var line = Assert.Single(invoice.Lines, l => l.Kind == InvoiceLineKind.ServiceCredit);
        Assert.Equal(("slo-availability", -100.00m), (line.ObjectiveId!.Value.ToString(), line.Amount.Amount)); // first in contract order on a tie
    }

    [Fact]
    public void Without_one_objective_per_claim_both_credits_are_paid()
    {
        var contract = TwoObjectives(highestOnly: false, cap: 50m);
        var measurements = Measure(March, Attained("kpi-availability", 98m), Attained("kpi-latency", 4_500m));

        var evaluation = SlaEvaluator.Evaluate(contract, measurements, UsageOf(100_000));

        Assert.All(evaluation.Objectives, o => Assert.Null(o.CreditSuperseded));
        Assert.Equal([250.00m, 100.00m], evaluation.Objectives.Select(o => o.CreditAmount!.Amount));
    }

    // ---- Minimum downtime run -------------------------------------------------------------------------------------

    /// <summary>
    /// Cloud Composer SLA (cloud.google.com/composer/sla): 99.5 % monthly uptime; a minute is down above a 5 % error rate;
    /// downtime counts only in periods of ten or more consecutive minutes. An 8-minute burst of errors does not count, a
    /// 240-minute one does.
    /// </summary>
    [Fact]
    public void Cloud_composer_counts_downtime_only_in_runs_of_ten_minutes()
    {
        var contract = Uptime(d => d with { DowntimeErrorRate = Percentage.FromPercent(5), MinimumDowntimeRun = Duration.FromMinutes(10) }, target: 99.5m);
        var minutes = Minutes(Local(2026, 4, 2, 10), 8, 100, 50).Concat(Minutes(Local(2026, 4, 10, 9), 240, 100, 20));

        var result = EvaluateOne(contract, Intervals(minutes), AprilPeriod);

        Assert.Equal((AprilMinutes - 240m) * 100m / AprilMinutes, result.Attained); // 99.444...
        Assert.True(result.Breached);
        Assert.Equal((240, 8), (result.Availability!.DownIntervals, result.Availability.ShortRunIntervals));
    }

    /// <summary>
    /// Application Integration SLA (cloud.google.com/application-integration/sla): 99.9 % monthly uptime; a minute is
    /// down above a 10 % error rate; downtime counts in periods of 5 or more consecutive minutes. A 4-minute burst is
    /// ignored, a 5-minute one counts, and a minute at exactly 10 % is not down.
    /// </summary>
    [Fact]
    public void Application_integration_counts_downtime_only_in_runs_of_five_minutes()
    {
        var contract = Uptime(d => d with { DowntimeErrorRate = Percentage.FromPercent(10), MinimumDowntimeRun = Duration.FromMinutes(5) }, target: 99.9m);
        var minutes = Minutes(Local(2026, 4, 3, 8), 4, 100, 25)
            .Concat(Minutes(Local(2026, 4, 7, 8), 5, 100, 11))
            .Concat(Minutes(Local(2026, 4, 7, 8, 5), 6, 100, 10)); // at 10 %, not above: ends the run

        var result = EvaluateOne(contract, Intervals(minutes), AprilPeriod);

        Assert.Equal((AprilMinutes - 5m) * 100m / AprilMinutes, result.Attained);
        Assert.False(result.Breached);
        Assert.Equal((5, 4), (result.Availability!.DownIntervals, result.Availability.ShortRunIntervals));
    }

    // ---- Partial minutes ------------------------------------------------------------------------------------------

    /// <summary>
    /// Cloud Run SLA (cloud.google.com/run/sla): 99.95 % monthly uptime; partial minutes of downtime are not counted. An
    /// outage from 10:00:30 to 10:22:30 covers 21 whole minutes (99.9514 %, met) but touches 23 (99.9468 %, breached).
    /// </summary>
    [Theory]
    [InlineData("WholeMinutesOnly", 21, false)]
    [InlineData("AnyStartedMinute", 23, true)]
    public void Cloud_run_counts_whole_minutes_only(string rule, int down, bool breached)
    {
        var contract = Uptime(d => d with { PartialMinutes = PartialMinuteRule.FromName(rule) }, target: 99.95m);
        var outage = Outage(Local(2026, 4, 8, 10) + Duration.FromSeconds(30), Local(2026, 4, 8, 10, 22) + Duration.FromSeconds(30));

        var result = EvaluateOne(contract, outage, AprilPeriod);

        Assert.Equal((AprilMinutes - down) * 100m / AprilMinutes, result.Attained);
        Assert.Equal(breached, result.Breached);
    }

    /// <summary>
    /// Cloud Run functions SLA (cloud.google.com/functions/sla-20180406): 99.5 % monthly uptime; partial minutes and
    /// intermittent downtime under a minute are not counted; 10 / 25 / 50 % credits. A 45-second outage counts nothing;
    /// an outage of three and a half minutes counts 3 whole minutes; counted exactly it is 3.5 minutes.
    /// </summary>
    [Theory]
    [InlineData("WholeMinutesOnly", 3, null)]
    [InlineData("AnyStartedMinute", 5, null)]
    [InlineData("Exact", 5, 3.5)]
    public void Cloud_run_functions_drops_partial_minutes(string rule, int touched, double? exact)
    {
        var contract = Uptime(d => d with { PartialMinutes = PartialMinuteRule.FromName(rule) }, target: 99.5m);
        var measurement = Intervals([]) with
        {
            Downtime =
            [
                new DowntimeSpan { Start = Local(2026, 4, 9, 10) + Duration.FromSeconds(10), End = Local(2026, 4, 9, 10) + Duration.FromSeconds(55) },
                new DowntimeSpan { Start = Local(2026, 4, 9, 12) + Duration.FromSeconds(30), End = Local(2026, 4, 9, 12, 4) },
            ],
        };

        var result = EvaluateOne(contract, measurement, AprilPeriod);

        var down = exact is { } e ? (decimal)e + (45m / 60m) : touched; // exact: 3.5 minutes plus the 45 seconds
        Assert.Equal((AprilMinutes - down) * 100m / AprilMinutes, result.Attained);
        Assert.Equal(touched, result.Availability!.DownIntervals);
    }

    /// <summary>
    /// Rackspace availability clause (markettransfer.info/clause/availability-slas): 99.95 % availability, credits for each
    /// full or partial hour of downtime: hourly intervals where any started hour counts. An outage from 10:15 to 11:05
    /// is two hours of 720.
    /// </summary>
    [Fact]
    public void Rackspace_counts_every_started_hour()
    {
        var contract = Uptime(d => d with { IntervalLength = Duration.FromHours(1), PartialMinutes = PartialMinuteRule.AnyStartedMinute }, target: 99.95m);

        var result = EvaluateOne(contract, Outage(Local(2026, 4, 14, 10, 15), Local(2026, 4, 14, 11, 5)), AprilPeriod);

        Assert.Equal(718m * 100m / 720m, result.Attained);
        Assert.Equal(2, result.Availability!.DownIntervals);
    }

    // ---- Minimum request volume -----------------------------------------------------------------------------------

    /// <summary>
    /// Cloud Run functions SLA (cloud.google.com/functions/sla-20180406): a minute is down above a 10 % error rate,
    /// subject to a minimum of 100 attempted executions in the measurement period. A minute of 50 executions with 40
    /// errors has no error rate under the SLA and counts as available; a minute of 200 with 30 errors (15 %) is down.
    /// </summary>
    [Fact]
    public void Cloud_run_functions_needs_one_hundred_executions_for_an_error_rate()
    {
        var contract = Uptime(d => d with { DowntimeErrorRate = Percentage.FromPercent(10), MinimumRequests = 100 }, target: 99.5m);
        var minutes = Minutes(Local(2026, 4, 20, 3), 1, 50, 40).Concat(Minutes(Local(2026, 4, 20, 4), 1, 200, 30));

        var result = EvaluateOne(contract, Intervals(minutes), AprilPeriod);

        Assert.Equal((AprilMinutes - 1m) * 100m / AprilMinutes, result.Attained);
        Assert.Equal((1, 1), (result.Availability!.DownIntervals, result.Availability.LowVolumeIntervals));
    }

    /// <summary>
    /// Cloud Run functions SLA, version of 2020-01-09 (cloud.google.com/functions/sla-20200109): the same minimum of 100
    /// attempted executions, here with 99 executions all failing (not counted) and 100 with 11 failing (down).
    /// </summary>
    [Fact]
    public void Cloud_run_functions_2020_counts_the_hundredth_execution()
    {
        var contract = Uptime(d => d with { DowntimeErrorRate = Percentage.FromPercent(10), MinimumRequests = 100 }, target: 99.5m);
        var minutes = Minutes(Local(2026, 4, 21, 3), 3, 99, 99).Concat(Minutes(Local(2026, 4, 21, 4), 2, 100, 11));

        var result = EvaluateOne(contract, Intervals(minutes), AprilPeriod);

        Assert.Equal((AprilMinutes - 2m) * 100m / AprilMinutes, result.Attained);
        Assert.Equal((2, 3), (result.Availability!.DownIntervals, result.Availability.LowVolumeIntervals));
    }

    [Fact]
    public void Intervals_below_the_minimum_volume_are_left_out_when_empty_intervals_are()
    {
        var contract = Uptime(d => d with { Method = AvailabilityMethod.ErrorRateIntervals, MinimumRequests = 100, EmptyIntervals = EmptyIntervalRule.Excluded }, target: 99.5m);
        var minutes = Minutes(Local(2026, 4, 21, 3), 1, 99, 99).Concat(Minutes(Local(2026, 4, 21, 4), 1, 100, 10));

        var result = EvaluateOne(contract, Intervals(minutes), AprilPeriod);

        Assert.Equal(90m, result.Attained); // the one counted minute: 100 % - 10 %
        Assert.Equal(43_199, result.Availability!.ExcludedIntervals);
    }

    // ---- Repeated errors of one client ----------------------------------------------------------------------------

    /// <summary>
    /// Cloud Machine Learning Engine SLA (cloud.google.com/functions/sla-20180326): a minute is down above a 5 % error
    /// rate, and repeated identical requests count only when they respect the back-off of at least one second. A job
    /// retrying five times within 0.8 s counts once: 7 failures of 100 requests (7 %, down) become 3 of 96 (3.125 %).
    /// </summary>
    [Fact]
    public void Ml_engine_counts_retries_within_a_second_once()
    {
        var contract = Uptime(d => d with { DowntimeErrorRate = Percentage.FromPercent(5), RepeatedErrorWindow = Duration.FromSeconds(1) }, target: 99.5m);
        var minute = Local(2026, 4, 6, 15);
        var failures = new[] { 0, 200, 400, 600, 800 }.Select(ms => Failure("job-a", minute + Duration.FromMilliseconds(ms)))
            .Concat([Failure("job-b", minute + Duration.FromSeconds(5)), Failure("job-b", minute + Duration.FromSeconds(7))]);

        var result = EvaluateOne(contract, Intervals(Minutes(minute, 1, 100, 7)) with { ClientFailures = [.. failures] }, AprilPeriod);

        Assert.Equal(100m, result.Attained);
        Assert.Equal((0, 4L), (result.Availability!.DownIntervals, result.Availability.RepeatedFailures));
    }

    /// <summary>
    /// Cloud Dataflow SLA (cloud.google.com/dataflow/sla-20150812): 99.5 % monthly uptime, down above a 5 % error rate in
    /// runs of ten consecutive minutes, repeated identical requests within the one-second back-off count once. Ten
    /// minutes with 6 failures of 100 each (down, a ten-minute run) have 2 retries each by one client: 4 of 98 (4.08 %).
    /// </summary>
    [Fact]
    public void Dataflow_counts_retries_within_the_back_off_once()
    {
        var contract = Uptime(d => d with { DowntimeErrorRate = Percentage.FromPercent(5), MinimumDowntimeRun = Duration.FromMinutes(10), RepeatedErrorWindow = Duration.FromSeconds(1) }, target: 99.5m);
        var start = Local(2026, 4, 16, 1);
        var failures = Enumerable.Range(0, 10).SelectMany(m =>
        {
            var at = start + Duration.FromMinutes(m);
            return new[]
            {
                Failure("etl-1", at), Failure("etl-1", at + Duration.FromMilliseconds(300)), Failure("etl-1", at + Duration.FromMilliseconds(600)),
                Failure("etl-2", at + Duration.FromSeconds(20)), Failure("etl-3", at + Duration.FromSeconds(30)), Failure("etl-4", at + Duration.FromSeconds(40)),
            };
        });
        var measurement = Intervals(Minutes(start, 10, 100, 6));

        var deduplicated = EvaluateOne(contract, measurement with { ClientFailures = [.. failures] }, AprilPeriod);
        var counted = EvaluateOne(Uptime(d => d with { DowntimeErrorRate = Percentage.FromPercent(5), MinimumDowntimeRun = Duration.FromMinutes(10) }, target: 99.5m), measurement, AprilPeriod);

        Assert.Equal((100m, 0, 20L), (deduplicated.Attained!.Value, deduplicated.Availability!.DownIntervals, deduplicated.Availability.RepeatedFailures!.Value));
        Assert.Equal((AprilMinutes - 10m) * 100m / AprilMinutes, counted.Attained);
    }

    [Fact]
    public void Failures_not_attributed_to_a_client_count_each_and_are_reported()
    {
        var contract = Uptime(d => d with { DowntimeErrorRate = Percentage.FromPercent(5), RepeatedErrorWindow = Duration.FromSeconds(1) }, target: 99.5m);
        var minute = Local(2026, 4, 6, 15);

        var evaluation = SlaEvaluator.Evaluate(contract, Measure(AprilPeriod, Intervals(Minutes(minute, 1, 100, 7)) with { ClientFailures = [Failure("a", minute), Failure("a", minute)] }));

        Assert.Equal((AprilMinutes - 1m) * 100m / AprilMinutes, Assert.Single(evaluation.Objectives).Attained); // 6 of 99: still down
        Assert.Contains(evaluation.Diagnostics, d => d.Code == "AIC7023" && d.Message.Contains("5 failed requests", StringComparison.Ordinal));
    }

    // ---- Helpers --------------------------------------------------------------------------------------------------

    /// <summary>A contract in USD with one meter at $0.01 a request, an availability objective (10 / 25 / 100 %) and the given claim terms.</summary>
    private static AiContract Aws(decimal? minimum = null, decimal? maximum = null, string currency = "USD") =>
        SlaFixtures.Contract(Availability(), AvailabilityObjective with
        {
            MinimumCredit = minimum is { } low ? Money.Of(low, currency) : null,
            MaximumCreditPerClaim = maximum is { } high ? Money.Of(high, currency) : null,
        }) with
        {
            Pricing = new PricingTerms { Currency = Currency.Usd, Meters = [Meter(PricingModel.PerUnit) with { UnitPrice = Money.Of(0.01m, "USD") }] },
        };

    /// <summary>Availability (bands 10 / 25 / 100 %, cap 100 %) and latency (5 / 15 %, cap 10 %) objectives on the same fees, credit cap as given.</summary>
    private static AiContract TwoObjectives(bool highestOnly, decimal cap) =>
        Aws() with
        {
            ServiceLevels = new ServiceLevelTerms
            {
                Kpis = [Availability(), Latency],
                Objectives = [AvailabilityObjective with { CreditCap = Percentage.FromPercent(cap) }, LatencyObjective],
                HighestCreditOnly = highestOnly ? true : null,
            },
        };

    private static AiContract Uptime(Func<AvailabilityDefinition, AvailabilityDefinition> change, decimal target) =>
        SlaFixtures.Contract(
            Availability(change(new AvailabilityDefinition { Method = AvailabilityMethod.UptimeMinutes })) with { Target = target },
            AvailabilityObjective with { CreditBands = [Band(99.0m, target, 10), Band(95.0m, 99.0m, 25), Band(null, 95.0m, 50)] });

    private static UsageStatement UsageOf(decimal requests) => Usage(requests);

    private static ObjectiveEvaluation EvaluateWithUsage(AiContract contract, decimal attained, decimal requests) =>
        Assert.Single(SlaEvaluator.Evaluate(contract, Measure(March, Attained("kpi-availability", attained)), UsageOf(requests)).Objectives);

    private static IEnumerable<IntervalMeasurement> Minutes(Instant first, int count, long requests, long failed) =>
        Enumerable.Range(0, count).Select(m => new IntervalMeasurement { Start = first + Duration.FromMinutes(m), Requests = requests, FailedRequests = failed });

    private static KpiMeasurement Intervals(IEnumerable<IntervalMeasurement> intervals) => new() { KpiId = Id("kpi-availability"), Intervals = [.. intervals] };

    private static KpiMeasurement Outage(Instant start, Instant end) => new() { KpiId = Id("kpi-availability"), Downtime = [new DowntimeSpan { Start = start, End = end }] };

    private static ClientFailure Failure(string client, Instant at) => new() { Client = client, At = at };
}

using AiContracts.Domain.Computations;
using AiContracts.Domain.Computations.Invoicing;
using AiContracts.Domain.Computations.ServiceCredits;
using AiContracts.Domain.Exit;
using AiContracts.Domain.Pricing;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.ServiceLevels;
using NodaTime;
using static AiContracts.Domain.Tests.Computations.Fixtures;
using static AiContracts.Domain.Tests.Computations.SlaFixtures;

namespace AiContracts.Domain.Tests.Computations;

/// <summary>Worked examples of SLA evaluation: each band boundary, each direction, each availability definition, exclusions, caps and deadlines.</summary>
public sealed class SlaEvaluatorTests
{
    private static readonly AiContract AvailabilityContract = SlaFixtures.Contract(Availability(), AvailabilityObjective);

    private static readonly AiContract LatencyContract = SlaFixtures.Contract(Latency, LatencyObjective);

    [Theory]
    [InlineData("100", false, null, 0)]
    [InlineData("99.9", false, null, 0)] // exactly at the target: no breach
    [InlineData("99.8999", true, 0, 10)] // "less than 99.9 %"
    [InlineData("99.0", true, 0, 10)] // "equal to or greater than 99.0 %"
    [InlineData("98.9999", true, 1, 25)]
    [InlineData("95.0", true, 1, 25)]
    [InlineData("94.9999", true, 2, 100)]
    [InlineData("0", true, 2, 100)]
    public void Evaluate_HigherIsBetter_BandsIncludeTheLowerAndExcludeTheUpperBound(string attained, bool breached, int? band, int credit)
    {
        var result = EvaluateOne(AvailabilityContract, Attained("kpi-availability", decimal.Parse(attained, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.True(result.Evaluated);
        Assert.Equal(breached, result.Breached);
        Assert.Equal(!breached, result.MeetsTarget);
        Assert.Equal(band, result.CreditBandIndex);
        Assert.Equal(Percentage.FromPercent(credit), result.CreditPercentage);
    }

    [Theory]
    [InlineData("1200", true, false, null, 0)] // exactly the target
    [InlineData("1500", false, false, null, 0)] // above target, not beyond the breach threshold
    [InlineData("2000", false, false, null, 0)] // exactly at the threshold: no breach
    [InlineData("2000.1", false, true, 0, 5)] // "more than 2000 ms"
    [InlineData("4000", false, true, 0, 5)] // "no more than 4000 ms"
    [InlineData("4000.1", false, true, 1, 10)] // 15 % band, capped at 10 %
    public void Evaluate_LowerIsBetter_BreachIsAboveTheThreshold(string attained, bool meets, bool breached, int? band, int credit)
    {
        var result = EvaluateOne(LatencyContract, Attained("kpi-latency", decimal.Parse(attained, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(meets, result.MeetsTarget);
        Assert.Equal(breached, result.Breached);
        Assert.Equal(band, result.CreditBandIndex);
        Assert.Equal(Percentage.FromPercent(credit), result.CreditPercentage);
        Assert.Equal(2000m, result.BreachThreshold);
    }

    [Fact]
    public void Evaluate_CreditAboveTheCap_IsCappedAndSaysSo()
    {
        var result = EvaluateOne(LatencyContract, Attained("kpi-latency", 5000));

        Assert.Equal(15m, result.CreditBand!.Credit.Value);
        Assert.Equal(10m, result.CreditPercentage.Value);
        Assert.True(result.CreditCapApplied);
    }

    [Fact]
    public void Evaluate_ClaimWindow_GivesTheDeadlineFromThePeriodsLastDay()
    {
        // 31 March 2026 + 60 days = 30 May 2026
        Assert.Equal(new LocalDate(2026, 5, 30), EvaluateOne(AvailabilityContract, Attained("kpi-availability", 99.95m)).ClaimDeadline);
    }

    [Fact]
    public void Evaluate_GoodAndTotalEvents_GiveAPercentage()
    {
        // 998,950 of 1,000,000 = 99.895 %: breached, band 1
        var result = EvaluateOne(AvailabilityContract, new KpiMeasurement { KpiId = Id("kpi-availability"), GoodEvents = 998_950, TotalEvents = 1_000_000 });

        Assert.Equal(99.895m, result.Attained);
        Assert.Equal(10m, result.CreditPercentage.Value);
    }

    [Fact]
    public void Evaluate_ErrorRateFromCounts_IsLowerIsBetter()
    {
        var kpi = new KpiDefinition
        {
            Id = Id("kpi-errors"), Name = "Errors", Category = KpiCategory.Technical, Metric = KpiMetric.ErrorRate, Unit = KpiUnit.Percent,
            Direction = Direction.LowerIsBetter, Target = 0.5m, BreachThreshold = 1.0m,
        };
        var objective = new ServiceLevelObjective { Id = Id("slo-errors"), KpiId = kpi.Id, CreditBands = [Band(1.0m, 5.0m, 10), Band(5.0m, null, 25)] };

        // 1,200 failed of 100,000 = 1.2 %: in (1.0, 5.0]
        var result = EvaluateOne(SlaFixtures.Contract(kpi, objective), new KpiMeasurement { KpiId = kpi.Id, GoodEvents = 1_200, TotalEvents = 100_000 });

        Assert.Equal(1.2m, result.Attained);
        Assert.True(result.Breached);
        Assert.Equal(10m, result.CreditPercentage.Value);
    }

    [Theory]
    [InlineData(43, false)] // April 2026: 43,200 minutes; 43 down = 99.90046 %
    [InlineData(44, true)] // 44 down = 99.89815 %
    public void Evaluate_UptimeMinutes_CountsDownMinutesOverAllMinutes(int downMinutes, bool breached)
    {
        var contract = SlaFixtures.Contract(Availability(new AvailabilityDefinition { Method = AvailabilityMethod.UptimeMinutes, IntervalLength = Duration.FromMinutes(1), DowntimeErrorRate = Percentage.FromPercent(5) }), AvailabilityObjective);
        var outage = new DowntimeSpan { Start = Local(2026, 4, 15, 10), End = Local(2026, 4, 15, 10) + Duration.FromMinutes(downMinutes) };

        var result = EvaluateOne(contract, new KpiMeasurement { KpiId = Id("kpi-availability"), Downtime = [outage] }, April);

        Assert.Equal((43_200m - downMinutes) * 100m / 43_200m, result.Attained);
        Assert.Equal(breached, result.Breached);
        Assert.Equal(43_200, result.Availability!.Intervals);
        Assert.Equal(downMinutes, result.Availability.DownIntervals);
    }

    [Fact]
    public void Evaluate_AvailabilityWithNoOutagesListed_IsFullyAvailable()
    {
        var contract = SlaFixtures.Contract(Availability(new AvailabilityDefinition { Method = AvailabilityMethod.UptimeMinutes, DowntimeErrorRate = Percentage.FromPercent(5) }), AvailabilityObjective);

        var result = EvaluateOne(contract, new KpiMeasurement { KpiId = Id("kpi-availability") }, April);

        Assert.Equal(100m, result.Attained);
        Assert.False(result.Breached);
    }

    [Fact]
    public void Evaluate_UptimeMinutesInADaylightSavingMonth_CountsTheMinutesOfTheLocalMonth()
    {
        // March 2026 in Europe/Berlin loses an hour on 29 March: 31 x 1440 - 60 = 44,580 minutes.
        var contract = SlaFixtures.Contract(Availability(new AvailabilityDefinition { Method = AvailabilityMethod.UptimeMinutes, DowntimeErrorRate = Percentage.FromPercent(5) }), AvailabilityObjective);

        var result = EvaluateOne(contract, new KpiMeasurement { KpiId = Id("kpi-availability"), Downtime = [new DowntimeSpan { Start = Local(2026, 3, 2, 9), End = Local(2026, 3, 2, 9, 30) }] });

        Assert.Equal(44_580, result.Availability!.Intervals);
        Assert.Equal(44_550m * 100m / 44_580m, result.Attained);
    }

    [Fact]
    public void Evaluate_UptimeMinutesWithRequestCounts_AMinuteIsDownAboveTheErrorRate()
    {
        var contract = SlaFixtures.Contract(Availability(new AvailabilityDefinition { Method = AvailabilityMethod.UptimeMinutes, DowntimeErrorRate = Percentage.FromPercent(5) }), AvailabilityObjective);
        var start = Local(2026, 4, 1, 0);
        IntervalMeasurement Minute(int k, long requests, long failed) => new() { Start = start + Duration.FromMinutes(k), Requests = requests, FailedRequests = failed };

        // 5 % exactly is not down ("more than 5 %"); 6 % is; an empty minute counts as available by default.
        var result = EvaluateOne(contract, new KpiMeasurement { KpiId = Id("kpi-availability"), Intervals = [Minute(0, 100, 5), Minute(1, 100, 6), Minute(2, 0, 0)] }, April);

        Assert.Equal(1, result.Availability!.DownIntervals);
        Assert.Equal(43_199m * 100m / 43_200m, result.Attained);
    }

    [Fact]
    public void Evaluate_MaintenanceWindow_ExcludesDowntimeInsideItUpToItsCap()
    {
        var objective = AvailabilityObjective with
        {
            Exclusions = [new Exclusion
            {
                Kind = ExclusionKind.ScheduledMaintenance,
                MaintenanceWindow = new MaintenanceWindow { Day = IsoDayOfWeek.Sunday, Start = new LocalTime(2, 0), Length = Duration.FromHours(4) },
                MaximumPerPeriod = Duration.FromHours(4),
            }],
        };
        var contract = SlaFixtures.Contract(Availability(new AvailabilityDefinition { Method = AvailabilityMethod.UptimeMinutes, DowntimeErrorRate = Percentage.FromPercent(5) }), objective);
        var outages = new[]
        {
            new DowntimeSpan { Start = Local(2026, 4, 5, 2), End = Local(2026, 4, 5, 5) }, // Sunday, in the window: 3 h excluded
            new DowntimeSpan { Start = Local(2026, 4, 12, 2), End = Local(2026, 4, 12, 5) }, // Sunday: 1 h excluded, 2 h beyond the cap
            new DowntimeSpan { Start = Local(2026, 4, 14, 2), End = Local(2026, 4, 14, 3) }, // Tuesday: not in a window
        };

        var result = EvaluateOne(contract, new KpiMeasurement { KpiId = Id("kpi-availability"), Downtime = ValueArray.From(outages) }, April);

        // counted: 43,200 - 240 = 42,960 minutes; down: 120 + 60 = 180 minutes
        var applied = Assert.Single(result.Exclusions);
        Assert.Equal(Duration.FromHours(4), applied.Excluded);
        Assert.Equal(Duration.FromHours(2), applied.BeyondCap);
        Assert.Equal(240, result.Availability!.ExcludedIntervals);
        Assert.Equal(180, result.Availability.DownIntervals);
        Assert.Equal(42_780m * 100m / 42_960m, result.Attained);
    }

    [Fact]
    public void Evaluate_ExcludedCause_LeavesTheOutageOutButAnUnlistedCauseCounts()
    {
        var objective = AvailabilityObjective with { Exclusions = [new Exclusion { Kind = ExclusionKind.CustomerCaused }] };
        var contract = SlaFixtures.Contract(Availability(new AvailabilityDefinition { Method = AvailabilityMethod.UptimeMinutes, DowntimeErrorRate = Percentage.FromPercent(5) }), objective);
        var outages = new[]
        {
            new DowntimeSpan { Start = Local(2026, 4, 7, 10), End = Local(2026, 4, 7, 12), Cause = ExclusionKind.CustomerCaused },
            new DowntimeSpan { Start = Local(2026, 4, 8, 10), End = Local(2026, 4, 8, 10, 30), Cause = ExclusionKind.ForceMajeure },
        };

        var result = EvaluateOne(contract, new KpiMeasurement { KpiId = Id("kpi-availability"), Downtime = ValueArray.From(outages) }, April);

        Assert.Equal(Duration.FromHours(2), Assert.Single(result.Exclusions).Excluded);
        Assert.Equal((43_080m - 30m) * 100m / 43_080m, result.Attained);
    }

    [Theory]
    [InlineData("CountsAsAvailable", "99.98611111111111111111111111")] // 100 - 10/720
    [InlineData("CountsAsUnavailable", "0.125")] // 100 - (10 + 719 x 100)/720
    [InlineData("Excluded", "90")] // only the one interval with requests counts
    public void Evaluate_ErrorRateIntervals_AveragesIntervalErrorRatesByTheEmptyIntervalRule(string rule, string expected)
    {
        var definition = new AvailabilityDefinition
        {
            Method = AvailabilityMethod.ErrorRateIntervals, IntervalLength = Duration.FromHours(1), EmptyIntervals = EmptyIntervalRule.FromName(rule),
        };
        var contract = SlaFixtures.Contract(Availability(definition), AvailabilityObjective);
        var intervals = new[]
        {
            new IntervalMeasurement { Start = Local(2026, 4, 1, 0), Requests = 1_000, FailedRequests = 100 }, // 10 %
            new IntervalMeasurement { Start = Local(2026, 4, 1, 1), Requests = 0, FailedRequests = 0 }, // empty
        };

        var result = EvaluateOne(contract, new KpiMeasurement { KpiId = Id("kpi-availability"), Intervals = ValueArray.From(intervals) }, April);

        Assert.Equal(720, result.Availability!.Intervals); // 30 days x 24 hours
        Assert.Equal(719, result.Availability.EmptyIntervals);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Attained);
    }

    [Fact]
    public void Evaluate_WithUsage_ComputesTheCreditOnTheAffectedServicesFees()
    {
        var contract = AvailabilityContract with
        {
            AiSystems = [],
            Pricing = new PricingTerms
            {
                Currency = Currency.Eur,
                Meters = [Meter(PricingModel.PerUnit) with { UnitPrice = Eur(0.01m) }],
            },
        };

        var evaluation = SlaEvaluator.Evaluate(contract, Measure(March, Attained("kpi-availability", 99.5m)), Usage(123_456));

        // 123,456 x 0.01 = 1,234.56; 10 % = 123.456 -> 123.46
        var result = Assert.Single(evaluation.Objectives);
        Assert.Equal(CreditBase.AffectedServiceMonthlyFees, result.CreditBase);
        Assert.Equal(Eur(1234.56m), result.CreditBaseAmount);
        Assert.Equal(Eur(123.46m), result.CreditAmount);
    }

    [Fact]
    public void Calculate_WithAnEvaluationOfTheSamePeriod_AppliesTheCreditAsACreditLine()
    {
        var contract = AvailabilityContract with
        {
            Pricing = new PricingTerms { Currency = Currency.Eur, Meters = [Meter(PricingModel.PerUnit) with { UnitPrice = Eur(0.01m) }] },
        };
        var evaluation = SlaEvaluator.Evaluate(contract, Measure(March, Attained("kpi-availability", 98m)));

        var invoice = InvoiceCalculator.Calculate(contract, Usage(100_000), evaluation);

        // 1,000.00 charged; 25 % credit = -250.00
        Assert.Equal(Eur(-250m), Assert.Single(invoice.Lines, l => l.Kind == InvoiceLineKind.ServiceCredit).Amount);
        Assert.Equal(Eur(750m), invoice.Total);
    }

    [Fact]
    public void AssessChronicBreach_ThreeBreachesWithinSixMonths_OpensTheTerminationRight()
    {
        var objective = AvailabilityObjective with
        {
            ChronicBreach = new ChronicBreachTerms { Breaches = 3, WithinPeriods = 6, GrantsTerminationRight = true, ExerciseWindow = Period.FromDays(90) },
        };
        var contract = SlaFixtures.Contract(Availability(), objective);
        decimal[] months = [99.5m, 99.95m, 99.95m, 99.2m, 99.95m, 99.95m, 98.0m];
        var history = months.Select((value, i) => SlaEvaluator.Evaluate(contract, Measure(ComputationPeriod.Month(2026, 1 + i), Attained("kpi-availability", value)))).ToList();

        var status = Assert.Single(SlaEvaluator.AssessChronicBreach(contract, history).Objectives);

        // breaches in January, April and July: January to July is 7 periods, so the window of 6 holds only 2 ...
        Assert.False(status.IsChronic);
        Assert.Equal(2, status.BreachesInLatestWindow);

        // ... but a breach in June completes 3 (January, April, June) within the 6 periods January to June.
        history[5] = SlaEvaluator.Evaluate(contract, Measure(ComputationPeriod.Month(2026, 6), Attained("kpi-availability", 99.0m)));
        status = Assert.Single(SlaEvaluator.AssessChronicBreach(contract, history).Objectives);
        Assert.True(status.IsChronic);
        Assert.Equal(new LocalDate(2026, 6, 30), status.ChronicSince);
        Assert.True(status.TerminationRight);
        Assert.Equal(new LocalDate(2026, 9, 28), status.ExerciseDeadline); // 30 June + 90 days
    }

    [Fact]
    public void AssessChronicBreach_RightNotStatedOnTheObjective_ComesFromTheExitTerms()
    {
        var objective = AvailabilityObjective with { ChronicBreach = new ChronicBreachTerms { Breaches = 1, WithinPeriods = 1 } };
        var contract = SlaFixtures.Contract(Availability(), objective) with
        {
            Exit = new ExitTerms { TerminationRights = [new TerminationRight { Trigger = TerminationTrigger.ChronicSlaBreach, HeldBy = PartyRole.Customer }] },
        };
        var history = new[] { SlaEvaluator.Evaluate(contract, Measure(March, Attained("kpi-availability", 90m))) };

        var status = Assert.Single(SlaEvaluator.AssessChronicBreach(contract, history).Objectives);

        Assert.True(status.TerminationRight);
        Assert.Null(status.ExerciseDeadline);
    }

    [Theory]
    [InlineData("CalendarMonth", 2026, 3, 1, 2026, 3, 31, false)]
    [InlineData("CalendarMonth", 2026, 3, 1, 2026, 3, 15, true)]
    [InlineData("CalendarQuarter", 2026, 4, 1, 2026, 6, 30, false)]
    [InlineData("CalendarQuarter", 2026, 3, 1, 2026, 5, 31, true)]
    [InlineData("CalendarWeek", 2026, 3, 2, 2026, 3, 8, false)] // Monday to Sunday
    [InlineData("CalendarWeek", 2026, 3, 1, 2026, 3, 7, true)]
    [InlineData("CalendarDay", 2026, 3, 1, 2026, 3, 1, false)]
    public void Evaluate_PeriodAndWindow_WarnsWhenThePeriodIsNotTheKpisWindow(string window, int y1, int m1, int d1, int y2, int m2, int d2, bool warns)
    {
        var kpi = Availability() with { Window = new MeasurementWindow { Kind = WindowKind.FromName(window) } };
        var period = new ComputationPeriod { FirstDay = new LocalDate(y1, m1, d1), LastDay = new LocalDate(y2, m2, d2) };

        var evaluation = SlaEvaluator.Evaluate(SlaFixtures.Contract(kpi, AvailabilityObjective), Measure(period, Attained("kpi-availability", 99.95m)));

        Assert.Equal(warns, evaluation.Diagnostics.Any(d => d.Code == "AIC7017"));
        Assert.True(Assert.Single(evaluation.Objectives).Evaluated);
    }

    [Fact]
    public void Evaluate_RollingWindow_MatchesAPeriodOfItsLength()
    {
        var kpi = Availability() with { Window = new MeasurementWindow { Kind = WindowKind.Rolling, RollingPeriod = Period.FromDays(30) } };
        var period = new ComputationPeriod { FirstDay = new LocalDate(2026, 3, 2), LastDay = new LocalDate(2026, 3, 31) };

        var evaluation = SlaEvaluator.Evaluate(SlaFixtures.Contract(kpi, AvailabilityObjective), Measure(period, Attained("kpi-availability", 99.95m)));

        Assert.Empty(evaluation.Diagnostics);
    }

    [Fact]
    public void Evaluate_ObjectiveOnAnUndefinedKpi_IsAnIntegrityErrorAndNothingIsEvaluated()
    {
        var contract = SlaFixtures.Contract(Availability(), AvailabilityObjective with { KpiId = Id("kpi-missing") });

        var evaluation = SlaEvaluator.Evaluate(contract, Measure(March, Attained("kpi-availability", 90m)));

        Assert.Empty(evaluation.Objectives);
        var finding = Assert.Single(evaluation.Diagnostics);
        Assert.Equal(("AIC0202", "/serviceLevels/objectives/0/kpiId"), (finding.Code, finding.Pointer));
    }

    [Fact]
    public void Evaluate_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => SlaEvaluator.Evaluate(null!, Measure(March)));
        Assert.Throws<ArgumentNullException>(() => SlaEvaluator.Evaluate(AvailabilityContract, null!));
        Assert.Throws<ArgumentNullException>(() => SlaEvaluator.AssessChronicBreach(AvailabilityContract, null!));
    }
}

using AiContracts.Domain.Computations;
using AiContracts.Domain.Computations.ExitDates;
using AiContracts.Domain.Computations.Invoicing;
using AiContracts.Domain.Computations.ServiceCredits;
using AiContracts.Domain.Exit;
using AiContracts.Domain.Pricing;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.ServiceLevels;
using AiContracts.Domain.Validation;
using CsCheck;
using NodaTime;
using static AiContracts.Domain.Tests.Computations.Fixtures;
using static AiContracts.Domain.Tests.Computations.SlaFixtures;

namespace AiContracts.Domain.Tests.Computations;

/// <summary>
/// Integrity is not policy: a contract that validates computes, and a calculator never returns a number from a contract
/// with integrity errors. Each of these once threw or returned a wrong number (issue 10).
/// </summary>
public sealed class IntegrityTests
{
    private static readonly Meter PerUnitMeter = Meter(PricingModel.PerUnit) with { UnitPrice = Eur(0.01m) };

    private static readonly AiContract Priced = SlaFixtures.Contract(Availability(), AvailabilityObjective) with
    {
        Pricing = new PricingTerms { Currency = Currency.Eur, Meters = [PerUnitMeter] },
        Exit = new ExitTerms { TerminationRights = [new TerminationRight { Trigger = TerminationTrigger.Convenience, HeldBy = PartyRole.Either, Notice = Period.FromDays(30) }] },
    };

    private static readonly TerminationNotice Notice = new() { NoticeDate = new LocalDate(2026, 6, 1), Trigger = TerminationTrigger.Convenience };

    [Fact]
    public void A_claim_window_in_whole_days_of_hours_gives_a_deadline_in_days()
    {
        var contract = Priced with { ServiceLevels = Priced.ServiceLevels! with { Objectives = [AvailabilityObjective with { ClaimWindow = Period.FromHours(72) }] } };

        var result = EvaluateOne(contract, Attained("kpi-availability", 99.5m));

        Assert.Equal(new LocalDate(2026, 4, 3), result.ClaimDeadline);
        Assert.Equal(10m, result.CreditPercentage.Value);
    }

    [Fact]
    public void A_rolling_window_in_hours_matches_a_period_of_as_many_days()
    {
        var kpi = Availability() with { Window = new MeasurementWindow { Kind = WindowKind.Rolling, RollingPeriod = Period.FromHours(720) } };
        var period = new ComputationPeriod { FirstDay = new LocalDate(2026, 3, 1), LastDay = new LocalDate(2026, 3, 30) };

        var evaluation = SlaEvaluator.Evaluate(SlaFixtures.Contract(kpi, AvailabilityObjective), Measure(period, Attained("kpi-availability", 99.95m)));

        Assert.Empty(evaluation.Diagnostics);
        Assert.True(Assert.Single(evaluation.Objectives).Evaluated);
    }

    [Fact]
    public void An_initial_term_in_hours_is_as_many_days()
    {
        var contract = Priced with { Term = new ContractTerm { InitialTerm = Period.FromHours(24 * 365) } };

        var invoice = InvoiceCalculator.Calculate(contract, Usage(100));
        var timeline = ExitTimelineCalculator.Calculate(contract, Notice);

        Assert.Equal(Eur(1m), invoice.Total);
        Assert.Equal(new LocalDate(2026, 7, 1), timeline.EffectiveTerminationDate);
    }

    [Theory]
    [InlineData("claim", "/serviceLevels/objectives/0/claimWindow")]
    [InlineData("rolling", "/serviceLevels/kpis/0/window/rollingPeriod")]
    [InlineData("term", "/term/initialTerm")]
    [InlineData("notice", "/exit/terminationRights/0/notice")]
    public void A_period_with_a_partial_day_is_an_integrity_error_and_no_calculator_computes(string where, string pointer)
    {
        var partial = Period.FromHours(36);
        var contract = where switch
        {
            "claim" => Priced with { ServiceLevels = Priced.ServiceLevels! with { Objectives = [AvailabilityObjective with { ClaimWindow = partial }] } },
            "rolling" => Priced with { ServiceLevels = Priced.ServiceLevels! with { Kpis = [Availability() with { Window = new MeasurementWindow { Kind = WindowKind.Rolling, RollingPeriod = partial } }] } },
            "term" => Priced with { Term = new ContractTerm { InitialTerm = partial } },
            _ => Priced with { Exit = new ExitTerms { TerminationRights = [Priced.Exit!.TerminationRights[0] with { Notice = partial }] } },
        };

        AssertRefused(contract, "AIC0203", pointer);
    }

    [Fact]
    public void A_renewal_period_of_int_max_days_is_an_integrity_error_not_an_overflow()
    {
        var contract = Priced with
        {
            Term = new ContractTerm { InitialTerm = Period.FromYears(1), Renewal = new RenewalTerms { Kind = RenewalKind.Automatic, RenewalPeriod = Period.FromDays(int.MaxValue), MaxRenewals = 3 } },
        };

        AssertRefused(contract, "AIC0203", "/term/renewal/renewalPeriod");
    }

    [Theory]
    [InlineData(99)] // shorter than a tick: once a DivideByZeroException
    [InlineData(0)]
    [InlineData(-60_000_000_000)]
    public void An_availability_interval_shorter_than_a_second_is_an_integrity_error(long nanoseconds)
    {
        var kpi = Availability(new AvailabilityDefinition { Method = AvailabilityMethod.UptimeMinutes, IntervalLength = Duration.FromNanoseconds(nanoseconds) });
        var contract = Priced with { ServiceLevels = Priced.ServiceLevels! with { Kpis = [kpi] } };

        AssertRefused(contract, "AIC0204", "/serviceLevels/kpis/0/availabilityDefinition/intervalLength");
        var outage = new KpiMeasurement { KpiId = Id("kpi-availability"), Downtime = [new DowntimeSpan { Start = Local(2026, 3, 2, 10), End = Local(2026, 3, 2, 11) }] };
        Assert.Empty(SlaEvaluator.Evaluate(contract, Measure(March, outage)).Objectives);
    }

    /// <summary>Each integrity check of a format 1.1 service-level term: the change that breaks it, the code and the pointer.</summary>
    public static TheoryData<string, string, string> BrokenOneOneTerms() => new()
    {
        { "negative downtime run", "AIC0204", "/serviceLevels/kpis/0/availabilityDefinition/minimumDowntimeRun" },
        { "negative minimum request volume", "AIC0204", "/serviceLevels/kpis/0/availabilityDefinition/minimumRequests" },
        { "zero repeated-error window", "AIC0204", "/serviceLevels/kpis/0/availabilityDefinition/repeatedErrorWindow" },
        { "negative minimum credit", "AIC0204", "/serviceLevels/objectives/0/minimumCredit/amount" },
        { "negative maximum per claim", "AIC0204", "/serviceLevels/objectives/0/maximumCreditPerClaim/amount" },
        { "minimum above maximum", "AIC0205", "/serviceLevels/objectives/0/minimumCredit" },
        { "minimum credit in another currency", "AIC0206", "/serviceLevels/objectives/0/minimumCredit/currency" },
        { "downtime run on error rates", "AIC0207", "/serviceLevels/kpis/0/availabilityDefinition/minimumDowntimeRun" },
        { "request minimum on outages only", "AIC0207", "/serviceLevels/kpis/0/availabilityDefinition/minimumRequests" },
        { "repeated-error window on outages only", "AIC0207", "/serviceLevels/kpis/0/availabilityDefinition/repeatedErrorWindow" },
    };

    [Theory]
    [MemberData(nameof(BrokenOneOneTerms))]
    public void A_broken_format_one_one_term_is_an_integrity_error_every_calculator_refuses(string change, string code, string pointer)
    {
        var rates = new AvailabilityDefinition { Method = AvailabilityMethod.UptimeMinutes, DowntimeErrorRate = Percentage.FromPercent(5) };
        var outagesOnly = new AvailabilityDefinition { Method = AvailabilityMethod.UptimeMinutes };
        var (definition, objective) = change switch
        {
            "negative downtime run" => (rates with { MinimumDowntimeRun = Duration.FromMinutes(-5) }, AvailabilityObjective),
            "negative minimum request volume" => (rates with { MinimumRequests = -1 }, AvailabilityObjective),
            "zero repeated-error window" => (rates with { RepeatedErrorWindow = Duration.Zero }, AvailabilityObjective),
            "negative minimum credit" => (rates, AvailabilityObjective with { MinimumCredit = Eur(-1m) }),
            "negative maximum per claim" => (rates, AvailabilityObjective with { MaximumCreditPerClaim = Eur(-1m) }),
            "minimum above maximum" => (rates, AvailabilityObjective with { MinimumCredit = Eur(10m), MaximumCreditPerClaim = Eur(5m) }),
            "minimum credit in another currency" => (rates, AvailabilityObjective with { MinimumCredit = new Money(1m, Currency.Usd) }),
            "downtime run on error rates" => (new AvailabilityDefinition { Method = AvailabilityMethod.ErrorRateIntervals, MinimumDowntimeRun = Duration.FromMinutes(5) }, AvailabilityObjective),
            "request minimum on outages only" => (outagesOnly with { MinimumRequests = 100 }, AvailabilityObjective),
            _ => (outagesOnly with { RepeatedErrorWindow = Duration.FromSeconds(1) }, AvailabilityObjective),
        };
        var contract = Priced with { ServiceLevels = new ServiceLevelTerms { Kpis = [Availability(definition)], Objectives = [objective] } };

        AssertRefused(contract, code, pointer);
        Assert.Contains(code, ContractIntegrity.Codes);
    }

    [Fact]
    public void Format_one_one_terms_in_range_are_no_integrity_error()
    {
        var definition = new AvailabilityDefinition
        {
            Method = AvailabilityMethod.UptimeMinutes, DowntimeErrorRate = Percentage.FromPercent(5), MinimumDowntimeRun = Duration.Zero, MinimumRequests = 0,
            RepeatedErrorWindow = Duration.FromSeconds(1), PartialMinutes = PartialMinuteRule.Exact,
        };
        var objective = AvailabilityObjective with { MinimumCredit = Eur(5m), MaximumCreditPerClaim = Eur(5m) };
        var contract = Priced with { ServiceLevels = new ServiceLevelTerms { Kpis = [Availability(definition)], Objectives = [objective], HighestCreditOnly = true } };

        Assert.Empty(ContractIntegrity.Check(contract).Diagnostics);
    }

    [Fact]
    public void Overlapping_credit_bands_are_reported_without_a_playbook_and_evaluate_returns_no_band()
    {
        // [95, 99.9) 10 % overlaps [99, ...): before, evaluate picked the first band that matched, with no diagnostic.
        var objective = AvailabilityObjective with { CreditBands = [Band(95.0m, 99.9m, 10), Band(null, 99.0m, 25)] };
        var contract = Priced with { ServiceLevels = Priced.ServiceLevels! with { Objectives = [objective] } };

        var report = Playbook.None.CreateValidator().Validate(contract);
        var evaluation = SlaEvaluator.Evaluate(contract, Measure(March, Attained("kpi-availability", 97m)));

        Assert.Contains(report.Diagnostics, d => d.Code == "AIC1010");
        Assert.False(report.IsValid);
        Assert.Empty(evaluation.Objectives);
        Assert.Contains(evaluation.Diagnostics, d => d.Code == "AIC1010");
    }

    [Fact]
    public void A_playbook_cannot_lower_an_integrity_error()
    {
        var contract = Priced with { ServiceLevels = Priced.ServiceLevels! with { Objectives = [AvailabilityObjective with { KpiId = Id("kpi-nope") }] } };
        var lenient = Playbook.None with { Severities = [new SeverityOverride { Code = "AIC0202", Severity = Diagnostics.DiagnosticSeverity.Info }] };

        var finding = Assert.Single(lenient.CreateValidator().Validate(contract).Diagnostics);

        Assert.Equal(("AIC0202", Diagnostics.DiagnosticSeverity.Error), (finding.Code, finding.Severity));
    }

    [Fact]
    public void The_baseline_reports_an_integrity_finding_once()
    {
        var contract = Priced with { ServiceLevels = Priced.ServiceLevels! with { Objectives = [AvailabilityObjective with { KpiId = Id("kpi-nope") }] } };

        var findings = Playbook.Strict.CreateValidator().Validate(contract).Diagnostics;

        Assert.Single(findings, d => d.Code == "AIC0202");
    }

    [Fact]
    public void Integrity_codes_are_in_the_catalogue_and_errors()
    {
        Assert.All(ContractIntegrity.Codes, code => Assert.Equal(Diagnostics.DiagnosticSeverity.Error, Diagnostics.DiagnosticCatalogue.Get(code).DefaultSeverity));
    }

    [Fact]
    public void Computation_findings_are_capped_like_validation_findings()
    {
        var measurements = Enumerable.Range(0, 100_000).Select(i => Attained($"kpi-{i}", 99m)).Append(Attained("kpi-availability", 99.95m)).ToArray();

        var evaluation = SlaEvaluator.Evaluate(Priced, Measure(March, measurements));

        Assert.Equal(1000, evaluation.Diagnostics.Count);
        Assert.Equal("AIC0004", evaluation.Diagnostics[^1].Code);
        Assert.True(Assert.Single(evaluation.Objectives).Evaluated);
    }

    /// <summary>Every period shape the schema allows (PnYnMnWnDTnHnMnS, each part 0 to its type's maximum), and what C# can build beyond it.</summary>
    internal static readonly Gen<Period> Periods =
        Gen.Select(IntPart(), IntPart(), IntPart(), IntPart(), LongPart(), LongPart(), LongPart(), Gen.Int[0, 9])
            .Select((y, mo, w, d, h, mi, s, shape) => shape switch
            {
                0 => Period.FromYears(y % 30),
                1 => Period.FromDays(d),
                2 => Period.FromHours(h),
                3 => Period.FromHours(24 * (h % 10_000)),
                4 => new PeriodBuilder { Hours = h % 100, Minutes = mi % 100, Seconds = s % 100 }.Build(),
                5 => Period.FromNanoseconds(s),
                6 => new PeriodBuilder { Years = -(y % 5), Days = d % 40 }.Build(),
                _ => new PeriodBuilder { Years = y, Months = mo, Weeks = w, Days = d, Hours = h, Minutes = mi, Seconds = s }.Build(),
            });

    private static Gen<int> IntPart() => Gen.OneOf(Gen.Const(0), Gen.Int[0, 40], Gen.Int[0, int.MaxValue], Gen.Const(int.MaxValue));

    private static Gen<long> LongPart() => Gen.OneOf(Gen.Const(0L), Gen.Long[0, 100], Gen.Long[0, 1_000].Select(x => x * 24), Gen.Long[0, long.MaxValue], Gen.Const(long.MaxValue));

    private static readonly Gen<Duration> Durations = Gen.OneOf(
        Gen.Long[-1_000, 1_000].Select(Duration.FromNanoseconds),
        Gen.Long[-100, 10_000].Select(Duration.FromSeconds),
        Gen.Const(Duration.FromMinutes(1)),
        Gen.Const(Duration.MaxValue),
        Gen.Const(Duration.MinValue));

    /// <summary>Dates from the whole calendar, with the edges.</summary>
    private static readonly Gen<LocalDate> Dates = Gen.OneOf(
        Gen.Int[-5_000, 5_000].Select(d => new LocalDate(2026, 3, 1).PlusDays(d)),
        Gen.Const(new LocalDate(9999, 12, 1)),
        Gen.Const(new LocalDate(9999, 12, 31)),
        Gen.Const(new LocalDate(-9998, 1, 1)));

    [Fact]
    public void Every_calculator_over_generated_periods_gives_a_result_or_diagnostics_and_never_a_number_with_integrity_errors() =>
        Gen.Select(Gen.Select(Periods, Periods, Periods, Periods), Gen.Select(Periods, Periods, Periods), Durations, Gen.Select(Dates, Gen.Int[0, 400], Gen.Int[0, 20]))
            .Sample((a, b, interval, when) =>
            {
                var (term, renewal, claim, rolling) = a;
                var (notice, exercisable, deadline) = b;
                var (first, length, renewals) = when;
                var kpi = Availability(new AvailabilityDefinition { Method = AvailabilityMethod.UptimeMinutes, IntervalLength = interval })
                    with { Window = new MeasurementWindow { Kind = WindowKind.Rolling, RollingPeriod = rolling } };
                var contract = Priced with
                {
                    Term = new ContractTerm { InitialTerm = term, Renewal = new RenewalTerms { Kind = RenewalKind.Automatic, RenewalPeriod = renewal, MaxRenewals = renewals } },
                    ServiceLevels = new ServiceLevelTerms
                    {
                        Kpis = [kpi],
                        Objectives = [AvailabilityObjective with { ClaimWindow = claim, ChronicBreach = new ChronicBreachTerms { Breaches = 1, WithinPeriods = 2, ExerciseWindow = deadline } }],
                    },
                    Exit = new ExitTerms
                    {
                        TerminationRights = [new TerminationRight { Trigger = TerminationTrigger.Convenience, HeldBy = PartyRole.Either, Notice = notice, ExercisableAfter = exercisable }],
                        DataPortability = new DataPortability { Deadline = deadline },
                        PostExitDeletion = new DataProcessing.DeletionTerms { Deadline = deadline },
                    },
                };
                var last = first.PlusDays(Math.Min(length, Period.Between(first, new LocalDate(9999, 12, 31), PeriodUnits.Days).Days));
                var period = new ComputationPeriod { FirstDay = first, LastDay = last };
                var outage = new KpiMeasurement { KpiId = Id("kpi-availability"), Downtime = [new DowntimeSpan { Start = Local(2026, 3, 2, 10), End = Local(2026, 3, 2, 11) }] };
                var usage = new UsageStatement { Period = period, Meters = [new MeterUsage { MeterId = Id("m"), Quantity = 100 }] };
                var broken = !ContractIntegrity.Check(contract).IsValid;

                var evaluation = SlaEvaluator.Evaluate(contract, Measure(period, outage), usage);
                var invoice = InvoiceCalculator.Calculate(contract, usage, evaluation);
                var timeline = ExitTimelineCalculator.Calculate(contract, new TerminationNotice { NoticeDate = first, Trigger = TerminationTrigger.Convenience });
                var chronic = SlaEvaluator.AssessChronicBreach(contract, [evaluation]);

                Assert.True(evaluation.Objectives.Count > 0 || evaluation.Diagnostics.Count > 0);
                Assert.True(invoice.Total is not null || invoice.Diagnostics.Count > 0);
                Assert.True(timeline.EffectiveTerminationDate is not null || timeline.Diagnostics.Count > 0);
                if (broken)
                {
                    Assert.Empty(evaluation.Objectives);
                    Assert.Null(invoice.Total);
                    Assert.Null(timeline.EffectiveTerminationDate);
                    Assert.Empty(chronic.Objectives);
                }
            }, iter: 3_000);

    private static void AssertRefused(AiContract contract, string code, string pointer)
    {
        var report = Playbook.None.CreateValidator().Validate(contract);
        var evaluation = SlaEvaluator.Evaluate(contract, Measure(March, Attained("kpi-availability", 99.5m)));
        var invoice = InvoiceCalculator.Calculate(contract, Usage(100));
        var timeline = ExitTimelineCalculator.Calculate(contract, Notice);

        Assert.Contains(report.Diagnostics, d => (d.Code, d.Pointer) == (code, pointer));
        Assert.Empty(evaluation.Objectives);
        Assert.Null(invoice.Total);
        Assert.Null(timeline.EffectiveTerminationDate);
        Assert.All([evaluation.Diagnostics, invoice.Diagnostics, timeline.Diagnostics], findings => Assert.Contains(findings, d => (d.Code, d.Pointer) == (code, pointer)));
    }
}

using AiContracts.Domain.Computations;
using AiContracts.Domain.Computations.ExitDates;
using AiContracts.Domain.Computations.Invoicing;
using AiContracts.Domain.Computations.ServiceCredits;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Exit;
using AiContracts.Domain.Pricing;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.ServiceLevels;
using CsCheck;
using NodaTime;
using static AiContracts.Domain.Tests.Computations.Fixtures;
using static AiContracts.Domain.Tests.Computations.SlaFixtures;

namespace AiContracts.Domain.Tests.Computations;

/// <summary>Bad input gives a finding with a code of the catalogue, never a wrong number or an exception; every AIC7xxx code has a fixture here.</summary>
public sealed class ComputationDiagnosticsTests
{
    private static readonly Meter PerUnitMeter = Meter(PricingModel.PerUnit) with { UnitPrice = Eur(0.01m) };

    private static readonly AiContract Priced = SlaFixtures.Contract(Availability(), AvailabilityObjective) with
    {
        Pricing = new PricingTerms { Currency = Currency.Eur, Meters = [PerUnitMeter] },
    };

    /// <summary>A contract with one rate card: input with cached tokens counted inside it, a request tier above 1,000 input tokens, and a price version from 15 March 2026.</summary>
    private static readonly AiContract Carded = Priced with
    {
        Pricing = Priced.Pricing! with
        {
            RateCards =
            [
                new RateCard
                {
                    Id = Id("card"),
                    Name = "Card",
                    Counters = [new UsageCounter { Id = Id("input"), Name = "Input" }, new UsageCounter { Id = Id("cached"), Name = "Cached", ContainedIn = Id("input") }],
                    Prices = [new CounterPrice { Counter = Id("input"), Price = Eur(1m), Per = 1000m }, new CounterPrice { Counter = Id("cached"), Price = Eur(0.1m), Per = 1000m }],
                    RequestSize = [Id("input")],
                    RequestTiers = [new RequestTier { Id = Id("small") }, new RequestTier { Id = Id("large"), Above = 1000 }],
                    PriceVersions = [new PriceVersion { EffectiveFrom = new LocalDate(2026, 3, 15), Prices = [new CounterPrice { Counter = Id("input"), Price = Eur(2m), Per = 1000m }] }],
                },
            ],
        },
    };

    private static readonly Instant InMarch = Instant.FromUtc(2026, 3, 10, 12, 0);

    /// <summary>A contract with one reservation of at least 15 units in steps of 5, at 1 EUR per unit-hour.</summary>
    private static readonly AiContract Reserved = Priced with
    {
        Pricing = Priced.Pricing! with
        {
            Reservations = [new CapacityReservation { Id = Id("ptu"), Name = "PTU", MinimumUnits = 15, UnitStep = 5, Rates = [new ReservationRate { Term = CommitmentTerm.Hourly, Price = Eur(1m) }] }],
        },
    };

    private static UsageStatement Deployed(string reservation, int units) => new()
    {
        Period = March,
        Reservations = [new ReservationUsage { Reservation = Id(reservation), Units = units, Start = InMarch }],
    };

    private static UsageStatement Record(Instant? at, decimal input = 500, decimal cached = 0, string card = "card", long? requests = null) => new()
    {
        Period = March,
        Records = [new UsageRecord { RateCard = Id(card), At = at, Requests = requests, Counters = [new CounterQuantity { Counter = Id("input"), Quantity = input }, new CounterQuantity { Counter = Id("cached"), Quantity = cached }] }],
    };

    /// <summary>A fixture per code: the findings of a computation over input that should raise it.</summary>
    private static readonly Dictionary<string, Func<IEnumerable<Diagnostic>>> ByCode = new()
    {
        ["AIC7001"] = () => Sla(Priced, Attained("kpi-availability", 99.95m), Attained("kpi-uptime", 99.5m)),
        ["AIC7002"] = () => SlaEvaluator.Evaluate(Priced, Measure(ComputationPeriod.Month(2025, 12), Attained("kpi-availability", 99m))).Diagnostics,
        ["AIC7003"] = () => Invoice(Priced, Usage(-5)),
        ["AIC7004"] = () => Sla(Priced, new KpiMeasurement { KpiId = Id("kpi-availability"), GoodEvents = 1_200, TotalEvents = 1_000 }),
        ["AIC7005"] = () => Invoice(Priced, Usage(10, "meter-nope")),
        ["AIC7006"] = () => Invoice(Priced, Usage(10) with { PrepaidBalance = new Money(5m, Currency.Usd) }),
        ["AIC7007"] = () => SlaEvaluator.Evaluate(Priced, Measure(March)).Diagnostics,
        ["AIC7008"] = () => Invoice(WithMeter(Meter(PricingModel.PerUnit)), Usage(10)),
        ["AIC7009"] = () => Sla(SlaFixtures.Contract(Availability() with { Direction = null }, AvailabilityObjective), Attained("kpi-availability", 99m)),
        ["AIC7010"] = () => SlaEvaluator.Evaluate(Priced with { ServiceLevels = Priced.ServiceLevels! with { Objectives = [AvailabilityObjective with { CreditBase = CreditBase.AnnualFees }] } },
            Measure(March, Attained("kpi-availability", 99m)), Usage(10)).Diagnostics,
        ["AIC7011"] = () => Invoice(WithMeter(PerUnitMeter with { Cap = new UsageCap { Quantity = 5, Behaviour = CapBehaviour.Throttled } }), Usage(10)),
        ["AIC7012"] = () => Sla(Priced, Attained("kpi-availability", 100.5m)),
        ["AIC7013"] = () => Invoice(Fixtures.Contract(), Usage(10)),
        ["AIC7014"] = () => Invoice(Priced, Usage(10) with { Period = new ComputationPeriod { FirstDay = new LocalDate(2026, 3, 31), LastDay = new LocalDate(2026, 3, 1) } }),
        ["AIC7015"] = () => Invoice(Priced, Usage(10) with { Meters = [new MeterUsage { MeterId = Id("m"), Quantity = 1 }, new MeterUsage { MeterId = Id("m"), Quantity = 2 }] }),
        ["AIC7016"] = () => Invoice(WithMeter(Meter(PricingModel.PerUnit) with { UnitPrice = Eur(2m) }), Usage(decimal.MaxValue)),
        ["AIC7017"] = () => SlaEvaluator.Evaluate(Priced, Measure(new ComputationPeriod { FirstDay = new LocalDate(2026, 3, 1), LastDay = new LocalDate(2026, 3, 15) }, Attained("kpi-availability", 99m))).Diagnostics,
        ["AIC7018"] = () => ExitTimelineCalculator.Calculate(
            Priced with { Exit = new ExitTerms { TerminationRights = [new TerminationRight { Trigger = TerminationTrigger.Convenience, HeldBy = PartyRole.Customer, ExercisableAfter = Period.FromMonths(12) }] } },
            new TerminationNotice { NoticeDate = new LocalDate(2026, 6, 1), Trigger = TerminationTrigger.Convenience }).Diagnostics,
        ["AIC7020"] = () => ExitTimelineCalculator.Calculate(
            Priced with
            {
                Exit = new ExitTerms
                {
                    TerminationRights = [new TerminationRight { Trigger = TerminationTrigger.Convenience, HeldBy = PartyRole.Customer }],
                    TransitionAssistance = new TransitionAssistance { Duration = Period.FromYears(9000) },
                },
            },
            new TerminationNotice { NoticeDate = new LocalDate(2026, 6, 1), Trigger = TerminationTrigger.Convenience }).Diagnostics,
        ["AIC7021"] = () => Invoice(Priced with { Pricing = Priced.Pricing! with { BillingPeriod = BillingPeriod.Quarterly } }, Usage(10)),
        ["AIC7030"] = () => Invoice(WithMeter(Meter(PricingModel.PercentageOfAmount) with { TransactionFee = new TransactionFee { Rate = Percentage.FromPercent(1m) } }),
            Usage(2) with { Meters = [new MeterUsage { MeterId = Id("m"), Quantity = 2, Events = [new UsageEvent { Amount = Eur(10m) }] }] }),
        ["AIC7031"] = () => Invoice(Priced, Usage(1) with { Meters = [new MeterUsage { MeterId = Id("m"), Quantity = 1, Events = [new UsageEvent { Amount = Eur(10m) }] }] }),
        ["AIC7032"] = () => Invoice(Carded, Record(at: InMarch, card: "nope")),
        ["AIC7033"] = () => Invoice(Carded, Record(at: InMarch, requests: 5)),
        ["AIC7034"] = () => Invoice(Carded, Record(at: null)),
        ["AIC7035"] = () => Invoice(Carded, Record(at: InMarch, input: 100, cached: 200)),
        ["AIC7036"] = () => Invoice(Carded, Record(at: Instant.FromUtc(2026, 4, 1, 12, 0))),
        ["AIC7037"] = () => Invoice(Carded, Record(at: InMarch, requests: 0)),
        ["AIC7038"] = () => Invoice(Reserved, Deployed("ptu", 17)),
        ["AIC7039"] = () => Invoice(Reserved, Deployed("nope", 15)),
        ["AIC7019"] = () => Invoice(Priced with { Pricing = Priced.Pricing! with { BillingPeriod = BillingPeriod.Monthly, MinimumCommitment = new MinimumCommitment { Amount = Eur(72_000m), Per = BillingPeriod.Annually } } }, Usage(10)),
        ["AIC7022"] = () => Sla(ErrorRates(null), FailingMinute(1, Local(2026, 3, 2, 10))),
        ["AIC7023"] = () => Sla(ErrorRates(Duration.FromSeconds(1)), FailingMinute(2, Local(2026, 3, 2, 10))),
        ["AIC7024"] = () => Sla(ErrorRates(Duration.FromSeconds(1)), FailingMinute(0, Local(2026, 3, 2, 10))),
    };

    /// <summary>Availability by error rates over minutes, counting a client's repeated errors once within the window when one is given.</summary>
    private static AiContract ErrorRates(Duration? repeatedErrorWindow) => SlaFixtures.Contract(
        Availability(new AvailabilityDefinition { Method = AvailabilityMethod.ErrorRateIntervals, RepeatedErrorWindow = repeatedErrorWindow }), AvailabilityObjective);

    /// <summary>One minute of 100 requests with some failed, and failures of client "app-1" at the given instants.</summary>
    private static KpiMeasurement FailingMinute(long failed, params Instant[] failures) => new()
    {
        KpiId = Id("kpi-availability"),
        Intervals = [new IntervalMeasurement { Start = Local(2026, 3, 2, 10), Requests = 100, FailedRequests = failed }],
        ClientFailures = ValueArray.From(failures.Select(at => new ClientFailure { Client = "app-1", At = at })),
    };

    public static TheoryData<string> Codes => [.. ByCode.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Fixture_BadInput_EmitsItsCodeWithACatalogueMessage(string code)
    {
        var findings = ByCode[code]().ToList();

        var finding = Assert.Single(findings, d => d.Code == code);
        var descriptor = DiagnosticCatalogue.Get(code);
        Assert.Equal(descriptor.DefaultSeverity, finding.Severity);
        Assert.StartsWith("/", finding.Pointer, StringComparison.Ordinal);
        Assert.DoesNotContain("{", finding.Message, StringComparison.Ordinal);
        Assert.Contains(finding.Rule, new[] { "sla-evaluation", "invoicing", "exit-timeline" });
    }

    /// <summary>The document each code's fixture finding is about: an input file, or the contract its pointer points into.</summary>
    private static readonly Dictionary<string, DocumentKind> Documents = new()
    {
        ["AIC7001"] = DocumentKind.Measurements, ["AIC7002"] = DocumentKind.Measurements, ["AIC7003"] = DocumentKind.Usage,
        ["AIC7004"] = DocumentKind.Measurements, ["AIC7005"] = DocumentKind.Usage, ["AIC7006"] = DocumentKind.Usage,
        ["AIC7007"] = DocumentKind.Measurements, ["AIC7008"] = DocumentKind.Contract, ["AIC7009"] = DocumentKind.Contract,
        ["AIC7010"] = DocumentKind.Contract, ["AIC7011"] = DocumentKind.Contract, ["AIC7012"] = DocumentKind.Measurements,
        ["AIC7013"] = DocumentKind.Contract, ["AIC7014"] = DocumentKind.Usage, ["AIC7015"] = DocumentKind.Usage,
        ["AIC7016"] = DocumentKind.Contract, ["AIC7017"] = DocumentKind.Measurements, ["AIC7018"] = DocumentKind.Contract,
        ["AIC7019"] = DocumentKind.Contract, ["AIC7020"] = DocumentKind.Contract, ["AIC7021"] = DocumentKind.Usage,
        ["AIC7022"] = DocumentKind.Measurements, ["AIC7023"] = DocumentKind.Measurements, ["AIC7024"] = DocumentKind.Measurements,
        ["AIC7030"] = DocumentKind.Usage, ["AIC7031"] = DocumentKind.Usage, ["AIC7032"] = DocumentKind.Usage, ["AIC7033"] = DocumentKind.Usage,
        ["AIC7034"] = DocumentKind.Usage, ["AIC7035"] = DocumentKind.Usage, ["AIC7036"] = DocumentKind.Usage, ["AIC7037"] = DocumentKind.Usage,
        ["AIC7038"] = DocumentKind.Usage, ["AIC7039"] = DocumentKind.Usage,
    };


    [Theory]
    [MemberData(nameof(Codes))]
    public void Fixture_Finding_SaysWhichDocumentItIsAbout(string code)
    {
        var finding = Assert.Single(ByCode[code](), d => d.Code == code);

        Assert.Equal(Documents[code], finding.Document);
    }

    [Fact]
    public void Calculate_FindingsAboutTheUsageAndAboutTheContract_AreToldApart()
    {
        var capped = WithMeter(PerUnitMeter with { Cap = new UsageCap { Quantity = 5, Behaviour = CapBehaviour.Throttled } });

        var invoice = InvoiceCalculator.Calculate(capped, Usage(10) with { Meters = [new MeterUsage { MeterId = Id("m"), Quantity = 10 }, new MeterUsage { MeterId = Id("meter-nope"), Quantity = 1 }] });

        Assert.Contains(invoice.Diagnostics, d => (d.Code, d.Document) == ("AIC7011", DocumentKind.Contract));
        Assert.Contains(invoice.Diagnostics, d => (d.Code, d.Pointer, d.Document) == ("AIC7005", "/meters/1/meterId", DocumentKind.Usage));
    }

    [Fact]
    public void Catalogue_EveryComputationCode_HasAFixtureThatEmitsIt()
    {
        var codes = DiagnosticCatalogue.All.Select(d => d.Code).Where(c => c.StartsWith("AIC7", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(codes);
        Assert.Equal(codes, ByCode.Keys.Order(StringComparer.Ordinal));
        Assert.All(codes, code => Assert.Contains(ByCode[code](), d => d.Code == code));
    }

    [Fact]
    public void Calculate_BadUsage_LeavesTheMeterOutRatherThanBillingItWrongly()
    {
        var invoice = InvoiceCalculator.Calculate(Priced, Usage(-5));

        Assert.False(invoice.IsComplete);
        Assert.Empty(invoice.Lines);
        Assert.Equal(Eur(0m), invoice.Total);
    }

    [Fact]
    public void Evaluate_BadCounts_LeavesTheObjectiveUnevaluated()
    {
        var evaluation = SlaEvaluator.Evaluate(Priced, Measure(March, new KpiMeasurement { KpiId = Id("kpi-availability"), GoodEvents = -1, TotalEvents = 10 }));

        var result = Assert.Single(evaluation.Objectives);
        Assert.False(result.Evaluated);
        Assert.Null(result.Breached);
        Assert.Equal(0m, result.CreditPercentage.Value);
        Assert.False(evaluation.IsComplete);
    }

    [Fact]
    public void Evaluate_ClaimWindowBeyondTheCalendar_ReportsAndEvaluatesTheOtherObjectives()
    {
        var contract = Priced with
        {
            ServiceLevels = new ServiceLevelTerms { Kpis = [Availability(), Latency], Objectives = [AvailabilityObjective with { ClaimWindow = Period.FromYears(9000) }, LatencyObjective] },
        };

        var evaluation = SlaEvaluator.Evaluate(contract, Measure(March, Attained("kpi-availability", 99m), Attained("kpi-latency", 2500)));

        Assert.Equal("AIC7020", Assert.Single(evaluation.Diagnostics).Code);
        Assert.Equal([false, true], evaluation.Objectives.Select(o => o.Evaluated));
    }

    [Fact]
    public void Evaluate_UnlimitedDailyRenewals_TreatsTheTermAsOpenEndedWithoutWalkingIt()
    {
        var contract = Priced with
        {
            Term = new ContractTerm { EndDate = new LocalDate(2026, 12, 31), Renewal = new RenewalTerms { Kind = RenewalKind.Automatic, RenewalPeriod = Period.FromDays(1), MaxRenewals = int.MaxValue } },
        };

        var evaluation = SlaEvaluator.Evaluate(contract, Measure(ComputationPeriod.Month(2040, 1), Attained("kpi-availability", 99.95m)));

        Assert.True(evaluation.IsComplete);
    }

    [Fact]
    public void Computations_ArbitraryNumbers_NeverThrow() =>
        Gen.Select(Gen.Decimal, Gen.Decimal, Gen.Long, Gen.Long).Sample((quantity, price, good, total) =>
        {
            var contract = Priced with { Pricing = Priced.Pricing! with { Meters = [Meter(PricingModel.Graduated) with { Tiers = [Tier(1000, 0.1m), new PriceTier { UnitPrice = Eur(price) }] }] } };
            var invoice = InvoiceCalculator.Calculate(contract, Usage(quantity));
            var evaluation = SlaEvaluator.Evaluate(contract, Measure(March, new KpiMeasurement { KpiId = Id("kpi-availability"), GoodEvents = good, TotalEvents = total }), Usage(quantity));
            Assert.True(invoice.IsComplete || invoice.Diagnostics.Count > 0);
            Assert.True(evaluation.IsComplete || evaluation.Diagnostics.Count > 0);
        }, iter: 5_000);

    [Fact]
    public void ExitTimeline_ArbitraryPeriodsAndDates_NeverThrows() =>
        Gen.Select(Gen.Int[0, 20_000], Gen.Int[0, 200_000], Gen.Int[-5_000, 5_000], Gen.Int[0, int.MaxValue]).Sample((years, days, offset, renewals) =>
        {
            var contract = Priced with
            {
                Term = new ContractTerm { InitialTerm = Period.FromYears(years % 50), Renewal = new RenewalTerms { Kind = RenewalKind.Automatic, RenewalPeriod = Period.FromYears(years), MaxRenewals = renewals } },
                Exit = new ExitTerms
                {
                    TerminationRights = [new TerminationRight { Trigger = TerminationTrigger.Convenience, HeldBy = PartyRole.Either, Notice = Period.FromDays(days), ExercisableAfter = Period.FromYears(years) }],
                    TransitionAssistance = new TransitionAssistance { Duration = Period.FromYears(years) },
                    PostExitDeletion = new DataProcessing.DeletionTerms { Deadline = Period.FromDays(days) },
                },
            };
            var timeline = ExitTimelineCalculator.Calculate(contract, new TerminationNotice { NoticeDate = new LocalDate(2026, 6, 1).PlusDays(offset), Trigger = TerminationTrigger.Convenience });
            Assert.True(timeline.EffectiveTerminationDate is not null || timeline.Diagnostics.Count > 0);
        }, iter: 5_000);

    private static ValueArray<Diagnostic> Sla(AiContract contract, params KpiMeasurement[] measurements) => SlaEvaluator.Evaluate(contract, Measure(March, measurements)).Diagnostics;

    private static ValueArray<Diagnostic> Invoice(AiContract contract, UsageStatement usage) => InvoiceCalculator.Calculate(contract, usage).Diagnostics;
}

using AiContracts.Domain.Computations;
using AiContracts.Domain.Computations.Invoicing;
using AiContracts.Domain.Computations.ServiceCredits;
using AiContracts.Domain.Pricing;
using AiContracts.Domain.Primitives;
using NodaTime;
using static AiContracts.Domain.Tests.Computations.Fixtures;
using static AiContracts.Domain.Tests.Computations.SlaFixtures;

namespace AiContracts.Domain.Tests.Computations;

/// <summary>
/// The format 1.1 pricing terms computed on worked examples from public price lists and billing documentation. Each
/// test names its source; the figures are the source's, the contract is written in this format's terms, and the result
/// must be the source's result to the cent.
/// </summary>
public sealed class PricingOneOneWorkedExampleTests
{
    private static Money Usd(decimal amount) => new(amount, Currency.Usd);

    private static Money Gbp(decimal amount) => new(amount, Currency.Gbp);

    private static AiContract Priced(Currency currency, params Meter[] meters) => Contract(new PricingTerms { Currency = currency, Meters = ValueArray.From(meters) });

    private static Meter Named(string id, PricingModel model) => new() { Id = Id(id), Name = id, Unit = MeterUnit.Requests, Model = model };

    private static UsageStatement Used(params (string Meter, decimal Quantity)[] meters) =>
        new() { Period = March, Meters = ValueArray.From(meters.Select(m => new MeterUsage { MeterId = Id(m.Meter), Quantity = m.Quantity })) };

    private static UsageStatement Events(string meter, Currency currency, params decimal[] amounts) =>
        new()
        {
            Period = March,
            Meters = [new MeterUsage { MeterId = Id(meter), Quantity = amounts.Length, Events = ValueArray.From(amounts.Select(a => new UsageEvent { Amount = new Money(a, currency) })) }],
        };

    private static Invoice Complete(AiContract contract, UsageStatement usage, SlaEvaluation? evaluation = null)
    {
        var invoice = InvoiceCalculator.Calculate(contract, usage, evaluation);
        Assert.True(invoice.IsComplete, string.Join("; ", invoice.Diagnostics.Select(d => d.Message)));
        return invoice;
    }

    private static decimal MeterTotal(Invoice invoice, string meter) => invoice.Lines.Where(l => l.MeterId == Id(meter)).Sum(l => l.Amount.Amount);

    // ---- Included units ------------------------------------------------------------------------------------------

    /// <summary>AWS Lambda pricing page, example 1: 3M requests and 1,500,000 GB-s, free tier 1M requests and 400,000 GB-s, $0.20 per 1M requests and $0.00001667 per GB-s: $0.40 + $18.34 = $18.74 a month.</summary>
    [Fact]
    public void Included_units_AwsLambdaExampleOne_AreTakenOffBeforePricing()
    {
        var contract = Priced(Currency.Usd,
            Named("requests", PricingModel.PerUnit) with { UnitPrice = Usd(0.0000002m), IncludedUnits = 1_000_000 },
            Named("compute", PricingModel.PerUnit) with { UnitPrice = Usd(0.00001667m), IncludedUnits = 400_000 });

        var invoice = Complete(contract, Used(("requests", 3_000_000), ("compute", 1_500_000)));

        Assert.Equal(0.40m, MeterTotal(invoice, "requests"));
        Assert.Equal(18.34m, MeterTotal(invoice, "compute"));
        Assert.Equal(Usd(18.74m), invoice.Total);
    }

    /// <summary>AWS Lambda pricing page, example 2: 30M requests of 200 ms at 128 MB (750,000 GB-s), the same free tier and prices: $5.80 + $5.83 = $11.63 a month.</summary>
    [Fact]
    public void Included_units_AwsLambdaExampleTwo_AreTakenOffBeforePricing()
    {
        var contract = Priced(Currency.Usd,
            Named("requests", PricingModel.PerUnit) with { UnitPrice = Usd(0.0000002m), IncludedUnits = 1_000_000 },
            Named("compute", PricingModel.PerUnit) with { UnitPrice = Usd(0.00001667m), IncludedUnits = 400_000 });

        var invoice = Complete(contract, Used(("requests", 30_000_000), ("compute", 30_000_000m * 0.2m * 128m / 1024m)));

        Assert.Equal(5.80m, MeterTotal(invoice, "requests"));
        Assert.Equal(5.83m, MeterTotal(invoice, "compute"));
        Assert.Equal(Usd(11.63m), invoice.Total);
    }

    /// <summary>Lago docs, package charge model: $5 per 100 units with the first 100 units free; 201 units cost $0 + $5 + $5 = $10.</summary>
    [Fact]
    public void Included_units_LagoPackageExample_AreFreeBeforePackagesAreCounted()
    {
        var contract = Priced(Currency.Usd, Named("api", PricingModel.Package) with { Package = new PackagePricing { Size = 100, Price = Usd(5m) }, IncludedUnits = 100 });

        Assert.Equal(Usd(10.00m), Complete(contract, Used(("api", 201))).Total);
        Assert.Equal(Usd(0.00m), Complete(contract, Used(("api", 100))).Total);
    }

    // ---- Minimum number of packages --------------------------------------------------------------------------------

    /// <summary>
    /// Mandrill (Mailchimp Transactional) billing: blocks of 25,000 emails bought at the start of each monthly cycle, at
    /// $20 a block, with top-off blocks of 25,000 when more is sent. A plan of four blocks sending 60,000 emails pays the
    /// four blocks ($80); sending 110,000 it pays five ($100).
    /// </summary>
    [Fact]
    public void Minimum_packages_MandrillBlocks_BillThePlanOrTheBlocksStarted()
    {
        var contract = Priced(Currency.Usd, Named("emails", PricingModel.Package) with { Package = new PackagePricing { Size = 25_000, Price = Usd(20m), MinimumPackages = 4 } });

        Assert.Equal(Usd(80.00m), Complete(contract, Used(("emails", 60_000))).Total);
        Assert.Equal(Usd(100.00m), Complete(contract, Used(("emails", 110_000))).Total);
        Assert.Equal(Usd(80.00m), Complete(contract, Used(("emails", 0))).Total);
    }

    // ---- Percentage of a declared amount, cumulative tiers, meter minimum ----------------------------------------------

    /// <summary>AWS Support pricing, Business: the greater of $100 or 10 % of the first $10K of monthly AWS usage, 7 % to $80K, 5 % to $250K, 3 % above; $85,000 of usage costs $1,000 + $4,900 + $250 = $6,150.</summary>
    [Fact]
    public void Percentage_tiers_AwsBusinessSupport_ChargeEachBandOfTheAmount()
    {
        var invoice = Complete(BusinessSupport(), Events("support", Currency.Usd, 85_000m));

        Assert.Equal([1_000.00m, 4_900.00m, 250.00m], invoice.Lines.Where(l => l.Kind == InvoiceLineKind.Usage).Select(l => l.Amount.Amount));
        Assert.Equal(Usd(6_150.00m), invoice.Total);
    }

    /// <summary>AWS Support pricing, Business: the $100 monthly minimum applies when 10 % of usage is less ($500 of usage: $50, so $100).</summary>
    [Fact]
    public void Minimum_charge_AwsBusinessSupport_TruesUpToTheMonthlyMinimum()
    {
        var invoice = Complete(BusinessSupport(), Events("support", Currency.Usd, 500m));

        var trueUp = Assert.Single(invoice.Lines, l => l.Kind == InvoiceLineKind.MinimumChargeTrueUp);
        Assert.Equal(Usd(50.00m), trueUp.Amount);
        Assert.Equal(Usd(100.00m), invoice.Total);
    }

    /// <summary>AWS Support pricing, Enterprise: the greater of $15,000 or 10 % to $150K, 7 % to $500K, 5 % to $1M, 3 % above; $1,200,000 of usage costs $70,500.</summary>
    [Fact]
    public void Percentage_tiers_AwsEnterpriseSupport_ChargeEachBandOfTheAmount()
    {
        var meter = Named("support", PricingModel.PercentageOfAmount) with
        {
            Tiers = [RateTier(150_000, 10), RateTier(500_000, 7), RateTier(1_000_000, 5), RateTier(null, 3)],
            MinimumCharge = Usd(15_000m),
        };

        Assert.Equal(Usd(70_500.00m), Complete(Priced(Currency.Usd, meter), Events("support", Currency.Usd, 1_200_000m)).Total);
        Assert.Equal(Usd(15_000.00m), Complete(Priced(Currency.Usd, meter), Events("support", Currency.Usd, 100_000m)).Total);
    }

    /// <summary>Lago docs, spending minimum: $0.010 per tracked user with a $100 minimum; $50 of consumption is trued up by $50.</summary>
    [Fact]
    public void Minimum_charge_LagoSpendingMinimum_AddsTheShortfall()
    {
        var contract = Priced(Currency.Usd, Named("mtu", PricingModel.PerUnit) with { UnitPrice = Usd(0.010m), MinimumCharge = Usd(100m) });

        var invoice = Complete(contract, Used(("mtu", 5_000)));

        Assert.Equal(Usd(50.00m), Assert.Single(invoice.Lines, l => l.Kind == InvoiceLineKind.MinimumChargeTrueUp).Amount);
        Assert.Equal(Usd(100.00m), invoice.Total);
        Assert.Equal(Usd(120.00m), Complete(contract, Used(("mtu", 12_000))).Total);
    }

    /// <summary>
    /// Lago docs, graduated percentage: 1 % to 1,000 with a $200 flat fee, 2 % to 10,000 with $300, 3 % above with $400.
    /// Transactions of $500, $550 and $4,000 in one period cost $205, $306 and $80: the second crosses into tier 2.
    /// </summary>
    [Fact]
    public void Cumulative_tiers_LagoGraduatedPercentage_SplitAnEventAcrossTheTiersItCrosses()
    {
        var meter = Named("transfers", PricingModel.PercentageOfAmount) with
        {
            Tiers = [RateTier(1_000, 1, 200m), RateTier(10_000, 2, 300m), RateTier(null, 3, 400m)],
        };

        var invoice = Complete(Priced(Currency.Usd, meter), Events("transfers", Currency.Usd, 500m, 550m, 4_000m));

        Assert.Equal(Usd(205m + 306m + 80m), invoice.Total);
        Assert.Equal([1_000m, 4_050m], invoice.Lines.Where(l => l.Kind == InvoiceLineKind.Usage).Select(l => l.Quantity!.Value));
    }

    /// <summary>Upvest docs, tiered relative fee applied to the marginal amount: 3 % of the first €5,000, 2.5 % to €10,000, 2 % above; an order of €7,000 pays €150 + €50 = €200.</summary>
    [Fact]
    public void Cumulative_tiers_UpvestMarginalTiers_ChargeEachBandOfTheOrder()
    {
        var meter = Named("orders", PricingModel.PercentageOfAmount) with { Tiers = [RateTier(5_000, 3, currency: Currency.Eur), RateTier(10_000, 2.5m, currency: Currency.Eur), RateTier(null, 2, currency: Currency.Eur)] };

        Assert.Equal(Eur(200.00m), Complete(Priced(Currency.Eur, meter), Events("orders", Currency.Eur, 7_000m)).Total);
    }

    // ---- Transaction fees: percentage plus fixed fee, limits per event --------------------------------------------------

    /// <summary>Stripe pricing: 2.9 % + 30¢ per successful card charge; a $100 charge costs $3.20, ten of them $32.00.</summary>
    [Fact]
    public void Transaction_fee_StripeCardCharge_IsAPercentagePlusAFixedFee()
    {
        var contract = Priced(Currency.Usd, Named("cards", PricingModel.PercentageOfAmount) with { TransactionFee = new TransactionFee { Rate = Percentage.FromPercent(2.9m), FixedFee = Usd(0.30m) } });

        Assert.Equal(Usd(3.20m), Complete(contract, Events("cards", Currency.Usd, 100m)).Total);
        Assert.Equal(Usd(32.00m), Complete(contract, Events("cards", Currency.Usd, [.. Enumerable.Repeat(100m, 10)])).Total);
    }

    /// <summary>Upvest docs, flat relative fee with limits: 1 % per order, not less than €1, not more than €100; orders of €50, €5,000 and €20,000 pay €1, €50 and €100.</summary>
    [Fact]
    public void Transaction_fee_UpvestLimits_HoldEachOrdersFeeBetweenMinimumAndMaximum()
    {
        var contract = Priced(Currency.Eur, Named("orders", PricingModel.PercentageOfAmount) with
        {
            TransactionFee = new TransactionFee { Rate = Percentage.FromPercent(1), MinimumPerEvent = Eur(1m), MaximumPerEvent = Eur(100m) },
        });

        var invoice = Complete(contract, Events("orders", Currency.Eur, 50m, 5_000m, 20_000m));

        Assert.Equal(Eur(151.00m), invoice.Total);
        Assert.Equal(Eur(-99.50m), Assert.Single(invoice.Lines, l => l.Kind == InvoiceLineKind.EventFeeAdjustment).Amount); // +0.50 for €50, -100 for €20,000
    }

    // ---- Tier minimum and maximum charges --------------------------------------------------------------------------

    /// <summary>Upvest docs: a relative fee's tier may carry a minimum and a maximum amount ("1 %, not less than €1, not more than €100"); as the tier's limits, one order a period of €50 pays €1 and one of €20,000 pays €100.</summary>
    [Fact]
    public void Tier_limits_UpvestTierMinimumAndMaximum_HoldTheTiersCharge()
    {
        var contract = Priced(Currency.Eur, Named("orders", PricingModel.PercentageOfAmount) with
        {
            Tiers = [RateTier(null, 1, currency: Currency.Eur) with { MinimumCharge = Eur(1m), MaximumCharge = Eur(100m) }],
        });

        Assert.Equal(Eur(1.00m), Complete(contract, Events("orders", Currency.Eur, 50m)).Total);
        Assert.Equal(Eur(100.00m), Complete(contract, Events("orders", Currency.Eur, 20_000m)).Total);
        Assert.Equal(Eur(50.00m), Complete(contract, Events("orders", Currency.Eur, 5_000m)).Total);
    }

    /// <summary>A quantity tier's limits: graduated tiers with a maximum charge on the first tier and a minimum on the second (the sample contract's output tokens: 25M at €0.00001 capped at €200).</summary>
    [Fact]
    public void Tier_limits_OnGraduatedQuantityTiers_AdjustOnlyTheirTier()
    {
        var meter = Meter(PricingModel.Graduated) with
        {
            Tiers = [Tier(25_000_000, 0.00001m) with { MaximumCharge = Eur(200m) }, Tier(null, 0.000008m) with { MinimumCharge = Eur(100m) }],
        };

        var invoice = Price(meter, 30_000_000);

        Assert.Equal([-50.00m, 60.00m], invoice.Lines.Where(l => l.Kind == InvoiceLineKind.TierChargeAdjustment).Select(l => l.Amount.Amount));
        Assert.Equal(Eur(300.00m), invoice.Total); // 200 + max(40, 100)
    }

    /// <summary>
    /// Zuora documentation, "Using tier-level and charge-level min/max together": tier 1 computes to 10 (minimum 5,
    /// maximum 20), tier 2 to 15 (minimum 10, maximum 100), 25 in all, and a charge-level minimum of 30 makes the charge 30.
    /// Here: graduated tiers of 1 per unit, 25 units (10 in tier 1, 15 in tier 2); the figures in the contract's currency.
    /// </summary>
    [Fact]
    public void Tier_limits_ZuoraTierAndChargeLevelMinMax_TiersWithinTheirLimitsThenTheChargeMinimum()
    {
        var meter = Meter(PricingModel.Graduated) with
        {
            Tiers = [Tier(10, 1m) with { MinimumCharge = Eur(5m), MaximumCharge = Eur(20m) }, Tier(null, 1m) with { MinimumCharge = Eur(10m), MaximumCharge = Eur(100m) }],
        };

        var withoutChargeMinimum = Price(meter, 25);
        var withChargeMinimum = Price(meter with { MinimumCharge = Eur(30m) }, 25);

        Assert.Equal(Eur(25.00m), withoutChargeMinimum.Total);
        Assert.DoesNotContain(withoutChargeMinimum.Lines, l => l.Kind == InvoiceLineKind.TierChargeAdjustment);
        Assert.Equal(Eur(30.00m), withChargeMinimum.Total);
        Assert.Equal(Eur(5.00m), Assert.Single(withChargeMinimum.Lines, l => l.Kind == InvoiceLineKind.MinimumChargeTrueUp).Amount);
    }

    // ---- Discounts and tax -----------------------------------------------------------------------------------------

    /// <summary>Stripe API, coupons: an amount_off of 200 makes an invoice of 100 total 0, and one of 300 total 100.</summary>
    [Fact]
    public void Discount_StripeAmountOff_NeverTakesMoreThanTheInvoice()
    {
        var contract = WithMeter(Meter(PricingModel.PerUnit) with { UnitPrice = Eur(1m) }) is var c
            ? c with { Pricing = c.Pricing! with { Discounts = [new Discount { Amount = Eur(200m) }] } }
            : null!;

        Assert.Equal(Eur(0.00m), Complete(contract, Usage(100)).Total);
        Assert.Equal(Eur(100.00m), Complete(contract, Usage(300)).Total);
        Assert.Equal(Eur(-100.00m), Complete(contract, Usage(100)).Discounts);
    }

    /// <summary>
    /// Flexprice docs, billing calculation order: API calls $80 and a $20 flat fee; 25 % off the API calls, then $10 off
    /// the invoice, $5 of prepaid credit (it does not reduce the taxable amount), tax 8.25 % of $70 = $5.78; total $70.78.
    /// </summary>
    [Fact]
    public void Discount_and_tax_FlexpriceWorkedExample_TaxesTheDiscountedAmount()
    {
        var contract = Contract(new PricingTerms
        {
            Currency = Currency.Usd,
            Meters = [Named("api", PricingModel.PerUnit) with { UnitPrice = Usd(0.01m) }, Named("fee", PricingModel.Flat) with { Unit = MeterUnit.Subscription, FlatFee = Usd(20m) }],
            Discounts = [new Discount { Percentage = Percentage.FromPercent(25), MeterId = Id("api") }, new Discount { Amount = Usd(10m) }],
            Tax = new TaxTerms { Rate = Percentage.FromPercent(8.25m) },
        });

        var invoice = Complete(contract, Used(("api", 8_000)) with { PrepaidBalance = Usd(5m) });

        Assert.Equal(Usd(-30.00m), invoice.Discounts);
        Assert.Equal(Usd(5.78m), invoice.Tax);
        Assert.Equal(Usd(-5.00m), invoice.PrepaidDrawdown);
        Assert.Equal(Usd(70.78m), invoice.Total);
    }

    /// <summary>Informi (UK VAT on discounts): £600 net, a 10 % trade discount then a 2.5 % prompt-payment discount (£540, then £526.50), VAT at 20 % is £105.30; the customer pays £631.80.</summary>
    [Fact]
    public void Discount_and_tax_UkTradeAndPromptPaymentDiscounts_ApplyInTurnBeforeVat()
    {
        var contract = Contract(new PricingTerms
        {
            Currency = Currency.Gbp,
            Meters = [Named("order", PricingModel.PerUnit) with { UnitPrice = Gbp(1m) }],
            Discounts = [new Discount { Description = "Trade", Percentage = Percentage.FromPercent(10) }, new Discount { Description = "Prompt payment", Percentage = Percentage.FromPercent(2.5m) }],
            Tax = new TaxTerms { Rate = Percentage.FromPercent(20), Name = "VAT", DiscountsApply = TaxOrder.BeforeTax },
        });

        var invoice = Complete(contract, Used(("order", 600)));

        Assert.Equal([-60.00m, -13.50m], invoice.Lines.Where(l => l.Kind == InvoiceLineKind.Discount).Select(l => l.Amount.Amount));
        Assert.Equal(Gbp(105.30m), invoice.Tax);
        Assert.Equal(Gbp(631.80m), invoice.Total);
    }

    /// <summary>The same UK order with the discounts after VAT (VAT on the undiscounted £600): VAT £120, due £720 - £73.50 = £646.50.</summary>
    [Fact]
    public void Discount_after_tax_LeavesTheTaxableAmountWhole()
    {
        var contract = Contract(new PricingTerms
        {
            Currency = Currency.Gbp,
            Meters = [Named("order", PricingModel.PerUnit) with { UnitPrice = Gbp(1m) }],
            Discounts = [new Discount { Percentage = Percentage.FromPercent(10) }, new Discount { Percentage = Percentage.FromPercent(2.5m) }],
            Tax = new TaxTerms { Rate = Percentage.FromPercent(20), DiscountsApply = TaxOrder.AfterTax },
        });

        var invoice = Complete(contract, Used(("order", 600)));

        Assert.Equal(Gbp(120.00m), invoice.Tax);
        Assert.Equal(Gbp(646.50m), invoice.Total);
    }

    /// <summary>
    /// Revenue (Ireland), returned goods and discounts: a price reduction after the supply reduces the VAT (a credit note),
    /// so a service credit before tax lowers the taxable amount; Flexprice's order keeps credits out of the taxable amount.
    /// €1,000 of fees, a 10 % credit and 23 % VAT: before tax €900 + €207 = €1,107; after tax €1,230 - €100 = €1,130.
    /// </summary>
    [Theory]
    [InlineData("BeforeTax", 207.00, 1_107.00)]
    [InlineData("AfterTax", 230.00, 1_130.00)]
    public void Credits_before_or_after_tax_MoveTheTaxableAmount(string order, double tax, double total)
    {
        var contract = SlaFixtures.Contract(Availability(), AvailabilityObjective) with
        {
            Pricing = new PricingTerms
            {
                Currency = Currency.Eur,
                Meters = [Meter(PricingModel.PerUnit) with { UnitPrice = Eur(1m) }],
                Tax = new TaxTerms { Rate = Percentage.FromPercent(23), CreditsApply = TaxOrder.FromName(order) },
            },
        };
        var usage = Usage(1_000);
        var evaluation = SlaEvaluator.Evaluate(contract, Measure(March, Attained("kpi-availability", 99.5m)), usage);

        var invoice = Complete(contract, usage, evaluation);

        Assert.Equal(Eur(-100.00m), invoice.Credits);
        Assert.Equal(Eur((decimal)tax), invoice.Tax);
        Assert.Equal(Eur((decimal)total), invoice.Total);
    }

    /// <summary>A discount's date range holds the billing period's first day, or the discount does not apply.</summary>
    [Fact]
    public void Discount_outside_its_date_range_DoesNotApply()
    {
        var contract = WithMeter(Meter(PricingModel.PerUnit) with { UnitPrice = Eur(1m) }) is var c
            ? c with { Pricing = c.Pricing! with { Discounts = [new Discount { Percentage = Percentage.FromPercent(50), From = new LocalDate(2026, 4, 1), Until = new LocalDate(2026, 9, 30) }] } }
            : null!;

        Assert.Equal(Eur(100.00m), Complete(contract, Usage(100)).Total); // March
        Assert.Equal(Eur(50.00m), Complete(contract, Usage(100) with { Period = ComputationPeriod.Month(2026, 4) }).Total);
        Assert.Equal(Eur(50.00m), Complete(contract, Usage(100) with { Period = ComputationPeriod.Month(2026, 9) }).Total);
        Assert.Equal(Eur(100.00m), Complete(contract, Usage(100) with { Period = ComputationPeriod.Month(2026, 10) }).Total);
    }

    // ---- Proration -------------------------------------------------------------------------------------------------

    /// <summary>AWS Knowledge Center, support billing: signing up for Business Support ($100 monthly minimum) in the middle of a month charges $50; here the first 15 of June's 30 days.</summary>
    [Fact]
    public void Proration_AwsSupportSignUpMidMonth_ChargesHalfTheMinimum()
    {
        var contract = Prorated(new LocalDate(2026, 6, 16), BusinessSupport().Pricing!.Meters[0]);

        var invoice = Complete(contract, new UsageStatement { Period = new ComputationPeriod { FirstDay = new LocalDate(2026, 6, 16), LastDay = new LocalDate(2026, 6, 30) } });

        Assert.Equal(Usd(50.00m), invoice.Total);
        Assert.DoesNotContain(invoice.Diagnostics, d => d.Code == "AIC7021");
    }

    /// <summary>Stripe docs, prorations: a 10 USD monthly plan for half the billing period is 5 USD; here a flat fee for the first 15 of November's 30 days.</summary>
    [Fact]
    public void Proration_StripeHalfPeriod_ChargesHalfTheFlatFee()
    {
        var contract = Prorated(new LocalDate(2026, 11, 16), Named("plan", PricingModel.Flat) with { Unit = MeterUnit.Subscription, FlatFee = Usd(10m) });

        var invoice = Complete(contract, new UsageStatement { Period = new ComputationPeriod { FirstDay = new LocalDate(2026, 11, 16), LastDay = new LocalDate(2026, 11, 30) } });

        Assert.Equal(Usd(5.00m), invoice.Total);
    }

    /// <summary>A partial last period is prorated too: a term ending on 10 March bills 10 of March's 31 days of a 31 USD fee.</summary>
    [Fact]
    public void Proration_PartialLastPeriod_ChargesTheDaysServed()
    {
        var contract = Prorated(new LocalDate(2026, 1, 1), Named("plan", PricingModel.Flat) with { Unit = MeterUnit.Subscription, FlatFee = Usd(31m) }) with
        {
            Term = new ContractTerm { EndDate = new LocalDate(2026, 3, 10) },
        };

        var invoice = Complete(contract, new UsageStatement { Period = new ComputationPeriod { FirstDay = new LocalDate(2026, 3, 1), LastDay = new LocalDate(2026, 3, 10) } });

        Assert.Equal(Usd(10.00m), invoice.Total);
    }

    /// <summary>Without proration (a 1.0 contract) the same partial period pays the whole fee and gets the AIC7021 warning, as before.</summary>
    [Fact]
    public void Proration_NotStated_ChargesTheWholeFeeAsInOneZero()
    {
        var contract = Prorated(new LocalDate(2026, 11, 16), Named("plan", PricingModel.Flat) with { Unit = MeterUnit.Subscription, FlatFee = Usd(10m) });
        contract = contract with { Pricing = contract.Pricing! with { Proration = null } };

        var invoice = InvoiceCalculator.Calculate(contract, new UsageStatement { Period = new ComputationPeriod { FirstDay = new LocalDate(2026, 11, 16), LastDay = new LocalDate(2026, 11, 30) } });

        Assert.Equal(Usd(10.00m), invoice.Total);
        Assert.Contains(invoice.Diagnostics, d => d.Code == "AIC7021");
    }

    private static AiContract Prorated(LocalDate effective, Meter meter) =>
        Contract(new PricingTerms { Currency = Currency.Usd, BillingPeriod = BillingPeriod.Monthly, Proration = ProrationMethod.ByDays, Meters = [meter] }) with { EffectiveDate = effective };

    private static AiContract BusinessSupport() => Priced(Currency.Usd, Named("support", PricingModel.PercentageOfAmount) with
    {
        Tiers = [RateTier(10_000, 10), RateTier(80_000, 7), RateTier(250_000, 5), RateTier(null, 3)],
        MinimumCharge = Usd(100m),
    });

    private static PriceTier RateTier(decimal? upTo, decimal rate, decimal? flatFee = null, Currency? currency = null) =>
        new() { UpTo = upTo, Rate = Percentage.FromPercent(rate), FlatFee = flatFee is { } f ? new Money(f, currency ?? Currency.Usd) : null };
}

using AiContracts.Domain.Computations.Invoicing;
using AiContracts.Domain.Pricing;
using AiContracts.Domain.Primitives;
using static AiContracts.Domain.Tests.Computations.Fixtures;

namespace AiContracts.Domain.Tests.Computations;

/// <summary>Worked examples of every pricing model, with and without flat fees, each checkable by hand.</summary>
public sealed class InvoiceCalculatorTests
{
    // Tiers used below: 1-1000 at 0.10, 1001-5000 at 0.08, above 5000 at 0.05.
    private static readonly Meter GraduatedMeter = Meter(PricingModel.Graduated) with { Tiers = [Tier(1000, 0.10m), Tier(5000, 0.08m), Tier(null, 0.05m)] };

    private static readonly Meter GraduatedWithFees = Meter(PricingModel.Graduated) with
    {
        Tiers = [Tier(1000, 0.10m, 5m), Tier(5000, 0.08m, 20m), Tier(null, 0.05m, 50m)],
    };

    private static readonly Meter VolumeMeter = Meter(PricingModel.Volume) with { Tiers = [Tier(1000, 0.10m), Tier(5000, 0.08m), Tier(null, 0.05m)] };

    private static readonly Meter VolumeWithFees = Meter(PricingModel.Volume) with
    {
        Tiers = [Tier(1000, 0.10m, 5m), Tier(5000, 0.08m, 20m), Tier(null, 0.05m, 50m)],
    };

    [Fact]
    public void Calculate_PerUnit_MultipliesQuantityByPrice()
    {
        var invoice = Price(Meter(PricingModel.PerUnit) with { UnitPrice = Eur(0.002m) }, 12_345);

        // 12,345 x 0.002 = 24.69
        Assert.Equal(Eur(24.69m), invoice.Total);
        var line = Assert.Single(invoice.Lines);
        Assert.Equal(InvoiceLineKind.Usage, line.Kind);
        Assert.Equal(12_345m, line.Quantity);
        Assert.True(invoice.IsComplete);
    }

    [Fact]
    public void Calculate_PerUnitWithMeterFlatFee_AddsTheFlatFee()
    {
        var invoice = Price(Meter(PricingModel.PerUnit) with { UnitPrice = Eur(0.002m), FlatFee = Eur(100m) }, 12_345);

        // 100.00 + 24.69
        Assert.Equal(Eur(124.69m), invoice.Total);
        Assert.Equal([InvoiceLineKind.FlatFee, InvoiceLineKind.Usage], invoice.Lines.Select(l => l.Kind));
    }

    [Fact]
    public void Calculate_Flat_ChargesTheFeeWhateverTheUsage()
    {
        var meter = Meter(PricingModel.Flat) with { FlatFee = Eur(499m) };

        Assert.Equal(Eur(499m), Price(meter, 0).Total);
        Assert.Equal(Eur(499m), Price(meter, 1_000_000).Total);
    }

    [Theory]
    [InlineData(0, 0)] // zero: tier 1 is reached, 0 units
    [InlineData(1, 0.10)]
    [InlineData(1000, 100)] // exactly the end of tier 1
    [InlineData(1001, 100.08)] // first unit of tier 2
    [InlineData(5000, 420)] // 100 + 4000 x 0.08
    [InlineData(7500, 545)] // 100 + 320 + 2500 x 0.05
    public void Calculate_Graduated_PricesEachUnitInItsTier(int quantity, double expected) =>
        Assert.Equal(Eur((decimal)expected), Price(GraduatedMeter, quantity).Total);

    [Fact]
    public void Calculate_Graduated_HasALinePerTierReached()
    {
        var invoice = Price(GraduatedMeter, 7500);

        Assert.Equal([1, 2, 3], invoice.Lines.Select(l => l.Tier!.Value));
        Assert.Equal([1000m, 4000m, 2500m], invoice.Lines.Select(l => l.Quantity!.Value));
        Assert.Equal([Eur(100m), Eur(320m), Eur(125m)], invoice.Lines.Select(l => l.Amount));
    }

    [Theory]
    [InlineData(0, 5)] // tier 1 is always reached: its flat fee is charged even at zero usage
    [InlineData(1000, 105)] // 100 + 5
    [InlineData(1001, 125.08)] // 100 + 5 + 0.08 + 20: tier 2 reached by one unit
    [InlineData(7500, 620)] // 100 + 5 + 320 + 20 + 125 + 50
    public void Calculate_GraduatedWithTierFlatFees_ChargesTheFeeOfEveryTierReached(int quantity, double expected) =>
        Assert.Equal(Eur((decimal)expected), Price(GraduatedWithFees, quantity).Total);

    [Theory]
    [InlineData(0, 0)] // only the zero tier is reached: no fee
    [InlineData(1, 5.10)] // tier 2 reached: its fee 5 + 1 x 0.10
    public void Calculate_GraduatedWithAZeroFirstTier_ChargesNothingAtZeroUsage(int quantity, double expected)
    {
        var meter = Meter(PricingModel.Graduated) with { Tiers = [Tier(0, 0m), Tier(null, 0.10m, 5m)] };

        Assert.Equal(Eur((decimal)expected), Price(meter, quantity).Total);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1000, 100)] // 1000 x 0.10
    [InlineData(1001, 80.08)] // every unit at tier 2: 1001 x 0.08
    [InlineData(5000, 400)]
    [InlineData(5001, 250.05)] // 5001 x 0.05
    public void Calculate_Volume_PricesEveryUnitAtTheTierTheTotalReaches(int quantity, double expected)
    {
        var invoice = Price(VolumeMeter, quantity);

        Assert.Equal(Eur((decimal)expected), invoice.Total);
        Assert.Equal(quantity, Assert.Single(invoice.Lines).Quantity);
    }

    [Theory]
    [InlineData(0, 5)] // the first tier's flat fee, as at any quantity in tier 1
    [InlineData(1000, 105)]
    [InlineData(1001, 100.08)] // 80.08 + 20: only the reached tier's fee
    [InlineData(7500, 425)] // 375 + 50
    public void Calculate_VolumeWithTierFlatFees_AddsOnlyTheReachedTiersFee(int quantity, double expected) =>
        Assert.Equal(Eur((decimal)expected), Price(VolumeWithFees, quantity).Total);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 2.50)] // one started package
    [InlineData(1000, 2.50)]
    [InlineData(1001, 5.00)]
    [InlineData(2500, 7.50)]
    public void Calculate_PackageStarted_BillsEveryStartedPackage(int quantity, double expected) =>
        Assert.Equal(Eur((decimal)expected), Price(Meter(PricingModel.Package) with { Package = new PackagePricing { Size = 1000, Price = Eur(2.5m) } }, quantity).Total);

    [Theory]
    [InlineData(999, 0)]
    [InlineData(1000, 2.50)]
    [InlineData(2500, 5.00)]
    public void Calculate_PackageCompleted_BillsOnlyCompletedPackages(int quantity, double expected)
    {
        var meter = Meter(PricingModel.Package) with { Package = new PackagePricing { Size = 1000, Price = Eur(2.5m), Rounding = PackageRounding.CompletedPackages } };

        Assert.Equal(Eur((decimal)expected), Price(meter, quantity).Total);
    }

    [Fact]
    public void Calculate_QuantityCapNotBilled_BillsUpToTheCapAndShowsTheRest()
    {
        var meter = Meter(PricingModel.PerUnit) with { UnitPrice = Eur(0.01m), Cap = new UsageCap { Quantity = 10_000, Behaviour = CapBehaviour.NotBilled } };

        var invoice = Price(meter, 12_000);

        // 10,000 x 0.01 = 100; 2,000 units shown at zero
        Assert.Equal(Eur(100m), invoice.Total);
        var unbilled = Assert.Single(invoice.Lines, l => l.Kind == InvoiceLineKind.UnbilledUsage);
        Assert.Equal(2_000m, unbilled.Quantity);
        Assert.Equal(Eur(0m), unbilled.Amount);
    }

    [Fact]
    public void Calculate_QuantityCapOverageRate_BillsTheExcessAtTheOverageRate()
    {
        var meter = Meter(PricingModel.PerUnit) with
        {
            UnitPrice = Eur(0.01m), Cap = new UsageCap { Quantity = 10_000, Behaviour = CapBehaviour.OverageRate, OverageUnitPrice = Eur(0.015m) },
        };

        var invoice = Price(meter, 12_000);

        // 100 + 2,000 x 0.015 = 130
        Assert.Equal(Eur(130m), invoice.Total);
        Assert.Equal(Eur(30m), Assert.Single(invoice.Lines, l => l.Kind == InvoiceLineKind.Overage).Amount);
    }

    [Fact]
    public void Calculate_QuantityCapThrottled_BillsUpToTheCapAndWarns()
    {
        var meter = Meter(PricingModel.PerUnit) with { UnitPrice = Eur(0.01m), Cap = new UsageCap { Quantity = 10_000, Behaviour = CapBehaviour.Throttled } };

        var invoice = Price(meter, 12_000);

        Assert.Equal(Eur(100m), invoice.Total);
        Assert.Equal("AIC7011", Assert.Single(invoice.Diagnostics).Code);
        Assert.True(invoice.IsComplete); // a warning: the number is right
    }

    [Fact]
    public void Calculate_MeterSpendCap_DeductsDownToTheCap()
    {
        var meter = Meter(PricingModel.PerUnit) with { UnitPrice = Eur(0.01m), Cap = new UsageCap { Spend = Eur(75m) } };

        var invoice = Price(meter, 12_000);

        // 120.00 charged, -45.00 adjustment
        Assert.Equal(Eur(75m), invoice.Total);
        Assert.Equal(Eur(-45m), Assert.Single(invoice.Lines, l => l.Kind == InvoiceLineKind.SpendCapAdjustment).Amount);
    }

    [Fact]
    public void Calculate_MinimumCommitment_TruesUpTheShortfall()
    {
        var contract = Contract(new PricingTerms
        {
            Currency = Currency.Eur,
            Meters = [Meter(PricingModel.PerUnit) with { UnitPrice = Eur(0.01m) }],
            MinimumCommitment = new MinimumCommitment { Amount = Eur(500m), TrueUp = true },
        });

        var invoice = InvoiceCalculator.Calculate(contract, Usage(12_000));

        // 120 usage + 380 true-up = 500
        Assert.Equal(Eur(500m), invoice.Total);
        Assert.Equal(Eur(380m), Assert.Single(invoice.Lines, l => l.Kind == InvoiceLineKind.MinimumCommitmentTrueUp).Amount);
    }

    [Fact]
    public void Calculate_MinimumCommitmentWithoutTrueUp_BillsUsageOnly()
    {
        var contract = Contract(new PricingTerms
        {
            Currency = Currency.Eur,
            Meters = [Meter(PricingModel.PerUnit) with { UnitPrice = Eur(0.01m) }],
            MinimumCommitment = new MinimumCommitment { Amount = Eur(500m), TrueUp = false },
        });

        Assert.Equal(Eur(120m), InvoiceCalculator.Calculate(contract, Usage(12_000)).Total);
    }

    [Fact]
    public void Calculate_AnnualCommitmentOnMonthlyInvoices_WarnsAndMakesNoTrueUp()
    {
        var contract = Contract(new PricingTerms
        {
            Currency = Currency.Eur,
            BillingPeriod = BillingPeriod.Monthly,
            Meters = [Meter(PricingModel.PerUnit) with { UnitPrice = Eur(0.01m) }],
            MinimumCommitment = new MinimumCommitment { Amount = Eur(6000m), Per = BillingPeriod.Annually, TrueUp = true },
        });

        var invoice = InvoiceCalculator.Calculate(contract, Usage(12_000));

        Assert.Equal(Eur(120m), invoice.Total);
        Assert.Equal("AIC7019", Assert.Single(invoice.Diagnostics).Code);
    }

    [Fact]
    public void Calculate_TotalSpendCapBelowCommitment_TheCapWins()
    {
        var contract = Contract(new PricingTerms
        {
            Currency = Currency.Eur,
            Meters = [Meter(PricingModel.PerUnit) with { UnitPrice = Eur(0.01m) }],
            MinimumCommitment = new MinimumCommitment { Amount = Eur(500m) },
            TotalCap = new UsageCap { Spend = Eur(300m) },
        });

        var invoice = InvoiceCalculator.Calculate(contract, Usage(12_000));

        // 120 + 380 true-up = 500, capped to 300 by a -200 adjustment
        Assert.Equal(Eur(300m), invoice.Total);
        Assert.Equal(Eur(-200m), Assert.Single(invoice.Lines, l => l.Kind == InvoiceLineKind.SpendCapAdjustment).Amount);
    }

    [Fact]
    public void Calculate_PrepaidFees_AreDrawnDownAndTheBalanceCarried()
    {
        var contract = Contract(new PricingTerms
        {
            Currency = Currency.Eur,
            Meters = [Meter(PricingModel.PerUnit) with { UnitPrice = Eur(0.01m) }],
            UpfrontFees = [new UpfrontFee { Description = "Prepaid usage", Amount = Eur(100m), CreditedAgainstUsage = true },
                new UpfrontFee { Description = "Onboarding", Amount = Eur(900m), CreditedAgainstUsage = false }],
        });

        var first = InvoiceCalculator.Calculate(contract, Usage(8_000));
        var second = InvoiceCalculator.Calculate(contract, Usage(8_000) with { PrepaidBalance = first.PrepaidBalanceRemaining });

        // 80 drawn from 100 (the onboarding fee is not prepaid usage), then 20 of the remaining 20
        Assert.Equal(Eur(0m), first.Total);
        Assert.Equal(Eur(20m), first.PrepaidBalanceRemaining);
        Assert.Equal(Eur(60m), second.Total);
        Assert.Equal(Eur(-20m), second.PrepaidDrawdown);
        Assert.Equal(Eur(0m), second.PrepaidBalanceRemaining);
    }

    [Theory]
    [InlineData("HalfEven", 0.12)] // 0.125 -> 0.12
    [InlineData("HalfAwayFromZero", 0.13)]
    [InlineData("Up", 0.13)]
    [InlineData("Down", 0.12)]
    public void Calculate_RoundingMode_RoundsEachLineAsTheContractSays(string mode, double expected)
    {
        var invoice = Price(Meter(PricingModel.PerUnit) with { UnitPrice = Eur(0.0125m) }, 10, RoundingMode.FromName(mode));

        Assert.Equal(Eur((decimal)expected), invoice.Total);
        Assert.Equal(2, invoice.Total!.Amount.Scale);
    }

    [Fact]
    public void Calculate_NoRoundingStated_UsesHalfEven()
    {
        var invoice = Price(Meter(PricingModel.PerUnit) with { UnitPrice = Eur(0.0135m) }, 10);

        // 0.135 -> 0.14 (4 is even)
        Assert.Equal(Eur(0.14m), invoice.Total);
        Assert.Equal(RoundingMode.HalfEven, invoice.Rounding);
    }

    [Fact]
    public void Calculate_ZeroMinorUnitCurrency_RoundsToWholeUnits()
    {
        var jpy = Currency.FromCode("JPY");
        var contract = Contract(new PricingTerms
        {
            Currency = jpy,
            Meters = [Meter(PricingModel.PerUnit) with { UnitPrice = new Money(0.35m, jpy) }],
        });

        // 10 x 0.35 = 3.5 -> 4 (half even)
        Assert.Equal(new Money(4m, jpy), InvoiceCalculator.Calculate(contract, Usage(10)).Total);
    }

    [Fact]
    public void Calculate_VolumePricing_CanCostLessForMoreUsage()
    {
        // The cliff of volume pricing, as billing platforms define it: 1,000 units cost 100.00 but 1,001 cost 80.08.
        Assert.True(Price(VolumeMeter, 1001).Total!.Amount < Price(VolumeMeter, 1000).Total!.Amount);
    }

    [Fact]
    public void Calculate_MeterWithoutUsage_IsBilledAsZeroQuantity()
    {
        var contract = WithMeter(Meter(PricingModel.Flat) with { FlatFee = Eur(10m) });

        var invoice = InvoiceCalculator.Calculate(contract, new UsageStatement { Period = March });

        Assert.Equal(Eur(10m), invoice.Total);
    }

    [Fact]
    public void Calculate_NegativePrice_IsNotBilled()
    {
        var invoice = Price(Meter(PricingModel.PerUnit) with { UnitPrice = Eur(-0.01m) }, 100);

        Assert.Equal("AIC7008", Assert.Single(invoice.Diagnostics).Code);
        Assert.Empty(invoice.Lines);
    }

    [Fact]
    public void Calculate_NegativeTotalCap_IsAnIntegrityErrorAndGivesNoTotal()
    {
        var contract = Contract(new PricingTerms { Currency = Currency.Eur, Meters = [Meter(PricingModel.PerUnit) with { UnitPrice = Eur(0.01m) }], TotalCap = new UsageCap { Spend = Eur(-1m) } });

        var invoice = InvoiceCalculator.Calculate(contract, Usage(100));

        Assert.Null(invoice.Total);
        Assert.Empty(invoice.Lines);
        var finding = Assert.Single(invoice.Diagnostics);
        Assert.Equal(("AIC0204", "/pricing/totalCap/spend"), (finding.Code, finding.Pointer));
    }

    [Theory]
    [InlineData("Monthly", 2026, 3, 1, 2026, 3, 31, false)]
    [InlineData("Monthly", 2026, 3, 2, 2026, 4, 1, true)]
    [InlineData("Quarterly", 2026, 4, 1, 2026, 6, 30, false)]
    [InlineData("Quarterly", 2026, 3, 1, 2026, 5, 31, true)]
    [InlineData("Annually", 2026, 1, 1, 2026, 12, 31, false)]
    public void Calculate_PeriodAndBillingPeriod_WarnsWhenThePeriodIsNotOneBillingPeriod(string billing, int y1, int m1, int d1, int y2, int m2, int d2, bool warns)
    {
        var contract = Contract(new PricingTerms { Currency = Currency.Eur, BillingPeriod = BillingPeriod.FromName(billing), Meters = [Meter(PricingModel.Flat) with { FlatFee = Eur(10m) }] });
        var usage = new UsageStatement { Period = new AiContracts.Domain.Computations.ComputationPeriod { FirstDay = new NodaTime.LocalDate(y1, m1, d1), LastDay = new NodaTime.LocalDate(y2, m2, d2) } };

        var invoice = InvoiceCalculator.Calculate(contract, usage);

        Assert.Equal(warns, invoice.Diagnostics.Any(d => d.Code == "AIC7021"));
        Assert.Equal(Eur(10m), invoice.Total); // the flat fee in full either way
    }

    [Fact]
    public void Calculate_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => InvoiceCalculator.Calculate(null!, Usage(1)));
        Assert.Throws<ArgumentNullException>(() => InvoiceCalculator.Calculate(Contract(), null!));
    }
}

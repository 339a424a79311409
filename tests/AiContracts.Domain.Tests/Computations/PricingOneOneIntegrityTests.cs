using AiContracts.Domain.Computations.Invoicing;
using AiContracts.Domain.Pricing;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.Validation;
using NodaTime;
using static AiContracts.Domain.Tests.Computations.Fixtures;

namespace AiContracts.Domain.Tests.Computations;

/// <summary>
/// Every format 1.1 pricing term has its always-on integrity check: a contract that breaks one gets the finding from
/// validation with no playbook, and the invoice calculator refuses it with that finding instead of a number.
/// </summary>
public sealed class PricingOneOneIntegrityTests
{
    private static readonly Meter PerUnit = Meter(PricingModel.PerUnit) with { UnitPrice = Eur(1m) };

    private static AiContract With(Meter meter) => WithMeter(meter);

    private static AiContract WithDiscount(Discount discount) => WithMeter(PerUnit) is var c ? c with { Pricing = c.Pricing! with { Discounts = [discount] } } : null!;

    /// <summary>A broken contract per term, with the code and pointer it must be refused with.</summary>
    public static TheoryData<string, string, string> Broken => new()
    {
        { "tier minimum above its maximum", "AIC0210", "/pricing/meters/0/tiers/0/minimumCharge" },
        { "per-event minimum above its maximum", "AIC0210", "/pricing/meters/0/transactionFee/minimumPerEvent" },
        { "meter minimum charge above its spend cap", "AIC0210", "/pricing/meters/0/minimumCharge" },
        { "included units on a flat fee", "AIC0211", "/pricing/meters/0/includedUnits" },
        { "included units on a subscription", "AIC0211", "/pricing/meters/0/includedUnits" },
        { "minimum packages on a per-unit meter", "AIC0211", "/pricing/meters/0/package/minimumPackages" },
        { "transaction fee on a per-unit meter", "AIC0211", "/pricing/meters/0/transactionFee" },
        { "tier rate on a graduated meter", "AIC0211", "/pricing/meters/0/tiers/0/rate" },
        { "tier limits and per-event limits together", "AIC0211", "/pricing/meters/0/tiers/0/maximumCharge" },
        { "quantity cap on a percentage meter", "AIC0211", "/pricing/meters/0/cap/quantity" },
        { "discount with both a percentage and an amount", "AIC0212", "/pricing/discounts/0" },
        { "discount with neither", "AIC0212", "/pricing/discounts/0" },
        { "fee rate and tier rates together", "AIC0212", "/pricing/meters/0/transactionFee/rate" },
        { "discount range ending before it starts", "AIC0213", "/pricing/discounts/0/until" },
        { "discount on an unknown meter", "AIC0202", "/pricing/discounts/0/meterId" },
        { "negative included units", "AIC0204", "/pricing/meters/0/includedUnits" },
        { "fractional minimum packages", "AIC0204", "/pricing/meters/0/package/minimumPackages" },
        { "negative discount amount", "AIC0204", "/pricing/discounts/0/amount" },
        { "discount in another currency", "AIC4004", "/pricing/discounts/0/amount/currency" },
    };

    private static AiContract Make(string name) => name switch
    {
        "tier minimum above its maximum" => With(Meter(PricingModel.Graduated) with { Tiers = [Tier(null, 1m) with { MinimumCharge = Eur(50m), MaximumCharge = Eur(20m) }] }),
        "per-event minimum above its maximum" => With(Meter(PricingModel.PercentageOfAmount) with
        {
            TransactionFee = new TransactionFee { Rate = Percentage.FromPercent(1), MinimumPerEvent = Eur(5m), MaximumPerEvent = Eur(1m) },
        }),
        "meter minimum charge above its spend cap" => With(PerUnit with { MinimumCharge = Eur(500m), Cap = new UsageCap { Spend = Eur(100m) } }),
        "included units on a flat fee" => With(Meter(PricingModel.Flat) with { FlatFee = Eur(10m), IncludedUnits = 100 }),
        "included units on a subscription" => With(PerUnit with { Unit = MeterUnit.Subscription, IncludedUnits = 100 }),
        "minimum packages on a per-unit meter" => With(PerUnit with { Package = new PackagePricing { Size = 10, Price = Eur(1m), MinimumPackages = 3 } }),
        "transaction fee on a per-unit meter" => With(PerUnit with { TransactionFee = new TransactionFee { Rate = Percentage.FromPercent(1) } }),
        "tier rate on a graduated meter" => With(Meter(PricingModel.Graduated) with { Tiers = [Tier(null, 1m) with { Rate = Percentage.FromPercent(1) }] }),
        "tier limits and per-event limits together" => With(Meter(PricingModel.PercentageOfAmount) with
        {
            Tiers = [new PriceTier { Rate = Percentage.FromPercent(1), MaximumCharge = Eur(100m) }],
            TransactionFee = new TransactionFee { MinimumPerEvent = Eur(1m) },
        }),
        "quantity cap on a percentage meter" => With(Meter(PricingModel.PercentageOfAmount) with
        {
            TransactionFee = new TransactionFee { Rate = Percentage.FromPercent(1) },
            Cap = new UsageCap { Quantity = 10 },
        }),
        "discount with both a percentage and an amount" => WithDiscount(new Discount { Percentage = Percentage.FromPercent(10), Amount = Eur(5m) }),
        "discount with neither" => WithDiscount(new Discount { Description = "Nothing" }),
        "fee rate and tier rates together" => With(Meter(PricingModel.PercentageOfAmount) with
        {
            Tiers = [new PriceTier { Rate = Percentage.FromPercent(1) }],
            TransactionFee = new TransactionFee { Rate = Percentage.FromPercent(2) },
        }),
        "discount range ending before it starts" => WithDiscount(new Discount { Percentage = Percentage.FromPercent(10), From = new LocalDate(2026, 7, 1), Until = new LocalDate(2026, 6, 30) }),
        "discount on an unknown meter" => WithDiscount(new Discount { Percentage = Percentage.FromPercent(10), MeterId = Id("nope") }),
        "negative included units" => With(PerUnit with { IncludedUnits = -1 }),
        "fractional minimum packages" => With(Meter(PricingModel.Package) with { Package = new PackagePricing { Size = 10, Price = Eur(1m), MinimumPackages = 2.5m } }),
        "negative discount amount" => WithDiscount(new Discount { Amount = Eur(-5m) }),
        "discount in another currency" => WithDiscount(new Discount { Amount = new Money(5m, Currency.Usd) }),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Validate_BrokenTerm_IsAnIntegrityErrorWithoutAPlaybook(string name, string code, string pointer)
    {
        var report = Playbook.None.CreateValidator().Validate(Make(name));

        Assert.Contains(report.Diagnostics, d => (d.Code, d.Pointer, d.Severity) == (code, pointer, Diagnostics.DiagnosticSeverity.Error));
        Assert.Contains(ContractIntegrity.Check(Make(name)).Diagnostics, d => (d.Code, d.Pointer) == (code, pointer));
    }

    [Theory]
    [MemberData(nameof(Broken))]
    public void Price_BrokenTerm_IsRefusedWithTheFindingInsteadOfANumber(string name, string code, string pointer)
    {
        var invoice = InvoiceCalculator.Calculate(Make(name), Usage(10));

        Assert.Null(invoice.Total);
        Assert.Empty(invoice.Lines);
        Assert.Contains(invoice.Diagnostics, d => (d.Code, d.Pointer) == (code, pointer));
    }

    [Fact]
    public void Codes_OfTheNewChecks_AreListedAsIntegrityCodes()
    {
        Assert.Subset(ContractIntegrity.Codes.ToHashSet(), new HashSet<string> { "AIC0210", "AIC0211", "AIC0212", "AIC0213" });
    }

    [Fact]
    public void Price_EventWithANegativeAmount_IsNotBilledAndSaysWhy()
    {
        var contract = With(Meter(PricingModel.PercentageOfAmount) with { TransactionFee = new TransactionFee { Rate = Percentage.FromPercent(1) } });
        var usage = Usage(2) with { Meters = [new MeterUsage { MeterId = Id("m"), Quantity = 2, Events = [new UsageEvent { Amount = Eur(10m) }, new UsageEvent { Amount = Eur(-10m) }] }] };

        var invoice = InvoiceCalculator.Calculate(contract, usage);

        Assert.Contains(invoice.Diagnostics, d => (d.Code, d.Pointer) == ("AIC7003", "/meters/0/events/1/amount"));
        Assert.DoesNotContain(invoice.Lines, l => l.MeterId == Id("m"));
    }

    [Fact]
    public void Price_EventInAnotherCurrency_IsNotBilledAndSaysWhy()
    {
        var contract = With(Meter(PricingModel.PercentageOfAmount) with { TransactionFee = new TransactionFee { Rate = Percentage.FromPercent(1) } });
        var usage = Usage(1) with { Meters = [new MeterUsage { MeterId = Id("m"), Quantity = 1, Events = [new UsageEvent { Amount = new Money(10m, Currency.Usd) }] }] };

        var invoice = InvoiceCalculator.Calculate(contract, usage);

        Assert.Contains(invoice.Diagnostics, d => (d.Code, d.Pointer) == ("AIC7006", "/meters/0/events/0/amount"));
    }

    [Fact]
    public void Price_PercentageMeterWithoutFeeOrTiers_IsIncompleteNotZero()
    {
        var invoice = InvoiceCalculator.Calculate(With(Meter(PricingModel.PercentageOfAmount)), Usage(0) with { Meters = [] });

        Assert.Contains(invoice.Diagnostics, d => (d.Code, d.Pointer) == ("AIC7008", "/pricing/meters/0/transactionFee"));
    }
}

using AiContracts.Domain.Computations.Invoicing;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Pricing;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.Validation;
using NodaTime;
using static AiContracts.Domain.Tests.Computations.Fixtures;

namespace AiContracts.Domain.Tests.Computations;

/// <summary>
/// Every format 1.2 rate-card term has its always-on integrity check: a contract that breaks one gets the finding from
/// validation with no playbook, and the invoice calculator refuses it with that finding instead of a number.
/// </summary>
public sealed class PricingOneTwoIntegrityTests
{
    private static UsageCounter Counter(string id, string? containedIn = null) => new() { Id = Id(id), Name = id, ContainedIn = containedIn is null ? null : Id(containedIn) };

    private static CounterPrice Price(string counter, decimal price = 1m, string? tier = null) => new() { Counter = Id(counter), Price = Eur(price), Per = 1000m, Tier = tier is null ? null : Id(tier) };

    /// <summary>A valid rate card: input with cached tokens inside it, output; a tier above 1,000 input tokens; batch on input and output.</summary>
    private static readonly RateCard Card = new()
    {
        Id = Id("card"),
        Name = "Card",
        Counters = [Counter("input"), Counter("cached", "input"), Counter("output")],
        Prices = [Price("input"), Price("cached", 0.1m), Price("output", 4m), Price("input", 2m, "large")],
        RequestSize = [Id("input")],
        RequestTiers = [new RequestTier { Id = Id("small") }, new RequestTier { Id = Id("large"), Above = 1000 }],
        Modifiers = [new PriceModifier { Id = Id("batch"), Name = "Batch", Multiplier = 0.5m, Counters = [Id("input"), Id("output")] }],
        PriceVersions = [new PriceVersion { EffectiveFrom = new LocalDate(2026, 3, 15), Prices = [Price("output", 3m)] }],
    };

    private static AiContract With(RateCard card, Func<PricingTerms, PricingTerms>? change = null)
    {
        var pricing = new PricingTerms { Currency = Currency.Eur, RateCards = [card] };
        return Contract(change is null ? pricing : change(pricing));
    }

    /// <summary>A broken contract per term, with the code and pointer it must be refused with.</summary>
    public static TheoryData<string, string, string> Broken => new()
    {
        { "two rate cards with one id", "AIC0201", "/pricing/rateCards/1/id" },
        { "two counters with one id", "AIC0201", "/pricing/rateCards/0/counters/3/id" },
        { "counter contained in an unknown counter", "AIC0202", "/pricing/rateCards/0/counters/1/containedIn" },
        { "price of an unknown counter", "AIC0202", "/pricing/rateCards/0/prices/4/counter" },
        { "price of an unknown tier", "AIC0202", "/pricing/rateCards/0/prices/3/tier" },
        { "request size of an unknown counter", "AIC0202", "/pricing/rateCards/0/requestSize/0" },
        { "modifier of an unknown counter", "AIC0202", "/pricing/rateCards/0/modifiers/0/counters/1" },
        { "allowance of an unknown rate card", "AIC0202", "/pricing/allowances/0/counters/0/rateCard" },
        { "allowance of an unknown counter", "AIC0202", "/pricing/allowances/0/counters/0/counter" },
        { "counter without a price", "AIC0214", "/pricing/rateCards/0/counters/2" },
        { "counter priced twice", "AIC0214", "/pricing/rateCards/0/prices/4" },
        { "containment loop", "AIC0215", "/pricing/rateCards/0/counters/0/containedIn" },
        { "request tiers descending", "AIC0216", "/pricing/rateCards/0/requestTiers/2/above" },
        { "at least after above on one bound", "AIC0216", "/pricing/rateCards/0/requestTiers/2/atLeast" },
        { "price versions out of order", "AIC0217", "/pricing/rateCards/0/priceVersions/1/effectiveFrom" },
        { "first request tier with a bound", "AIC0211", "/pricing/rateCards/0/requestTiers/0/above" },
        { "request size without tiers", "AIC0211", "/pricing/rateCards/0/requestSize" },
        { "later request tier without a bound", "AIC0212", "/pricing/rateCards/0/requestTiers/1" },
        { "request tiers without a request size", "AIC0204", "/pricing/rateCards/0/requestTiers" },
        { "rate card without counters", "AIC0204", "/pricing/rateCards/0" },
        { "negative price", "AIC0204", "/pricing/rateCards/0/prices/0/price" },
        { "price per zero units", "AIC0204", "/pricing/rateCards/0/prices/0/per" },
        { "negative multiplier", "AIC0204", "/pricing/rateCards/0/modifiers/0/multiplier" },
        { "modifier naming no counter", "AIC0204", "/pricing/rateCards/0/modifiers/0" },
        { "zero rounding increment", "AIC0204", "/pricing/rateCards/0/counters/0/rounding/increment" },
        { "negative minimum per job", "AIC0204", "/pricing/rateCards/0/minimumPerJob" },
        { "negative allowance", "AIC0204", "/pricing/allowances/0/quantity" },
        { "line decimals below the minor unit", "AIC0204", "/pricing/lineAmountDecimals" },
        { "price in another currency", "AIC4004", "/pricing/rateCards/0/prices/0/price/currency" },
    };

    private static Allowance Free(string card, string counter) =>
        new() { Id = Id("free"), Name = "Free", Quantity = 100, Resets = AllowanceReset.Daily, Counters = [new CounterReference { RateCard = Id(card), Counter = Id(counter) }] };

    private static AiContract Make(string name) => name switch
    {
        "two rate cards with one id" => Contract(new PricingTerms { Currency = Currency.Eur, RateCards = [Card, Card] }),
        "two counters with one id" => With(Card with { Counters = [.. Card.Counters, Counter("input")] }),
        "counter contained in an unknown counter" => With(Card with { Counters = [Counter("input"), Counter("cached", "prompt"), Counter("output")] }),
        "price of an unknown counter" => With(Card with { Prices = [.. Card.Prices, Price("reasoning")] }),
        "price of an unknown tier" => With(Card with { Prices = [Price("input"), Price("cached", 0.1m), Price("output", 4m), Price("input", 2m, "huge")] }),
        "request size of an unknown counter" => With(Card with { RequestSize = [Id("prompt")] }),
        "modifier of an unknown counter" => With(Card with { Modifiers = [Card.Modifiers[0] with { Counters = [Id("input"), Id("thoughts")] }] }),
        "allowance of an unknown rate card" => With(Card, p => p with { Allowances = [Free("nope", "input")] }),
        "allowance of an unknown counter" => With(Card, p => p with { Allowances = [Free("card", "nope")] }),
        "counter without a price" => With(Card with { Prices = [Price("input"), Price("cached", 0.1m), Price("input", 2m, "large")] }),
        "counter priced twice" => With(Card with { Prices = [.. Card.Prices, Price("output", 5m)] }),
        "containment loop" => With(Card with { Counters = [Counter("input", "cached"), Counter("cached", "input"), Counter("output")] }),
        "request tiers descending" => With(Card with { RequestTiers = [.. Card.RequestTiers, new RequestTier { Id = Id("medium"), Above = 500 }] }),
        "at least after above on one bound" => With(Card with { RequestTiers = [.. Card.RequestTiers, new RequestTier { Id = Id("medium"), AtLeast = 1000 }] }),
        "price versions out of order" => With(Card with { PriceVersions = [.. Card.PriceVersions, new PriceVersion { EffectiveFrom = new LocalDate(2026, 3, 1) }] }),
        "first request tier with a bound" => With(Card with { RequestTiers = [new RequestTier { Id = Id("small"), Above = 0 }, Card.RequestTiers[1]] }),
        "request size without tiers" => With(Card with { RequestTiers = [], Prices = [Price("input"), Price("cached", 0.1m), Price("output", 4m)] }),
        "later request tier without a bound" => With(Card with { RequestTiers = [Card.RequestTiers[0], new RequestTier { Id = Id("large") }] }),
        "request tiers without a request size" => With(Card with { RequestSize = [] }),
        "rate card without counters" => With(Card with { Counters = [], Prices = [], RequestSize = [], RequestTiers = [], Modifiers = [], PriceVersions = [] }),
        "negative price" => With(Card with { Prices = [Price("input", -1m), .. Card.Prices.Skip(1)] }),
        "price per zero units" => With(Card with { Prices = [Price("input") with { Per = 0 }, .. Card.Prices.Skip(1)] }),
        "negative multiplier" => With(Card with { Modifiers = [Card.Modifiers[0] with { Multiplier = -0.5m }] }),
        "modifier naming no counter" => With(Card with { Modifiers = [Card.Modifiers[0] with { Counters = [] }] }),
        "zero rounding increment" => With(Card with { Counters = [Counter("input") with { Rounding = new QuantityRounding { Increment = 0 } }, .. Card.Counters.Skip(1)] }),
        "negative minimum per job" => With(Card with { MinimumPerJob = Eur(-4m) }),
        "negative allowance" => With(Card, p => p with { Allowances = [Free("card", "input") with { Quantity = -1 }] }),
        "line decimals below the minor unit" => With(Card, p => p with { LineAmountDecimals = 1 }),
        "price in another currency" => With(Card with { Prices = [Price("input") with { Price = new Money(1m, Currency.Usd) }, .. Card.Prices.Skip(1)] }),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    [Fact]
    public void Validate_TheValidRateCard_HasNoFindings()
    {
        Assert.Empty(Playbook.None.CreateValidator().Validate(With(Card, p => p with { Allowances = [Free("card", "input")], LineAmountDecimals = 6 })).Diagnostics);
    }

    [Theory]
    [MemberData(nameof(Broken))]
    public void Validate_BrokenTerm_IsAnIntegrityErrorWithoutAPlaybook(string name, string code, string pointer)
    {
        var report = Playbook.None.CreateValidator().Validate(Make(name));

        Assert.Contains(report.Diagnostics, d => (d.Code, d.Pointer, d.Severity) == (code, pointer, DiagnosticSeverity.Error));
    }

    [Theory]
    [MemberData(nameof(Broken))]
    public void Price_BrokenTerm_IsRefusedWithTheFindingInsteadOfANumber(string name, string code, string pointer)
    {
        var usage = Usage(0) with { Meters = [], Records = [new UsageRecord { RateCard = Id("card"), At = Instant.FromUtc(2026, 3, 2, 12, 0), Counters = [new CounterQuantity { Counter = Id("input"), Quantity = 10 }] }] };

        var invoice = InvoiceCalculator.Calculate(Make(name), usage);

        Assert.Null(invoice.Total);
        Assert.Empty(invoice.Lines);
        Assert.Contains(invoice.Diagnostics, d => (d.Code, d.Pointer) == (code, pointer));
    }

    [Fact]
    public void Codes_OfTheNewChecks_AreListedAsIntegrityCodes()
    {
        Assert.Subset(ContractIntegrity.Codes.ToHashSet(), new HashSet<string> { "AIC0214", "AIC0215", "AIC0216", "AIC0217" });
    }

    [Fact]
    public void Price_AValidRecord_IsPricedAtItsTierVersionAndModifiers()
    {
        // 2,000 input tokens with 500 cached (large tier: 1,500 at 2 per 1,000 = 3.00, 500 cached at 0.1 = 0.05) and 100 output
        // tokens under the version from 15 March (3 per 1,000 = 0.30), all at batch prices except the cached ones: 1.50 + 0.05 + 0.15.
        var usage = Usage(0) with
        {
            Meters = [],
            Records =
            [
                new UsageRecord
                {
                    RateCard = Id("card"),
                    At = Instant.FromUtc(2026, 3, 20, 12, 0),
                    Modifiers = [Id("batch")],
                    Counters = [new CounterQuantity { Counter = Id("input"), Quantity = 2000 }, new CounterQuantity { Counter = Id("cached"), Quantity = 500 }, new CounterQuantity { Counter = Id("output"), Quantity = 100 }],
                },
            ],
        };

        var invoice = InvoiceCalculator.Calculate(With(Card), usage);

        Assert.True(invoice.IsComplete, string.Join("; ", invoice.Diagnostics.Select(d => d.Message)));
        Assert.Equal([1.50m, 0.05m, 0.15m], invoice.Lines.Select(l => l.Amount.Amount));
        Assert.Equal(Eur(1.70m), invoice.Total);
    }
}

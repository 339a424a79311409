using System.Globalization;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Pricing;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation;

/// <summary>
/// Integrity of the format 1.2 AI price sheets, so that every record can be priced one way: identifiers unique within
/// their list (AIC0201) and references resolving (AIC0202); every counter priced for every request (AIC0214); no
/// counter counted inside itself (AIC0215); request tiers ascending from an unbounded first tier, each later one with
/// exactly one bound (AIC0216, AIC0212, AIC0211); price versions in ascending order of their days (AIC0217); modifiers
/// naming at least one counter; prices, multipliers, increments, minimums and allowances in range (AIC0204); every amount
/// in the pricing currency (AIC4004).
/// </summary>
/// <remarks>Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class RateCardsRule : IContractRule
{
    /// <summary>The most modifiers a rate card may have (a request's modifiers are held as a set of flags).</summary>
    internal const int MaxModifiers = 64;

    /// <summary>The most decimal places a line amount may keep.</summary>
    private const int MaxDecimals = 20;

    private static readonly JsonPointer RateCardsAt = JsonPointer.Root / "pricing" / "rateCards";

    private static readonly JsonPointer AllowancesAt = JsonPointer.Root / "pricing" / "allowances";

    /// <inheritdoc />
    public string Id => "rate-cards";

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Evaluate(AiContract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var findings = new List<Diagnostic>();
        if (contract.Pricing is not { } pricing)
        {
            return findings;
        }

        Unique(pricing.RateCards.Select(c => c.Id), RateCardsAt, "rate card", findings);
        for (var c = 0; c < pricing.RateCards.Count; c++)
        {
            CheckCard(pricing, pricing.RateCards[c], RateCardsAt / c, findings);
        }

        Unique(pricing.Allowances.Select(a => a.Id), AllowancesAt, "allowance", findings);
        for (var a = 0; a < pricing.Allowances.Count; a++)
        {
            CheckAllowance(pricing, pricing.Allowances[a], AllowancesAt / a, findings);
        }

        if (pricing.LineAmountDecimals is { } decimals && (decimals < pricing.Currency.MinorUnits || decimals > MaxDecimals))
        {
            findings.Add(DiagnosticCatalogue.NotComputable.Create(JsonPointer.Root / "pricing" / "lineAmountDecimals", Id, ("what", "The decimal places of rate-card lines"), ("value", Text(decimals)),
                ("expected", $"they must be at least the {pricing.Currency.Code} minor unit's {Text(pricing.Currency.MinorUnits)} and at most {Text(MaxDecimals)}")));
        }

        return findings;
    }

    private void CheckCard(PricingTerms pricing, RateCard card, JsonPointer at, List<Diagnostic> findings)
    {
        var what = $"rate card '{card.Id}'";
        if (card.Counters.IsEmpty)
        {
            findings.Add(DiagnosticCatalogue.NotComputable.Create(at, Id, ("what", $"The counters of {what}"), ("value", "no counter"), ("expected", "a rate card prices at least one counter")));
        }

        var counters = Unique(card.Counters.Select(x => x.Id), at / "counters", $"counter of {what}", findings);
        var tiers = Unique(card.RequestTiers.Select(t => t.Id), at / "requestTiers", $"request tier of {what}", findings);
        Unique(card.Modifiers.Select(m => m.Id), at / "modifiers", $"modifier of {what}", findings);

        for (var x = 0; x < card.Counters.Count; x++)
        {
            var counter = card.Counters[x];
            var counterAt = at / "counters" / x;
            if (counter.ContainedIn is { } container && !counters.Contains(container))
            {
                Unknown(counterAt / "containedIn", container, $"counter of {what}", counters, findings);
            }

            if (counter.Rounding is { } rounding && rounding.Increment <= 0)
            {
                findings.Add(DiagnosticCatalogue.NotComputable.Create(counterAt / "rounding" / "increment", Id, ("what", $"The rounding increment of counter '{counter.Id}' of {what}"), ("value", Text(rounding.Increment)), ("expected", "it must be greater than zero")));
            }

            if (counter.Rounding?.Minimum is < 0)
            {
                findings.Add(DiagnosticCatalogue.NotComputable.Create(counterAt / "rounding" / "minimum", Id, ("what", $"The minimum quantity of counter '{counter.Id}' of {what}"), ("value", Text(counter.Rounding.Minimum.Value)), ("expected", "it must not be negative")));
            }
        }

        CheckContainment(card, at, findings);
        CheckPrices(pricing, card, card.Prices, at / "prices", counters, tiers, requireBase: true, findings);
        for (var s = 0; s < card.RequestSize.Count; s++)
        {
            if (!counters.Contains(card.RequestSize[s]))
            {
                Unknown(at / "requestSize" / s, card.RequestSize[s], $"counter of {what}", counters, findings);
            }
        }

        if (!card.RequestTiers.IsEmpty && card.RequestSize.IsEmpty)
        {
            findings.Add(DiagnosticCatalogue.NotComputable.Create(at / "requestTiers", Id, ("what", $"The request tiers of {what}"), ("value", "stated without requestSize"), ("expected", "name the counters whose quantities make up a request's size in requestSize")));
        }
        else if (card.RequestTiers.IsEmpty && !card.RequestSize.IsEmpty)
        {
            findings.Add(DiagnosticCatalogue.TermNotApplicable.Create(at / "requestSize", Id, ("what", $"The request size of {what}"), ("reason", "the rate card has no request tiers for it to choose")));
        }

        CheckTiers(card, at, findings);
        if (card.Modifiers.Count > MaxModifiers)
        {
            findings.Add(DiagnosticCatalogue.NotComputable.Create(at / "modifiers", Id, ("what", $"The number of modifiers of {what}"), ("value", Text(card.Modifiers.Count)), ("expected", $"a rate card has at most {Text(MaxModifiers)}")));
        }

        for (var m = 0; m < card.Modifiers.Count; m++)
        {
            var modifier = card.Modifiers[m];
            var modifierAt = at / "modifiers" / m;
            if (modifier.Multiplier < 0)
            {
                findings.Add(DiagnosticCatalogue.NotComputable.Create(modifierAt / "multiplier", Id, ("what", $"The multiplier of modifier '{modifier.Id}' of {what}"), ("value", Text(modifier.Multiplier)), ("expected", "it must not be negative")));
            }

            if (modifier.Counters.IsEmpty)
            {
                findings.Add(DiagnosticCatalogue.NotComputable.Create(modifierAt, Id, ("what", $"The counters of modifier '{modifier.Id}' of {what}"), ("value", "no counter"), ("expected", "a modifier names at least one counter whose price it changes")));
            }

            for (var k = 0; k < modifier.Counters.Count; k++)
            {
                if (!counters.Contains(modifier.Counters[k]))
                {
                    Unknown(modifierAt / "counters" / k, modifier.Counters[k], $"counter of {what}", counters, findings);
                }
            }
        }

        for (var v = 0; v < card.PriceVersions.Count; v++)
        {
            var version = card.PriceVersions[v];
            var versionAt = at / "priceVersions" / v;
            if (v > 0 && version.EffectiveFrom <= card.PriceVersions[v - 1].EffectiveFrom)
            {
                findings.Add(DiagnosticCatalogue.PriceVersionsNotAscending.Create(versionAt / "effectiveFrom", Id, ("index", Text(v + 1)), ("card", card.Id.Value), ("value", Date(version.EffectiveFrom)), ("previous", Date(card.PriceVersions[v - 1].EffectiveFrom))));
            }

            CheckPrices(pricing, card, version.Prices, versionAt / "prices", counters, tiers, requireBase: false, findings);
        }

        CheckAmount(pricing, card.MinimumPerRequest, at / "minimumPerRequest", $"The minimum per request of {what}", findings);
        CheckAmount(pricing, card.MinimumPerJob, at / "minimumPerJob", $"The minimum per job of {what}", findings);
    }

    private void CheckPrices(PricingTerms pricing, RateCard card, ValueArray<CounterPrice> prices, JsonPointer at, HashSet<LocalId> counters, HashSet<LocalId> tiers, bool requireBase, List<Diagnostic> findings)
    {
        var what = $"rate card '{card.Id}'";
        var seen = new HashSet<(LocalId, LocalId?)>();
        for (var p = 0; p < prices.Count; p++)
        {
            var price = prices[p];
            var priceAt = at / p;
            if (!counters.Contains(price.Counter))
            {
                Unknown(priceAt / "counter", price.Counter, $"counter of {what}", counters, findings);
            }

            if (price.Tier is { } tier && !tiers.Contains(tier))
            {
                Unknown(priceAt / "tier", tier, $"request tier of {what}", tiers, findings);
            }

            if (!seen.Add((price.Counter, price.Tier)))
            {
                findings.Add(DiagnosticCatalogue.RateCardPriceMissing.Create(priceAt, Id, ("what", $"Counter '{price.Counter}' of {what}"),
                    ("problem", price.Tier is null ? "has two prices without a tier in this list" : $"has two prices for request tier '{price.Tier}' in this list")));
            }

            CheckAmount(pricing, price.Price, priceAt / "price", $"The price of counter '{price.Counter}' of {what}", findings);
            if (price.Per is { } per && per <= 0)
            {
                findings.Add(DiagnosticCatalogue.NotComputable.Create(priceAt / "per", Id, ("what", $"The units the price of counter '{price.Counter}' of {what} is for"), ("value", Text(per)), ("expected", "it must be greater than zero")));
            }
        }

        if (requireBase)
        {
            for (var x = 0; x < card.Counters.Count; x++)
            {
                if (!seen.Contains((card.Counters[x].Id, null)))
                {
                    findings.Add(DiagnosticCatalogue.RateCardPriceMissing.Create(at.GetParent() / "counters" / x, Id, ("what", $"Counter '{card.Counters[x].Id}' of {what}"), ("problem", "has no price without a tier in the rate card's prices")));
                }
            }
        }
    }

    private void CheckContainment(RateCard card, JsonPointer at, List<Diagnostic> findings)
    {
        var byId = new Dictionary<LocalId, LocalId?>();
        foreach (var counter in card.Counters)
        {
            byId.TryAdd(counter.Id, counter.ContainedIn);
        }

        for (var x = 0; x < card.Counters.Count; x++)
        {
            var start = card.Counters[x].Id;
            var path = new List<string> { start.Value };
            var current = card.Counters[x].ContainedIn;
            var first = true;
            while (current is not null && path.Count <= card.Counters.Count)
            {
                path.Add(current.Value);
                first &= current == start || IndexOf(card, current) > x;
                if (current == start)
                {
                    // A loop is reported once, at its first counter in list order.
                    if (!first)
                    {
                        break;
                    }

                    findings.Add(DiagnosticCatalogue.ContainmentLoop.Create(at / "counters" / x / "containedIn", Id, ("value", start.Value), ("card", card.Id.Value), ("path", string.Join(" -> ", path.Select(p => $"'{p}'")))));
                    break;
                }

                current = byId.TryGetValue(current, out var next) ? next : null;
            }
        }
    }

    private static int IndexOf(RateCard card, LocalId counter)
    {
        for (var i = 0; i < card.Counters.Count; i++)
        {
            if (card.Counters[i].Id == counter)
            {
                return i;
            }
        }

        return -1;
    }

    private void CheckTiers(RateCard card, JsonPointer at, List<Diagnostic> findings)
    {
        var what = $"rate card '{card.Id}'";
        (decimal Bound, int Kind)? previous = null;
        for (var t = 0; t < card.RequestTiers.Count; t++)
        {
            var tier = card.RequestTiers[t];
            var tierAt = at / "requestTiers" / t;
            if (t == 0)
            {
                if (tier.Above is not null || tier.AtLeast is not null)
                {
                    findings.Add(DiagnosticCatalogue.TermNotApplicable.Create(tierAt / (tier.Above is not null ? "above" : "atLeast"), Id, ("what", $"The bound of request tier '{tier.Id}' of {what}"),
                        ("reason", "the first request tier applies from zero; state the bound on the tier it starts")));
                }

                previous = (0m, -1);
                continue;
            }

            if ((tier.Above is null) == (tier.AtLeast is null))
            {
                findings.Add(DiagnosticCatalogue.ExactlyOneOf.Create(tierAt, Id, ("what", $"Request tier '{tier.Id}' of {what}"), ("found", tier.Above is null ? "neither" : "both"), ("options", "above and atLeast")));
                previous = null;
                continue;
            }

            // At least b admits b itself, so it starts below above b: (b, 0) < (b, 1).
            var current = tier.AtLeast is { } atLeast ? (atLeast, 0) : (tier.Above!.Value, 1);
            if (current.Item1 < 0)
            {
                findings.Add(DiagnosticCatalogue.NotComputable.Create(tierAt / (current.Item2 == 0 ? "atLeast" : "above"), Id, ("what", $"The bound of request tier '{tier.Id}' of {what}"), ("value", Text(current.Item1)), ("expected", "it must not be negative")));
            }
            else if (previous is { } before && (current.Item1 < before.Bound || (current.Item1 == before.Bound && current.Item2 <= before.Kind)))
            {
                findings.Add(DiagnosticCatalogue.RequestTiersNotAscending.Create(tierAt / (current.Item2 == 0 ? "atLeast" : "above"), Id, ("value", tier.Id.Value), ("card", card.Id.Value),
                    ("bound", Describe(current)), ("previous", before.Kind < 0 ? "from zero" : Describe(before))));
            }

            previous = current;
        }
    }

    private void CheckAllowance(PricingTerms pricing, Allowance allowance, JsonPointer at, List<Diagnostic> findings)
    {
        var what = $"allowance '{allowance.Id}'";
        if (allowance.Quantity < 0)
        {
            findings.Add(DiagnosticCatalogue.NotComputable.Create(at / "quantity", Id, ("what", $"The quantity of {what}"), ("value", Text(allowance.Quantity)), ("expected", "it must not be negative")));
        }

        if (allowance.Counters.IsEmpty)
        {
            findings.Add(DiagnosticCatalogue.NotComputable.Create(at, Id, ("what", $"The counters of {what}"), ("value", "no counter"), ("expected", "an allowance names at least one rate-card counter that draws on it")));
        }

        var seen = new HashSet<(LocalId, LocalId)>();
        for (var k = 0; k < allowance.Counters.Count; k++)
        {
            var reference = allowance.Counters[k];
            var referenceAt = at / "counters" / k;
            var card = pricing.RateCards.FirstOrDefault(c => c.Id == reference.RateCard);
            if (card is null)
            {
                Unknown(referenceAt / "rateCard", reference.RateCard, "rate card of the pricing", pricing.RateCards.Select(c => c.Id).ToHashSet(), findings);
            }
            else if (!card.Counters.Any(c => c.Id == reference.Counter))
            {
                Unknown(referenceAt / "counter", reference.Counter, $"counter of rate card '{card.Id}'", card.Counters.Select(c => c.Id).ToHashSet(), findings);
            }
            else if (!seen.Add((reference.RateCard, reference.Counter)))
            {
                findings.Add(DiagnosticCatalogue.DuplicateId.Create(referenceAt, Id, ("value", $"{reference.RateCard}/{reference.Counter}"), ("what", $"a counter of {what}"), ("first", "in this list")));
            }
        }
    }

    private void CheckAmount(PricingTerms pricing, Money? amount, JsonPointer at, string what, List<Diagnostic> findings)
    {
        if (amount is null)
        {
            return;
        }

        if (amount.Currency != pricing.Currency)
        {
            findings.Add(DiagnosticCatalogue.MixedCurrencies.Create(at / "currency", Id, ("value", amount.Currency.Code), ("currency", pricing.Currency.Code)));
        }
        else if (amount.Amount < 0)
        {
            findings.Add(DiagnosticCatalogue.NotComputable.Create(at, Id, ("what", what), ("value", amount.ToString()), ("expected", "it must not be negative")));
        }
    }

    private HashSet<LocalId> Unique(IEnumerable<LocalId> ids, JsonPointer at, string what, List<Diagnostic> findings)
    {
        var seen = new Dictionary<LocalId, int>();
        var index = 0;
        foreach (var id in ids)
        {
            if (!seen.TryAdd(id, index))
            {
                findings.Add(DiagnosticCatalogue.DuplicateId.Create(at / index / "id", Id, ("value", id.Value), ("what", $"the {what}"), ("first", $"at index {Text(seen[id])}")));
            }

            index++;
        }

        return [.. seen.Keys];
    }

    private void Unknown(JsonPointer at, LocalId value, string what, HashSet<LocalId> known, List<Diagnostic> findings)
    {
        var allowed = known.Count == 0 ? "none: there is none" : string.Join(", ", known.Select(k => k.Value).Order(StringComparer.Ordinal).Take(10)) + (known.Count > 10 ? $" and {Text(known.Count - 10)} more" : string.Empty);
        findings.Add(DiagnosticCatalogue.UnknownReference.Create(at, Id, ("value", value.Value), ("what", what), ("allowed", allowed)));
    }

    private static string Describe((decimal Bound, int Kind) bound) => bound.Kind == 0 ? $"at {Text(bound.Bound)}" : $"above {Text(bound.Bound)}";

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Date(NodaTime.LocalDate value) => value.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);
}

using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Internal;
using AiContracts.Domain.Pricing;
using AiContracts.Domain.Primitives;
using NodaTime;

namespace AiContracts.Domain.Computations.Invoicing;

/// <summary>
/// Prices per-request usage records by the contract's rate cards (format 1.2): containment, request tiers, modifiers,
/// price versions, allowances, quantity rounding, minimums per request and per job, and sub-cent line amounts. The
/// records are read once, in the order of their times, and folded into one quantity per invoice line; a record that
/// cannot be read unambiguously is reported and not billed, never guessed.
/// </summary>
internal sealed class RateCardPricer
{
    private const string Rule = "invoicing";

    private static readonly JsonPointer RecordsAt = JsonPointer.Root / "records";

    private readonly AiContract contract;
    private readonly PricingTerms pricing;
    private readonly ComputationPeriod period;
    private readonly RoundingMode rounding;
    private readonly FindingList findings;
    private readonly DateTimeZone zone;
    private readonly Card[] cards;
    private readonly Dictionary<LocalId, int> cardIndex = [];

    /// <summary>The allowances' remaining units per interval, by allowance index and interval start.</summary>
    private readonly Dictionary<(int Allowance, LocalDateTime Start), decimal> remaining = [];

    private RateCardPricer(AiContract contract, PricingTerms pricing, ComputationPeriod period, RoundingMode rounding, FindingList findings)
    {
        this.contract = contract;
        this.pricing = pricing;
        this.period = period;
        this.rounding = rounding;
        this.findings = findings;
        zone = contract.TimeZone ?? DateTimeZone.Utc;
        cards = new Card[pricing.RateCards.Count];
        for (var c = 0; c < cards.Length; c++)
        {
            cards[c] = new Card(pricing.RateCards[c], c, pricing);
            cardIndex[pricing.RateCards[c].Id] = c;
        }
    }

    /// <summary>Prices the records into invoice lines, in rate-card order; findings for records that are not billed.</summary>
    internal static List<InvoiceLine> Price(AiContract contract, PricingTerms pricing, UsageStatement usage, RoundingMode rounding, FindingList findings)
    {
        if (usage.Records.IsEmpty)
        {
            return [];
        }

        return new RateCardPricer(contract, pricing, usage.Period, rounding, findings).Price(usage.Records);
    }

    private List<InvoiceLine> Price(ValueArray<UsageRecord> records)
    {
        var readable = new List<Request>(records.Count);
        for (var j = 0; j < records.Count; j++)
        {
            ArgumentNullException.ThrowIfNull(records[j], "usage");
            if (Read(records[j], j) is { } request)
            {
                readable.Add(request);
            }
        }

        // The order of use: allowances are drawn by the first units used. Records without a time come first (they are
        // accepted only where no allowance or price version depends on it), then by time, then as listed.
        readable.Sort(static (a, b) =>
        {
            var byTime = (a.When, b.When) switch
            {
                (null, null) => 0,
                (null, _) => -1,
                (_, null) => 1,
                ({ } x, { } y) => x.CompareTo(y),
            };
            return byTime != 0 ? byTime : a.Index.CompareTo(b.Index);
        });
        foreach (var request in readable)
        {
            Fold(request);
        }

        var lines = new List<InvoiceLine>();
        foreach (var card in cards)
        {
            card.Lines(this, lines);
        }

        AddAllowanceLines(lines);
        if (pricing.LineAmountDecimals is { } decimals && decimals > pricing.Currency.MinorUnits && lines.Count > 0)
        {
            var sum = lines.Aggregate(ComputationSupport.Zero(pricing.Currency), (total, line) => total + line.Amount);
            var difference = ComputationSupport.Round(sum, rounding) - sum;
            lines.Add(new InvoiceLine
            {
                Kind = InvoiceLineKind.AmountRounding,
                Description = $"Rate-card lines kept to {ComputationSupport.Text(decimals)} decimal places ({sum}), rounded once to {ComputationSupport.Round(sum, rounding)}",
                Amount = difference,
            });
        }

        return lines;
    }

    /// <summary>Reads one record into a request: its card, billable quantities per counter, tier, version and modifiers; null (with findings) when it cannot be billed.</summary>
    private Request? Read(UsageRecord record, int j)
    {
        var at = RecordsAt / j;
        if (!cardIndex.TryGetValue(record.RateCard, out var c))
        {
            Report(DiagnosticCatalogue.UnknownRateCardElement.Create(at / "rateCard", Rule, ("value", record.RateCard.Value), ("what", "rate card of the contract"), ("allowed", List(pricing.RateCards.Select(r => r.Id)))));
            return null;
        }

        var card = cards[c];
        var label = RecordLabel(record, j);
        var requests = record.Requests ?? 1;
        if (requests < 1)
        {
            Report(DiagnosticCatalogue.InvalidRequestCount.Create(at / "requests", Rule, ("value", label), ("count", ComputationSupport.Text(requests))));
            return null;
        }

        if (requests > 1 && card.PerRequestRule is { } perRequest)
        {
            Report(DiagnosticCatalogue.PerRequestRuleNeedsRecords.Create(at / "requests", Rule, ("value", label), ("count", ComputationSupport.Text(requests)), ("card", card.Terms.Id.Value), ("rule", perRequest)));
            return null;
        }

        var reported = new decimal[card.Terms.Counters.Count];
        var seen = new bool[reported.Length];
        for (var k = 0; k < record.Counters.Count; k++)
        {
            var entry = record.Counters[k];
            ArgumentNullException.ThrowIfNull(entry, "usage");
            var counterAt = at / "counters" / k;
            if (!card.CounterIndex.TryGetValue(entry.Counter, out var index))
            {
                Report(DiagnosticCatalogue.UnknownRateCardElement.Create(counterAt / "counter", Rule, ("value", entry.Counter.Value), ("what", $"counter of rate card '{card.Terms.Id}'"), ("allowed", List(card.Terms.Counters.Select(x => x.Id)))));
                return null;
            }

            if (seen[index])
            {
                Report(DiagnosticCatalogue.DuplicateInput.Create(counterAt / "counter", Rule, ("value", entry.Counter.Value), ("what", $"record {label}"), ("item", "counter")));
                return null;
            }

            if (entry.Quantity < 0)
            {
                Report(DiagnosticCatalogue.NegativeCount.Create(counterAt / "quantity", Rule, ("what", $"Counter '{entry.Counter}' of record {label}"), ("value", ComputationSupport.Text(entry.Quantity))));
                return null;
            }

            seen[index] = true;
            reported[index] = entry.Quantity;
        }

        var modifiers = 0UL;
        for (var m = 0; m < record.Modifiers.Count; m++)
        {
            if (record.Modifiers[m] is not { } id || !card.ModifierIndex.TryGetValue(id, out var index))
            {
                Report(DiagnosticCatalogue.UnknownRateCardElement.Create(at / "modifiers" / m, Rule, ("value", record.Modifiers[m]?.Value ?? "null"), ("what", $"modifier of rate card '{card.Terms.Id}'"), ("allowed", List(card.Terms.Modifiers.Select(x => x.Id)))));
                return null;
            }

            if ((modifiers & (1UL << index)) != 0)
            {
                Report(DiagnosticCatalogue.DuplicateInput.Create(at / "modifiers" / m, Rule, ("value", id.Value), ("what", $"record {label}"), ("item", "modifier")));
                return null;
            }

            modifiers |= 1UL << index;
        }

        LocalDateTime? local = null;
        if (record.At is { } instant)
        {
            try
            {
                local = instant.InZone(zone).LocalDateTime;
            }
            catch (ArgumentOutOfRangeException)
            {
                Report(DiagnosticCatalogue.BeyondCalendar.Create(at / "at", Rule, ("detail", $"Record {label} was made at a time the calendar cannot hold in the contract's time zone; it is not billed.")));
                return null;
            }

            var day = local.Value.Date;
            if (day < period.FirstDay || day > period.LastDay)
            {
                Report(DiagnosticCatalogue.RecordOutsidePeriod.Create(at / "at", Rule, ("value", label), ("day", ComputationSupport.Text(day)), ("period", period.ToString())));
                return null;
            }
        }
        else if (card.TimeRule(period) is { } timeRule)
        {
            Report(DiagnosticCatalogue.RecordTimeNeeded.Create(at, Rule, ("value", label), ("card", card.Terms.Id.Value), ("rule", timeRule)));
            return null;
        }

        // Containment: a container's billable quantity is what it reports less what the counters inside it report.
        var billable = (decimal[])reported.Clone();
        for (var x = 0; x < billable.Length; x++)
        {
            if (card.Contained[x] is { Length: > 0 } inside)
            {
                var contained = inside.Sum(i => reported[i]);
                if (contained > reported[x])
                {
                    Report(DiagnosticCatalogue.ContainedExceedsContainer.Create(at / "counters", Rule, ("value", label), ("container", card.Terms.Counters[x].Id.Value), ("contained", ComputationSupport.Text(contained)), ("reported", ComputationSupport.Text(reported[x]))));
                    return null;
                }

                billable[x] = reported[x] - contained;
            }
        }

        for (var x = 0; x < billable.Length; x++)
        {
            if (card.Terms.Counters[x].Rounding is { } rule && (rule.Level is null || rule.Level == QuantityRoundingLevel.Request))
            {
                billable[x] = RoundQuantity(billable[x], rule);
            }
        }

        var size = 0m;
        foreach (var s in card.SizeCounters)
        {
            size += reported[s];
        }

        var version = local is { } when ? card.VersionAt(when.Date) : 0;
        return new Request(card, j, label, billable, card.TierOf(size), version, modifiers, local, record.Job);
    }

    /// <summary>Draws the request's allowances and adds its quantities to its lines, its charge to its job and its request minimum.</summary>
    private void Fold(Request request)
    {
        var card = request.Card;
        var charge = 0m;
        for (var x = 0; x < request.Billable.Length; x++)
        {
            var quantity = request.Billable[x];
            if (quantity == 0)
            {
                continue;
            }

            quantity -= DrawAllowances(card, x, quantity, request.When);
            var line = card.Line(x, request.Tier, request.Version, request.Modifiers);
            line.Quantity += quantity;
            charge += quantity * line.Price.Amount * line.Multiplier / line.Per;
        }

        if (card.Terms.MinimumPerRequest is { } minimum && charge < minimum.Amount)
        {
            card.RequestShortfall += minimum.Amount - charge;
            card.RequestsBelowMinimum++;
            charge = minimum.Amount;
        }

        if (card.Terms.MinimumPerJob is not null && request.Job is { } job)
        {
            card.Jobs[job] = card.Jobs.GetValueOrDefault(job) + charge;
        }
    }

    /// <summary>Takes free units for one counter of a request from the allowances that cover it, in list order; returns how many.</summary>
    private decimal DrawAllowances(Card card, int counter, decimal quantity, LocalDateTime? when)
    {
        var free = 0m;
        foreach (var a in card.Allowances[counter])
        {
            if (quantity - free <= 0)
            {
                break;
            }

            var allowance = pricing.Allowances[a];
            var start = IntervalStart(allowance.Resets, when);
            var key = (a, start);
            var left = remaining.TryGetValue(key, out var r) ? r : allowance.Quantity;
            var take = Math.Min(left, quantity - free);
            if (take <= 0)
            {
                continue;
            }

            remaining[key] = left - take;
            free += take;
            card.FreeUnits[(a, counter)] = card.FreeUnits.GetValueOrDefault((a, counter)) + take;
        }

        return free;
    }

    /// <summary>The start of the allowance interval a moment falls in; the period's start for a monthly allowance of a record without a time.</summary>
    private LocalDateTime IntervalStart(AllowanceReset resets, LocalDateTime? when)
    {
        if (when is not { } w)
        {
            return period.FirstDay.AtMidnight();
        }

        if (resets == AllowanceReset.Hourly)
        {
            return w.Date.At(new LocalTime(w.Hour, 0));
        }

        return resets == AllowanceReset.Daily ? w.Date.AtMidnight() : new LocalDate(w.Year, w.Month, 1).AtMidnight();
    }

    private void AddAllowanceLines(List<InvoiceLine> lines)
    {
        for (var a = 0; a < pricing.Allowances.Count; a++)
        {
            var allowance = pricing.Allowances[a];
            foreach (var card in cards)
            {
                for (var x = 0; x < card.Terms.Counters.Count; x++)
                {
                    if (card.FreeUnits.TryGetValue((a, x), out var free) && free > 0)
                    {
                        var counter = card.Terms.Counters[x];
                        lines.Add(new InvoiceLine
                        {
                            Kind = InvoiceLineKind.UnbilledUsage,
                            Description = $"{card.Terms.Name}, {counter.Name}: {ComputationSupport.Text(free)} units free under allowance '{allowance.Id}' ({ComputationSupport.Text(allowance.Quantity)} {allowance.Resets.Name.ToLowerInvariant()}), not billed",
                            RateCardId = card.Terms.Id,
                            CounterId = counter.Id,
                            Quantity = free,
                            Amount = ComputationSupport.Zero(pricing.Currency),
                        });
                    }
                }
            }
        }
    }

    /// <summary>Rounds a quantity by a counter's rounding term: to its increment, then up to its minimum if any was used.</summary>
    private static decimal RoundQuantity(decimal quantity, QuantityRounding rule)
    {
        var rounded = ComputationSupport.RoundQuantity(quantity, rule.Increment, rule.Mode ?? RoundingMode.Up);
        return rule.Minimum is { } minimum && quantity > 0 && rounded < minimum ? minimum : rounded;
    }

    private Money RoundLine(Money amount) =>
        pricing.LineAmountDecimals is { } decimals && decimals > pricing.Currency.MinorUnits
            ? ComputationSupport.Round(amount, rounding, decimals)
            : ComputationSupport.Round(amount, rounding);

    private void Report(Diagnostic finding) => findings.Add(finding.In(DocumentKind.Usage));

    private static string RecordLabel(UsageRecord record, int j) =>
        record.Reference is { Length: > 0 } reference ? $"{ComputationSupport.Text(j + 1)} ('{reference}')" : ComputationSupport.Text(j + 1);

    private static string List(IEnumerable<LocalId> ids)
    {
        var all = ids.Select(i => i.Value).ToList();
        return all.Count == 0 ? "none: the contract defines none" : string.Join(", ", all.Take(10)) + (all.Count > 10 ? $" and {ComputationSupport.Text(all.Count - 10)} more" : string.Empty);
    }

    /// <summary>One readable request: its card, billable quantity per counter (after containment and per-request rounding), tier, version, modifiers and time.</summary>
    private sealed record Request(Card Card, int Index, string Label, decimal[] Billable, int Tier, int Version, ulong Modifiers, LocalDateTime? When, string? Job);

    /// <summary>One invoice line being folded: a counter at one tier, version and set of modifiers, with its price.</summary>
    private sealed class LineFold(int counter, int tier, int version, ulong modifiers, Money price, decimal per, decimal multiplier)
    {
        internal int Counter { get; } = counter;

        internal int Tier { get; } = tier;

        internal int Version { get; } = version;

        internal ulong Modifiers { get; } = modifiers;

        internal Money Price { get; } = price;

        internal decimal Per { get; } = per;

        internal decimal Multiplier { get; } = multiplier;

        internal decimal Quantity { get; set; }
    }

    /// <summary>A rate card with its lookups, prepared once: counters, containment, tiers, versions, modifiers, allowances, and the lines and jobs being folded.</summary>
    private sealed class Card
    {
        internal Card(RateCard terms, int index, PricingTerms pricing)
        {
            Terms = terms;
            Index = index;
            for (var x = 0; x < terms.Counters.Count; x++)
            {
                CounterIndex.TryAdd(terms.Counters[x].Id, x);
            }

            for (var m = 0; m < terms.Modifiers.Count; m++)
            {
                ModifierIndex.TryAdd(terms.Modifiers[m].Id, m);
            }

            Contained = new int[terms.Counters.Count][];
            for (var x = 0; x < terms.Counters.Count; x++)
            {
                var id = terms.Counters[x].Id;
                Contained[x] = [.. Enumerable.Range(0, terms.Counters.Count).Where(i => terms.Counters[i].ContainedIn == id)];
            }

            SizeCounters = [.. terms.RequestSize.Select(id => CounterIndex[id])];
            Allowances = new int[terms.Counters.Count][];
            for (var x = 0; x < terms.Counters.Count; x++)
            {
                var counter = terms.Counters[x].Id;
                Allowances[x] = [.. Enumerable.Range(0, pricing.Allowances.Count).Where(a => pricing.Allowances[a].Counters.Any(r => r.RateCard == terms.Id && r.Counter == counter))];
            }

            HasAllowances = Allowances.Any(a => a.Length > 0);
            HasSubMonthAllowances = Allowances.SelectMany(a => a).Any(a => pricing.Allowances[a].Resets != AllowanceReset.Monthly);
            PerRequestRule = !terms.RequestTiers.IsEmpty ? "chooses a request tier by each request's size"
                : terms.MinimumPerRequest is not null ? "charges a minimum per request"
                : terms.Counters.FirstOrDefault(c => c.Rounding is { } r && (r.Level is null || r.Level == QuantityRoundingLevel.Request)) is { } rounded ? $"rounds counter '{rounded.Id}' per request"
                : null;
        }

        internal RateCard Terms { get; }

        internal int Index { get; }

        internal Dictionary<LocalId, int> CounterIndex { get; } = [];

        internal Dictionary<LocalId, int> ModifierIndex { get; } = [];

        /// <summary>Per counter, the counters stated as counted inside it.</summary>
        internal int[][] Contained { get; }

        internal int[] SizeCounters { get; }

        /// <summary>Per counter, the allowances (indexes in the pricing terms) that cover it, in list order.</summary>
        internal int[][] Allowances { get; }

        internal bool HasAllowances { get; }

        internal bool HasSubMonthAllowances { get; }

        /// <summary>The rule applied to each request, in words, that records of several requests cannot follow; null when none.</summary>
        internal string? PerRequestRule { get; }

        internal Dictionary<(int Counter, int Tier, int Version, ulong Modifiers), LineFold> Folds { get; } = [];

        internal Dictionary<(int Allowance, int Counter), decimal> FreeUnits { get; } = [];

        internal Dictionary<string, decimal> Jobs { get; } = new(StringComparer.Ordinal);

        internal decimal RequestShortfall { get; set; }

        internal long RequestsBelowMinimum { get; set; }

        /// <summary>Why a record of this card needs a time, in words; null when it does not.</summary>
        internal string? TimeRule(ComputationPeriod period)
        {
            if (!Terms.PriceVersions.IsEmpty)
            {
                return "its prices change on a date, so the version in force depends on the day it was made";
            }

            if (HasSubMonthAllowances || (HasAllowances && !period.IsCalendarMonth))
            {
                return "an allowance that resets draws on it, so the interval it falls in depends on when it was made";
            }

            return null;
        }

        /// <summary>The request tier of a request of the given size: the last whose bound the size meets.</summary>
        internal int TierOf(decimal size)
        {
            var tier = 0;
            for (var t = 1; t < Terms.RequestTiers.Count; t++)
            {
                var bound = Terms.RequestTiers[t];
                if ((bound.Above is { } above && size > above) || (bound.AtLeast is { } atLeast && size >= atLeast))
                {
                    tier = t;
                }
            }

            return tier;
        }

        /// <summary>The price version in force on a day: 0 for the card's own prices, v for its v-th later version.</summary>
        internal int VersionAt(LocalDate day)
        {
            var version = 0;
            for (var v = 0; v < Terms.PriceVersions.Count; v++)
            {
                if (Terms.PriceVersions[v].EffectiveFrom <= day)
                {
                    version = v + 1;
                }
            }

            return version;
        }

        /// <summary>The line a counter's units go on at a tier, version and set of modifiers, made with its price on first use.</summary>
        internal LineFold Line(int counter, int tier, int version, ulong modifiers)
        {
            var key = (counter, tier, version, modifiers);
            if (!Folds.TryGetValue(key, out var fold))
            {
                var price = PriceOf(counter, tier, version);
                var multiplier = 1m;
                for (var m = 0; m < Terms.Modifiers.Count; m++)
                {
                    if ((modifiers & (1UL << m)) != 0 && Terms.Modifiers[m].Counters.Contains(Terms.Counters[counter].Id))
                    {
                        multiplier *= Terms.Modifiers[m].Multiplier;
                    }
                }

                fold = new LineFold(counter, tier, version, modifiers, price.Price, price.Per ?? 1m, multiplier);
                Folds[key] = fold;
            }

            return fold;
        }

        /// <summary>
        /// The price of a counter at a tier in a version: the latest version (at or before it) that prices the counter at
        /// that tier, else the latest that prices it for every tier. Integrity (AIC0214) guarantees the card's own prices
        /// price every counter for every tier.
        /// </summary>
        private CounterPrice PriceOf(int counter, int tier, int version)
        {
            var id = Terms.Counters[counter].Id;
            var tierId = Terms.RequestTiers.IsEmpty ? null : Terms.RequestTiers[tier].Id;
            return Find(id, tierId, version) ?? Find(id, null, version)!;
        }

        private CounterPrice? Find(LocalId counter, LocalId? tier, int version)
        {
            for (var v = version; v >= 0; v--)
            {
                var prices = v == 0 ? Terms.Prices : Terms.PriceVersions[v - 1].Prices;
                foreach (var price in prices)
                {
                    if (price.Counter == counter && price.Tier == tier)
                    {
                        return price;
                    }
                }
            }

            return null;
        }

        /// <summary>Writes the card's lines: usage per counter, tier, version and modifiers, then the request and job minimums.</summary>
        internal void Lines(RateCardPricer pricer, List<InvoiceLine> lines)
        {
            foreach (var fold in Folds.Values.OrderBy(f => f.Counter).ThenBy(f => f.Tier).ThenBy(f => f.Version).ThenBy(f => f.Modifiers))
            {
                var counter = Terms.Counters[fold.Counter];
                var quantity = fold.Quantity;
                if (counter.Rounding is { } rule && rule.Level == QuantityRoundingLevel.Line)
                {
                    quantity = RoundQuantity(quantity, rule);
                }

                if (quantity == 0 && fold.Quantity == 0)
                {
                    continue;
                }

                var price = new Money(fold.Price.Amount * fold.Multiplier, fold.Price.Currency);
                var amount = pricer.RoundLine(new Money(quantity * fold.Price.Amount * fold.Multiplier / fold.Per, fold.Price.Currency));
                lines.Add(new InvoiceLine
                {
                    Kind = InvoiceLineKind.Usage,
                    Description = Describe(counter, fold, quantity, price),
                    RateCardId = Terms.Id,
                    CounterId = counter.Id,
                    Tier = Terms.RequestTiers.IsEmpty ? null : fold.Tier + 1,
                    Quantity = quantity,
                    UnitPrice = fold.Per == 1m ? price : new Money(price.Amount / fold.Per, price.Currency),
                    Amount = amount,
                });
            }

            var currency = pricer.pricing.Currency;
            if (RequestsBelowMinimum > 0)
            {
                lines.Add(new InvoiceLine
                {
                    Kind = InvoiceLineKind.RequestMinimumTrueUp,
                    Description = $"{Terms.Name}: {ComputationSupport.Text(RequestsBelowMinimum)} requests below the minimum of {Terms.MinimumPerRequest} per request: shortfall",
                    RateCardId = Terms.Id,
                    Quantity = RequestsBelowMinimum,
                    Amount = pricer.RoundLine(new Money(RequestShortfall, currency)),
                });
            }

            if (Terms.MinimumPerJob is { } jobMinimum)
            {
                foreach (var (job, charged) in Jobs.OrderBy(j => j.Key, StringComparer.Ordinal))
                {
                    if (charged < jobMinimum.Amount)
                    {
                        lines.Add(new InvoiceLine
                        {
                            Kind = InvoiceLineKind.JobMinimumTrueUp,
                            Description = $"{Terms.Name}, job '{job}': minimum of {jobMinimum} per job: shortfall",
                            RateCardId = Terms.Id,
                            Amount = pricer.RoundLine(new Money(jobMinimum.Amount - charged, currency)),
                        });
                    }
                }
            }
        }

        private string Describe(UsageCounter counter, LineFold fold, decimal quantity, Money price)
        {
            var text = new System.Text.StringBuilder();
            text.Append(Terms.Name).Append(", ").Append(counter.Name);
            if (!Terms.RequestTiers.IsEmpty)
            {
                var tier = Terms.RequestTiers[fold.Tier];
                text.Append(", ").Append(tier.Name ?? tier.Id.Value);
            }

            for (var m = 0; m < Terms.Modifiers.Count; m++)
            {
                if ((fold.Modifiers & (1UL << m)) != 0)
                {
                    text.Append(", ").Append(Terms.Modifiers[m].Name);
                }
            }

            if (fold.Version > 0)
            {
                text.Append(", prices from ").Append(ComputationSupport.Text(Terms.PriceVersions[fold.Version - 1].EffectiveFrom));
            }

            text.Append(": ").Append(ComputationSupport.Text(quantity)).Append(" x ").Append(price);
            if (fold.Per != 1m)
            {
                text.Append(" per ").Append(ComputationSupport.Text(fold.Per));
            }

            return text.ToString();
        }
    }
}

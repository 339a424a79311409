using AiContracts.Domain.Computations.ServiceCredits;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Internal;
using AiContracts.Domain.Pricing;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Computations.Invoicing;

/// <summary>
/// Computes the invoice a contract implies for a billing period's usage, with the semantics billing platforms use
/// (see docs/computations.md): per unit, flat, graduated and volume tiers, packages, quantity and spend caps, the
/// minimum-commitment true-up, service credits and prepaid drawdown.
/// </summary>
/// <remarks>Thread safety: stateless; safe to call from any thread.</remarks>
public static class InvoiceCalculator
{
    private const string Rule = "invoicing";

    /// <summary>Computes the invoice for one billing period.</summary>
    /// <param name="contract">The contract; its pricing terms price the usage.</param>
    /// <param name="usage">The usage per meter in the period.</param>
    /// <param name="serviceLevels">
    /// An SLA evaluation whose credits are applied as credit lines (typically the previous period's, since credits are
    /// applied to the next invoice); null for none. Credits without an amount are computed on this invoice's fees when the
    /// evaluation covers the same period.
    /// </param>
    /// <returns>The invoice, with findings for bad input; never throws for bad input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contract"/> or <paramref name="usage"/> is null.</exception>
    public static Invoice Calculate(AiContract contract, UsageStatement usage, SlaEvaluation? serviceLevels = null)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(usage);
        ArgumentNullException.ThrowIfNull(usage.Period);
        if (ComputationSupport.Integrity(contract) is { } integrity)
        {
            return new Invoice { ContractId = contract.Id, Period = usage.Period, Diagnostics = integrity };
        }

        var findings = new FindingList();
        var pricing = contract.Pricing;
        if (pricing is null)
        {
            findings.Add(DiagnosticCatalogue.MissingTerms.Create(JsonPointer.Root / "pricing", Rule, ("detail", "The contract has no pricing terms, so no usage can be priced.")));
            return new Invoice { ContractId = contract.Id, Period = usage.Period, Diagnostics = ValueArray.From(findings) };
        }

        var rounding = pricing.Rounding ?? ComputationSupport.DefaultRounding;
        var currency = pricing.Currency;
        var zero = ComputationSupport.Zero(currency);
        if (!ComputationSupport.CheckPeriod(contract, usage.Period, JsonPointer.Root / "period", DocumentKind.Usage, Rule, findings))
        {
            return new Invoice
            {
                ContractId = contract.Id, Period = usage.Period, Currency = currency, Rounding = rounding, Charges = zero, Credits = zero,
                PrepaidDrawdown = zero, Total = zero, PrepaidBalanceRemaining = usage.PrepaidBalance ?? zero, Diagnostics = ValueArray.From(findings),
            };
        }

        var proration = CheckBillingPeriod(contract, pricing, usage.Period, findings);
        var pricer = new MeterPricer(currency, rounding, findings, proration);
        var quantities = IndexUsage(pricing, usage, findings);
        var lines = new List<InvoiceLine>();
        for (var i = 0; i < pricing.Meters.Count; i++)
        {
            var meter = pricing.Meters[i];
            if (quantities.TryGetValue(meter.Id, out var entry) && entry is null)
            {
                continue; // bad usage already reported: the meter is not billed rather than billed wrongly
            }

            if (!CheckEvents(meter, i, entry, findings))
            {
                continue;
            }

            lines.AddRange(pricer.Price(meter, JsonPointer.Root / "pricing" / "meters" / i, entry?.Usage.Quantity ?? 0m, entry?.Usage.Events));
        }

        try
        {
            lines.AddRange(RateCardPricer.Price(contract, pricing, usage, rounding, findings));
            lines.AddRange(ReservationPricer.Price(contract, pricing, usage, rounding, findings));
            Adjustments.AddDiscounts(pricing, usage.Period, rounding, lines);
            AddInvoiceLevelLines(pricing, rounding, proration, lines, findings);
            var charges = Sum(lines, currency);
            AddCredits(contract, usage, serviceLevels, pricing, rounding, charges, lines, findings);
            var credits = Sum(lines.Where(l => l.Kind == InvoiceLineKind.ServiceCredit), currency);
            var tax = Adjustments.AddTax(pricing, rounding, lines);
            var balance = PrepaidBalance(pricing, usage, findings);
            var due = charges + credits + (tax ?? zero);
            var drawn = balance.Amount > 0 && due.Amount > 0 ? (balance < due ? balance : due) : zero;
            if (drawn.Amount > 0)
            {
                lines.Add(new InvoiceLine
                {
                    Kind = InvoiceLineKind.PrepaidDrawdown,
                    Description = $"Prepaid fees drawn down ({balance} available)",
                    Amount = -drawn,
                });
            }

            return new Invoice
            {
                ContractId = contract.Id,
                Period = usage.Period,
                Currency = currency,
                Rounding = rounding,
                Lines = ValueArray.From(lines),
                Charges = charges,
                Discounts = pricing.Discounts.IsEmpty ? null : Sum(lines.Where(l => l.Kind == InvoiceLineKind.Discount), currency),
                Tax = tax,
                Credits = credits,
                PrepaidDrawdown = -drawn,
                Total = Sum(lines, currency),
                PrepaidBalanceRemaining = balance - drawn,
                Diagnostics = ValueArray.From(findings),
            };
        }
        catch (OverflowException)
        {
            findings.Add(DiagnosticCatalogue.AmountTooLarge.Create(JsonPointer.Root / "pricing", Rule, ("what", "The invoice total")));
            return new Invoice { ContractId = contract.Id, Period = usage.Period, Currency = currency, Rounding = rounding, Diagnostics = ValueArray.From(findings) };
        }
    }

    /// <summary>
    /// Warns when the period is not one billing period (a calendar month, quarter or year as the contract bills), unless
    /// the contract prorates by days and the period is a partial first or last one: then returns its proration.
    /// </summary>
    private static Proration? CheckBillingPeriod(AiContract contract, PricingTerms pricing, ComputationPeriod period, FindingList findings)
    {
        if (pricing.BillingPeriod is not { } billing)
        {
            return null;
        }

        var months = billing == BillingPeriod.Monthly ? 1 : billing == BillingPeriod.Quarterly ? 3 : 12;
        var aligned = (period.FirstDay.Month - 1) % months == 0 && period.IsCalendarMonths(months);
        if (!aligned && pricing.Proration == ProrationMethod.ByDays && Proration.For(contract, period, months) is { } proration)
        {
            return proration;
        }

        if (!aligned)
        {
            findings.Add(DiagnosticCatalogue.PeriodBillingMismatch.Create(JsonPointer.Root / "period", Rule, ("billing", billing.Name.ToLowerInvariant()), ("value", period.ToString())).In(DocumentKind.Usage));
        }

        return null;
    }

    /// <summary>
    /// Checks a meter's events: a meter priced as a percentage of declared amounts needs one event per unit of quantity
    /// (AIC7030), and no other meter may list events (AIC7031). Returns whether the meter can be priced.
    /// </summary>
    private static bool CheckEvents(Meter meter, int index, UsageEntry? entry, FindingList findings)
    {
        var percentage = meter.Model == PricingModel.PercentageOfAmount;
        var events = entry?.Usage.Events ?? [];
        if (!percentage)
        {
            if (!events.IsEmpty)
            {
                findings.Add(DiagnosticCatalogue.EventsNotPriced.Create(JsonPointer.Root / "meters" / entry!.Index / "events", Rule, ("value", meter.Id.ToString()), ("model", meter.Model.Name)).In(DocumentKind.Usage));
                return false;
            }

            return true;
        }

        if (entry is null)
        {
            return true; // no usage: no events, nothing declared
        }

        if (entry.Usage.Quantity != events.Count)
        {
            findings.Add(DiagnosticCatalogue.EventsMissing.Create(JsonPointer.Root / "meters" / entry.Index / "quantity", Rule, ("detail",
                $"Meter '{meter.Id}' (meters/{ComputationSupport.Text(index)} of the contract) is priced as a percentage of declared amounts, so its usage lists each event with its amount and its quantity is their number; the quantity is {ComputationSupport.Text(entry.Usage.Quantity)} but {ComputationSupport.Text(events.Count)} events are listed. The meter is not billed.")).In(DocumentKind.Usage));
            return false;
        }

        return true;
    }

    /// <summary>Sums amounts in one currency.</summary>
    internal static Money Sum(IEnumerable<InvoiceLine> lines, Currency currency) =>
        lines.Aggregate(ComputationSupport.Zero(currency), (sum, line) => sum + line.Amount);

    /// <summary>Maps meter ids to their usage; null marks a meter whose usage is bad (negative, duplicated, an event's amount negative or in another currency).</summary>
    private static Dictionary<LocalId, UsageEntry?> IndexUsage(PricingTerms pricing, UsageStatement usage, FindingList findings)
    {
        var known = pricing.Meters.Select(m => m.Id).ToHashSet();
        var result = new Dictionary<LocalId, UsageEntry?>();
        for (var j = 0; j < usage.Meters.Count; j++)
        {
            var entry = usage.Meters[j];
            ArgumentNullException.ThrowIfNull(entry, nameof(usage));
            if (!known.Contains(entry.MeterId))
            {
                findings.Add(DiagnosticCatalogue.UnknownMeter.Create(JsonPointer.Root / "meters" / j / "meterId", Rule,
                    ("value", entry.MeterId.ToString()), ("allowed", string.Join(", ", known.Select(k => k.ToString())))).In(DocumentKind.Usage));
                continue;
            }

            if (result.ContainsKey(entry.MeterId))
            {
                findings.Add(DiagnosticCatalogue.DuplicateInput.Create(JsonPointer.Root / "meters" / j / "meterId", Rule,
                    ("value", entry.MeterId.ToString()), ("what", "the usage statement"), ("item", "meter")).In(DocumentKind.Usage));
                result[entry.MeterId] = null;
                continue;
            }

            if (entry.Quantity < 0)
            {
                findings.Add(DiagnosticCatalogue.NegativeCount.Create(JsonPointer.Root / "meters" / j / "quantity", Rule,
                    ("what", $"The usage of meter '{entry.MeterId}'"), ("value", ComputationSupport.Text(entry.Quantity))).In(DocumentKind.Usage));
                result[entry.MeterId] = null;
                continue;
            }

            var good = true;
            for (var e = 0; e < entry.Events.Count; e++)
            {
                var amount = entry.Events[e].Amount;
                if (amount.Currency != pricing.Currency)
                {
                    findings.Add(Mismatch(JsonPointer.Root / "meters" / j / "events" / e / "amount", $"The amount of event {ComputationSupport.Text(e + 1)} of meter '{entry.MeterId}'", amount, pricing.Currency).In(DocumentKind.Usage));
                    good = false;
                }
                else if (amount.Amount < 0)
                {
                    findings.Add(DiagnosticCatalogue.NegativeCount.Create(JsonPointer.Root / "meters" / j / "events" / e / "amount", Rule,
                        ("what", $"The amount of event {ComputationSupport.Text(e + 1)} of meter '{entry.MeterId}'"), ("value", amount.ToString())).In(DocumentKind.Usage));
                    good = false;
                }
            }

            result[entry.MeterId] = good ? new UsageEntry(entry, j) : null;
        }

        return result;
    }

    /// <summary>A meter's usage and its index in the usage statement.</summary>
    private sealed record UsageEntry(MeterUsage Usage, int Index);

    /// <summary>
    /// The total spend cap and the minimum-commitment true-up; the cap is applied last, so it is never exceeded. Their
    /// currency and sign are integrity checks (AIC4004, AIC0204), done before any computation.
    /// </summary>
    private static void AddInvoiceLevelLines(PricingTerms pricing, RoundingMode rounding, Proration? proration, List<InvoiceLine> lines, FindingList findings)
    {
        var currency = pricing.Currency;
        if (pricing.MinimumCommitment is { } commitment)
        {
            var per = commitment.Per;
            if (per is not null && pricing.BillingPeriod is { } billing && per != billing)
            {
                findings.Add(DiagnosticCatalogue.CommitmentNotTruedUp.Create(JsonPointer.Root / "pricing" / "minimumCommitment" / "per", Rule,
                    ("value", commitment.Amount.ToString()), ("per", per.Name), ("billing", billing.Name)));
            }
            else if (commitment.TrueUp != false)
            {
                var minimum = ComputationSupport.Round(proration is { } p ? p.Of(commitment.Amount) : commitment.Amount, rounding);
                var shortfall = minimum - Sum(lines, currency);
                if (shortfall.Amount > 0)
                {
                    lines.Add(new InvoiceLine
                    {
                        Kind = InvoiceLineKind.MinimumCommitmentTrueUp,
                        Description = proration is { } q ? $"Minimum commitment of {minimum} ({commitment.Amount}, {q.Describe()}): shortfall" : $"Minimum commitment of {minimum}: shortfall",
                        Amount = shortfall,
                    });
                }
            }
        }

        if (pricing.TotalCap?.Spend is { } cap)
        {
            var capped = ComputationSupport.RoundCap(cap);
            var total = Sum(lines, currency);
            if (total > capped)
            {
                lines.Add(new InvoiceLine
                {
                    Kind = InvoiceLineKind.SpendCapAdjustment,
                    Description = $"Total spend cap of {capped}",
                    Amount = capped - total,
                });
            }
        }
    }

    /// <summary>
    /// Adds a credit line per credited objective, within its maximum per claim and not below its minimum credit (only the
    /// highest when the contract pays one objective per claim), capped by the service-credit refund cap and by the charges.
    /// </summary>
    private static void AddCredits(
        AiContract contract, UsageStatement usage, SlaEvaluation? evaluation, PricingTerms pricing, RoundingMode rounding, Money charges, List<InvoiceLine> lines, FindingList findings)
    {
        if (evaluation is null)
        {
            return;
        }

        var currency = pricing.Currency;
        var allowance = charges;
        var mechanisms = pricing.RefundMechanisms;
        for (var m = 0; m < mechanisms.Count; m++)
        {
            if (mechanisms[m].Kind == RefundKind.ServiceCredit && mechanisms[m].Cap is { } refundCap)
            {
                var capAmount = ComputationSupport.RoundCap(refundCap.Of(charges));
                allowance = capAmount < allowance ? capAmount : allowance;
            }
        }

        var chargeLines = lines.ToList();
        var claims = new List<(ObjectiveEvaluation Result, Money Amount)>();
        foreach (var result in evaluation.Objectives)
        {
            if (result.CreditPercentage.Value == 0 || result.CreditBelowMinimum == true || result.CreditSuperseded == true)
            {
                continue;
            }

            var amount = result.CreditAmount;
            if (amount is null && evaluation.Period == usage.Period)
            {
                amount = CreditBases.Credit(contract, result, chargeLines, currency, rounding, out var reason);
                if (amount is null)
                {
                    findings.Add(DiagnosticCatalogue.CreditBaseUnavailable.Create(ObjectivePointer(contract, result.ObjectiveId), Rule, ("detail", reason!)));
                    continue;
                }
            }
            else if (amount is null)
            {
                findings.Add(DiagnosticCatalogue.CreditBaseUnavailable.Create(ObjectivePointer(contract, result.ObjectiveId), Rule, ("detail",
                    $"The credit of {ComputationSupport.Text(result.CreditPercentage.Value)} % for objective '{result.ObjectiveId}' has no amount: evaluate the period {evaluation.Period} with its usage, so that the credit is computed on that period's fees.")));
                continue;
            }

            if (amount.Currency != currency)
            {
                findings.Add(Mismatch(ObjectivePointer(contract, result.ObjectiveId), $"The credit for objective '{result.ObjectiveId}'", amount, currency));
                continue;
            }

            amount = ComputationSupport.Round(amount, rounding);
            if (ClaimTerms.Objective(contract, result.ObjectiveId) is { } objective)
            {
                var (limited, _, belowMinimum) = ClaimTerms.Limit(objective, amount);
                if (belowMinimum == true)
                {
                    continue;
                }

                amount = limited;
            }

            claims.Add((result, amount));
        }

        if (contract.ServiceLevels?.HighestCreditOnly == true && ClaimTerms.Highest([.. claims.Select(c => c.Amount.Amount)]) is { } highest)
        {
            claims = [claims[highest]];
        }

        foreach (var (result, amount) in claims)
        {
            var applied = amount < allowance ? amount : allowance;
            if (applied.Amount <= 0)
            {
                continue;
            }

            allowance -= applied;
            lines.Add(new InvoiceLine
            {
                Kind = InvoiceLineKind.ServiceCredit,
                Description = applied == amount
                    ? $"Service credit, objective '{result.ObjectiveId}' ({evaluation.Period}): {ComputationSupport.Text(result.CreditPercentage.Value)} %"
                    : $"Service credit, objective '{result.ObjectiveId}' ({evaluation.Period}): {ComputationSupport.Text(result.CreditPercentage.Value)} %, {amount} reduced to the credit cap",
                ObjectiveId = result.ObjectiveId,
                Amount = -applied,
            });
        }
    }

    private static Money PrepaidBalance(PricingTerms pricing, UsageStatement usage, FindingList findings)
    {
        var currency = pricing.Currency;
        if (usage.PrepaidBalance is { } given)
        {
            if (given.Currency != currency)
            {
                findings.Add(Mismatch(JsonPointer.Root / "prepaidBalance", "The prepaid balance", given, currency).In(DocumentKind.Usage));
                return ComputationSupport.Zero(currency);
            }

            if (given.Amount < 0)
            {
                findings.Add(DiagnosticCatalogue.NegativeCount.Create(JsonPointer.Root / "prepaidBalance", Rule, ("what", "The prepaid balance"), ("value", given.ToString())).In(DocumentKind.Usage));
                return ComputationSupport.Zero(currency);
            }

            return ComputationSupport.RoundCap(given);
        }

        var balance = ComputationSupport.Zero(currency);
        foreach (var fee in pricing.UpfrontFees.Where(f => f.CreditedAgainstUsage == true))
        {
            balance += fee.Amount; // in the pricing currency: an integrity check (AIC4004)
        }

        return ComputationSupport.RoundCap(balance);
    }

    private static JsonPointer ObjectivePointer(AiContract contract, LocalId id)
    {
        var objectives = contract.ServiceLevels?.Objectives ?? [];
        for (var i = 0; i < objectives.Count; i++)
        {
            if (objectives[i].Id == id)
            {
                return JsonPointer.Root / "serviceLevels" / "objectives" / i;
            }
        }

        return JsonPointer.Root / "serviceLevels" / "objectives";
    }

    internal static Diagnostic Mismatch(JsonPointer pointer, string what, Money money, Currency expected) =>
        DiagnosticCatalogue.CurrencyMismatch.Create(pointer, Rule, ("what", what), ("value", money.Currency.Code), ("expected", expected.Code));
}

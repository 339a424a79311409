using AiContracts.Domain.Internal;
using AiContracts.Domain.Pricing;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Computations.Invoicing;

/// <summary>The format 1.1 invoice adjustments: discounts on meters and on the invoice, and tax.</summary>
internal static class Adjustments
{
    /// <summary>
    /// Adds a line per discount that applies to the period (its range holds the period's first day): first the meters'
    /// discounts, then the invoice's, each in the order the contract lists them, each on what is left after the ones before
    /// it. An amount is never more than what it applies to, and nothing is discounted below zero.
    /// </summary>
    internal static void AddDiscounts(PricingTerms pricing, ComputationPeriod period, RoundingMode rounding, List<InvoiceLine> lines)
    {
        var currency = pricing.Currency;
        var ordered = pricing.Discounts.Where(d => d.MeterId is not null).Concat(pricing.Discounts.Where(d => d.MeterId is null));
        foreach (var discount in ordered)
        {
            if ((discount.From is { } from && period.FirstDay < from) || (discount.Until is { } until && period.FirstDay > until))
            {
                continue;
            }

            var applicable = discount.MeterId is { } meter ? lines.Where(l => l.MeterId == meter) : lines;
            var basis = InvoiceCalculator.Sum(applicable, currency);
            if (basis.Amount <= 0)
            {
                continue;
            }

            Money amount;
            string how;
            if (discount.Percentage is { } percentage)
            {
                amount = ComputationSupport.Round(percentage.Of(basis), rounding);
                how = $"{percentage} of {basis}";
            }
            else if (discount.Amount is { } off)
            {
                // Its currency is an integrity check (AIC4004), its sign too (AIC0204).
                var rounded = ComputationSupport.Round(off, rounding);
                amount = rounded < basis ? rounded : basis;
                how = amount == rounded ? $"{rounded}" : $"{rounded}, limited to the {basis} it applies to";
            }
            else
            {
                continue; // neither: an integrity error (AIC0212), never reached by a computation
            }

            if (amount.Amount <= 0)
            {
                continue;
            }

            var name = discount.Description ?? "Discount";
            var on = discount.MeterId is { } id ? $"meter '{id}'" : "the invoice";
            lines.Add(new InvoiceLine
            {
                Kind = InvoiceLineKind.Discount,
                Description = $"{name} on {on}: {how}",
                MeterId = discount.MeterId,
                Amount = -amount,
            });
        }
    }

    /// <summary>
    /// Adds the tax line: the rate applied to the taxable amount, which is every line so far except the discounts and
    /// service credits that apply after tax, rounded once. Returns the tax, or null when the pricing states none.
    /// </summary>
    internal static Money? AddTax(PricingTerms pricing, RoundingMode rounding, List<InvoiceLine> lines)
    {
        if (pricing.Tax is not { } tax)
        {
            return null;
        }

        var discountsAfter = tax.DiscountsApply == TaxOrder.AfterTax;
        var creditsAfter = tax.CreditsApply == TaxOrder.AfterTax;
        var taxable = InvoiceCalculator.Sum(
            lines.Where(l => !(discountsAfter && l.Kind == InvoiceLineKind.Discount) && !(creditsAfter && l.Kind == InvoiceLineKind.ServiceCredit)),
            pricing.Currency);
        if (taxable.Amount <= 0)
        {
            return ComputationSupport.Zero(pricing.Currency);
        }

        var amount = ComputationSupport.Round(tax.Rate.Of(taxable), rounding);
        lines.Add(new InvoiceLine
        {
            Kind = InvoiceLineKind.Tax,
            Description = $"{tax.Name ?? "Tax"} at {tax.Rate} of {taxable}",
            Amount = amount,
        });
        return amount;
    }
}

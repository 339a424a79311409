using System.Globalization;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Pricing;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation;

/// <summary>
/// Integrity of the format 1.1 pricing terms: each term applies to the meter it is stated on (AIC0211), minimums do not
/// exceed their maximums (AIC0210), a discount states a percentage or an amount and a transaction fee one source of its
/// rate (AIC0212), a discount's date range does not end before it starts (AIC0213), a discount names a meter that exists
/// (AIC0202), and the new quantities and amounts are not negative (AIC0204). A percentage above 100 (a discount, a tax
/// rate, a fee rate) cannot be held by the model at all: the reader reports it (AIC0015).
/// </summary>
/// <remarks>Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class PricingTermsRule : IContractRule
{
    /// <inheritdoc />
    public string Id => "pricing-terms";

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Evaluate(AiContract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var findings = new List<Diagnostic>();
        if (contract.Pricing is not { } pricing)
        {
            return findings;
        }

        for (var i = 0; i < pricing.Meters.Count; i++)
        {
            CheckMeter(pricing.Meters[i], JsonPointer.Root / "pricing" / "meters" / i, findings);
        }

        var meters = pricing.Meters.Select(m => m.Id).ToHashSet();
        for (var i = 0; i < pricing.Discounts.Count; i++)
        {
            CheckDiscount(pricing.Discounts[i], JsonPointer.Root / "pricing" / "discounts" / i, meters, findings);
        }

        return findings;
    }

    private void CheckMeter(Meter meter, JsonPointer at, List<Diagnostic> findings)
    {
        var percentage = meter.Model == PricingModel.PercentageOfAmount;
        var what = $"meter '{meter.Id}'";
        if (meter.IncludedUnits is { } included)
        {
            if (meter.Model == PricingModel.Flat || meter.Unit == MeterUnit.Subscription)
            {
                NotApplicable(findings, at / "includedUnits", $"The included units of {what}", "the meter counts no quantity (it is priced Flat or counts a Subscription), so there are no units to include");
            }
            else if (percentage)
            {
                NotApplicable(findings, at / "includedUnits", $"The included units of {what}", "the meter is priced as a percentage of declared amounts, and a free allowance of events or amounts is not part of the format");
            }
            else if (included < 0)
            {
                Negative(findings, at / "includedUnits", $"The included units of {what}", Text(included));
            }
        }

        if (meter.Package?.MinimumPackages is { } packages)
        {
            if (meter.Model != PricingModel.Package)
            {
                NotApplicable(findings, at / "package" / "minimumPackages", $"The minimum packages of {what}", $"the meter is priced {meter.Model.Name}, not Package");
            }
            else if (packages < 0 || packages != decimal.Truncate(packages))
            {
                findings.Add(DiagnosticCatalogue.NotComputable.Create(at / "package" / "minimumPackages", Id, ("what", $"The minimum packages of {what}"), ("value", Text(packages)), ("expected", "a number of packages is a whole number, zero or more")));
            }
        }

        if (percentage && meter.Cap?.Quantity is not null)
        {
            NotApplicable(findings, at / "cap" / "quantity", $"The quantity cap of {what}", "the meter is priced as a percentage of declared amounts, so every listed event is priced; cap its spend instead");
        }

        if (meter.TransactionFee is not null && !percentage)
        {
            NotApplicable(findings, at / "transactionFee", $"The transaction fee of {what}", $"the meter is priced {meter.Model.Name}, not PercentageOfAmount");
        }

        var hasTierRates = false;
        for (var t = 0; t < meter.Tiers.Count; t++)
        {
            var tier = meter.Tiers[t];
            var tierAt = at / "tiers" / t;
            hasTierRates |= tier.Rate is not null;
            if (tier.Rate is not null && !percentage)
            {
                NotApplicable(findings, tierAt / "rate", $"The rate of tier {t + 1} of {what}", $"the meter is priced {meter.Model.Name}, not PercentageOfAmount (a tier's rate is a percentage of declared amounts)");
            }

            if (percentage && tier.UnitPrice is not null)
            {
                NotApplicable(findings, tierAt / "unitPrice", $"The unit price of tier {t + 1} of {what}", "the meter is priced as a percentage of declared amounts; give the tier a rate");
            }

            Negative(findings, tierAt / "minimumCharge", $"The minimum charge of tier {t + 1} of {what}", tier.MinimumCharge);
            Negative(findings, tierAt / "maximumCharge", $"The maximum charge of tier {t + 1} of {what}", tier.MaximumCharge);
            MinimumAboveMaximum(findings, tierAt / "minimumCharge", $"The minimum charge of tier {t + 1} of {what}", tier.MinimumCharge, tier.MaximumCharge, "the tier's maximum charge");
            if ((tier.MinimumCharge is not null || tier.MaximumCharge is not null) && (meter.TransactionFee?.MinimumPerEvent is not null || meter.TransactionFee?.MaximumPerEvent is not null))
            {
                NotApplicable(findings, tierAt / (tier.MinimumCharge is not null ? "minimumCharge" : "maximumCharge"), $"The charge limits of tier {t + 1} of {what}",
                    "the meter already limits each event's fee; limit either the events or the tiers, not both");
            }
        }

        Negative(findings, at / "minimumCharge", $"The minimum charge of {what}", meter.MinimumCharge);
        MinimumAboveMaximum(findings, at / "minimumCharge", $"The minimum charge of {what}", meter.MinimumCharge, meter.Cap?.Spend, "the meter's spend cap");

        if (meter.TransactionFee is { } fee && percentage)
        {
            var feeAt = at / "transactionFee";
            if (fee.Rate is not null && hasTierRates)
            {
                findings.Add(DiagnosticCatalogue.ExactlyOneOf.Create(feeAt / "rate", Id, ("what", $"The transaction fee of {what}"), ("found", "a rate and tiers with rates"), ("options", "transactionFee.rate and the tiers' rates")));
            }

            Negative(findings, feeAt / "fixedFee", $"The fixed fee per event of {what}", fee.FixedFee);
            Negative(findings, feeAt / "minimumPerEvent", $"The minimum fee per event of {what}", fee.MinimumPerEvent);
            Negative(findings, feeAt / "maximumPerEvent", $"The maximum fee per event of {what}", fee.MaximumPerEvent);
            MinimumAboveMaximum(findings, feeAt / "minimumPerEvent", $"The minimum fee per event of {what}", fee.MinimumPerEvent, fee.MaximumPerEvent, "the maximum fee per event");
        }
    }

    private void CheckDiscount(Discount discount, JsonPointer at, HashSet<LocalId> meters, List<Diagnostic> findings)
    {
        if ((discount.Percentage is null) == (discount.Amount is null))
        {
            findings.Add(DiagnosticCatalogue.ExactlyOneOf.Create(at, Id, ("what", "The discount"), ("found", discount.Amount is null ? "neither" : "both"), ("options", "percentage and amount")));
        }

        Negative(findings, at / "amount", "The discount's amount", discount.Amount);
        if (discount.From is { } from && discount.Until is { } until && until < from)
        {
            findings.Add(DiagnosticCatalogue.RangeEndsBeforeStart.Create(at / "until", Id, ("what", "The discount's date range"), ("value", Date(until)), ("first", Date(from))));
        }

        if (discount.MeterId is { } meter && !meters.Contains(meter))
        {
            var allowed = meters.Count == 0 ? "none: the pricing defines no meter" : string.Join(", ", meters.Select(m => m.Value).Order(StringComparer.Ordinal).Take(10)) + (meters.Count > 10 ? $" and {meters.Count - 10} more" : string.Empty);
            findings.Add(DiagnosticCatalogue.UnknownReference.Create(at / "meterId", Id, ("value", meter.Value), ("what", "meter"), ("allowed", allowed)));
        }
    }

    private void NotApplicable(List<Diagnostic> findings, JsonPointer pointer, string what, string reason) =>
        findings.Add(DiagnosticCatalogue.TermNotApplicable.Create(pointer, Id, ("what", what), ("reason", reason)));

    private void Negative(List<Diagnostic> findings, JsonPointer pointer, string what, Money? money)
    {
        if (money is { Amount: < 0 })
        {
            Negative(findings, pointer, what, money.ToString());
        }
    }

    private void Negative(List<Diagnostic> findings, JsonPointer pointer, string what, string value) =>
        findings.Add(DiagnosticCatalogue.NotComputable.Create(pointer, Id, ("what", what), ("value", value), ("expected", "it must not be negative")));

    private void MinimumAboveMaximum(List<Diagnostic> findings, JsonPointer pointer, string what, Money? minimum, Money? maximum, string maximumWhat)
    {
        // Amounts in another currency are reported by AIC4004 and not compared.
        if (minimum is not null && maximum is not null && minimum.Currency == maximum.Currency && minimum.Amount > maximum.Amount)
        {
            findings.Add(DiagnosticCatalogue.MinimumAboveMaximum.Create(pointer, Id, ("what", what), ("value", minimum.ToString()), ("maximum", $"{maximumWhat} of {maximum}")));
        }
    }

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Date(NodaTime.LocalDate value) => value.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);
}

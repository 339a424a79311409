using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>Every amount of the pricing is in the pricing's one currency (AIC4004).</summary>
/// <remarks>Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class OneCurrencyRule : ClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.MixedCurrencies);

    /// <inheritdoc />
    public override string Id => "one-currency";

    /// <inheritdoc />
    public override string Title => "Pricing uses one currency";

    /// <inheritdoc />
    public override string Area => "pricing";

    /// <inheritdoc />
    public override ValueArray<DiagnosticDescriptor> Descriptors => Codes;

    /// <inheritdoc />
    private static readonly JsonPointer Pricing = JsonPointer.Root / "pricing";
    private static readonly JsonPointer Meters = Pricing / "meters";

    protected override IEnumerable<Diagnostic> Findings(AiContract contract)
    {
        var pricing = contract.Pricing;
        if (pricing is null)
        {
            return [];
        }

        // A pointer is built only for an amount in another currency.
        var findings = new List<Diagnostic>();
        void Check(Money? amount, JsonPointer parent, int index, params ReadOnlySpan<string> members)
        {
            if (amount is not null && amount.Currency != pricing.Currency)
            {
                var at = index < 0 ? parent : parent / index;
                foreach (var member in members)
                {
                    at /= member;
                }

                findings.Add(DiagnosticCatalogue.MixedCurrencies.Create(at / "currency", Id, ("value", amount.Currency.Code), ("currency", pricing.Currency.Code)));
            }
        }

        void CheckTier(Money? amount, int meter, int tier, string member)
        {
            if (amount is not null && amount.Currency != pricing.Currency)
            {
                Check(amount, Meters / meter / "tiers", tier, member);
            }
        }

        for (var i = 0; i < pricing.Meters.Count; i++)
        {
            var meter = pricing.Meters[i];
            Check(meter.FlatFee, Meters, i, "flatFee");
            Check(meter.UnitPrice, Meters, i, "unitPrice");
            for (var j = 0; j < meter.Tiers.Count; j++)
            {
                CheckTier(meter.Tiers[j].UnitPrice, i, j, "unitPrice");
                CheckTier(meter.Tiers[j].FlatFee, i, j, "flatFee");
            }

            Check(meter.Package?.Price, Meters, i, "package", "price");
            Check(meter.Cap?.Spend, Meters, i, "cap", "spend");
            Check(meter.Cap?.OverageUnitPrice, Meters, i, "cap", "overageUnitPrice");
            Check(meter.MinimumCharge, Meters, i, "minimumCharge");
            Check(meter.TransactionFee?.FixedFee, Meters, i, "transactionFee", "fixedFee");
            Check(meter.TransactionFee?.MinimumPerEvent, Meters, i, "transactionFee", "minimumPerEvent");
            Check(meter.TransactionFee?.MaximumPerEvent, Meters, i, "transactionFee", "maximumPerEvent");
            for (var j = 0; j < meter.Tiers.Count; j++)
            {
                CheckTier(meter.Tiers[j].MinimumCharge, i, j, "minimumCharge");
                CheckTier(meter.Tiers[j].MaximumCharge, i, j, "maximumCharge");
            }
        }

        Check(pricing.TotalCap?.Spend, Pricing / "totalCap" / "spend", -1);
        Check(pricing.TotalCap?.OverageUnitPrice, Pricing / "totalCap" / "overageUnitPrice", -1);
        Check(pricing.MinimumCommitment?.Amount, Pricing / "minimumCommitment" / "amount", -1);
        for (var i = 0; i < pricing.UpfrontFees.Count; i++)
        {
            Check(pricing.UpfrontFees[i].Amount, Pricing / "upfrontFees", i, "amount");
        }

        for (var i = 0; i < pricing.Discounts.Count; i++)
        {
            Check(pricing.Discounts[i].Amount, Pricing / "discounts", i, "amount");
        }

        return findings;
    }
}

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
    protected override IEnumerable<Diagnostic> Findings(AiContract contract)
    {
        var pricing = contract.Pricing;
        if (pricing is null)
        {
            return [];
        }

        // A pointer is built only for an amount in another currency.
        var findings = new List<Diagnostic>();
        bool Other(Money? amount) => amount is not null && amount.Currency != pricing.Currency;
        void Add(Money amount, string at) =>
            findings.Add(DiagnosticCatalogue.MixedCurrencies.Create(at + "/currency", Id, ("value", amount.Currency.Code), ("currency", pricing.Currency.Code)));

        for (var i = 0; i < pricing.Meters.Count; i++)
        {
            var meter = pricing.Meters[i];
            if (Other(meter.FlatFee))
            {
                Add(meter.FlatFee!, $"/pricing/meters/{i}/flatFee");
            }

            if (Other(meter.UnitPrice))
            {
                Add(meter.UnitPrice!, $"/pricing/meters/{i}/unitPrice");
            }

            for (var j = 0; j < meter.Tiers.Count; j++)
            {
                if (Other(meter.Tiers[j].UnitPrice))
                {
                    Add(meter.Tiers[j].UnitPrice!, $"/pricing/meters/{i}/tiers/{j}/unitPrice");
                }

                if (Other(meter.Tiers[j].FlatFee))
                {
                    Add(meter.Tiers[j].FlatFee!, $"/pricing/meters/{i}/tiers/{j}/flatFee");
                }
            }

            if (Other(meter.Package?.Price))
            {
                Add(meter.Package!.Price!, $"/pricing/meters/{i}/package/price");
            }

            if (Other(meter.Cap?.Spend))
            {
                Add(meter.Cap!.Spend!, $"/pricing/meters/{i}/cap/spend");
            }

            if (Other(meter.Cap?.OverageUnitPrice))
            {
                Add(meter.Cap!.OverageUnitPrice!, $"/pricing/meters/{i}/cap/overageUnitPrice");
            }
        }

        if (Other(pricing.TotalCap?.Spend))
        {
            Add(pricing.TotalCap!.Spend!, "/pricing/totalCap/spend");
        }

        if (Other(pricing.TotalCap?.OverageUnitPrice))
        {
            Add(pricing.TotalCap!.OverageUnitPrice!, "/pricing/totalCap/overageUnitPrice");
        }

        if (Other(pricing.MinimumCommitment?.Amount))
        {
            Add(pricing.MinimumCommitment!.Amount!, "/pricing/minimumCommitment/amount");
        }

        for (var i = 0; i < pricing.UpfrontFees.Count; i++)
        {
            if (Other(pricing.UpfrontFees[i].Amount))
            {
                Add(pricing.UpfrontFees[i].Amount!, $"/pricing/upfrontFees/{i}/amount");
            }
        }

        return findings;
    }
}

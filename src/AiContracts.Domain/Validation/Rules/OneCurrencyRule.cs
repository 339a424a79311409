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

        var amounts = new List<(string Pointer, Money? Amount)>();
        for (var i = 0; i < pricing.Meters.Count; i++)
        {
            var meter = pricing.Meters[i];
            var at = $"/pricing/meters/{i}";
            amounts.Add((at + "/flatFee", meter.FlatFee));
            amounts.Add((at + "/unitPrice", meter.UnitPrice));
            for (var j = 0; j < meter.Tiers.Count; j++)
            {
                amounts.Add(($"{at}/tiers/{j}/unitPrice", meter.Tiers[j].UnitPrice));
                amounts.Add(($"{at}/tiers/{j}/flatFee", meter.Tiers[j].FlatFee));
            }

            amounts.Add((at + "/package/price", meter.Package?.Price));
            amounts.Add((at + "/cap/spend", meter.Cap?.Spend));
            amounts.Add((at + "/cap/overageUnitPrice", meter.Cap?.OverageUnitPrice));
            amounts.Add((at + "/minimumCharge", meter.MinimumCharge));
            amounts.Add((at + "/transactionFee/fixedFee", meter.TransactionFee?.FixedFee));
            amounts.Add((at + "/transactionFee/minimumPerEvent", meter.TransactionFee?.MinimumPerEvent));
            amounts.Add((at + "/transactionFee/maximumPerEvent", meter.TransactionFee?.MaximumPerEvent));
            for (var j = 0; j < meter.Tiers.Count; j++)
            {
                amounts.Add(($"{at}/tiers/{j}/minimumCharge", meter.Tiers[j].MinimumCharge));
                amounts.Add(($"{at}/tiers/{j}/maximumCharge", meter.Tiers[j].MaximumCharge));
            }
        }

        amounts.Add(("/pricing/totalCap/spend", pricing.TotalCap?.Spend));
        amounts.Add(("/pricing/totalCap/overageUnitPrice", pricing.TotalCap?.OverageUnitPrice));
        amounts.Add(("/pricing/minimumCommitment/amount", pricing.MinimumCommitment?.Amount));
        for (var i = 0; i < pricing.UpfrontFees.Count; i++)
        {
            amounts.Add(($"/pricing/upfrontFees/{i}/amount", pricing.UpfrontFees[i].Amount));
        }

        for (var i = 0; i < pricing.Discounts.Count; i++)
        {
            amounts.Add(($"/pricing/discounts/{i}/amount", pricing.Discounts[i].Amount));
        }

        return amounts
            .Where(a => a.Amount is not null && a.Amount.Currency != pricing.Currency)
            .Select(a => DiagnosticCatalogue.MixedCurrencies.Create(a.Pointer + "/currency", Id, ("value", a.Amount!.Currency.Code), ("currency", pricing.Currency.Code)))
            .ToList();
    }
}

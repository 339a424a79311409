using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Pricing;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>
/// Pricing is not open-ended: the contract has pricing terms (AIC4009), and every usage-priced meter is capped by
/// quantity or spend unless the contract caps total spend (AIC4001).
/// </summary>
/// <remarks>Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class PricingCapsRule : ClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.NoPricing, DiagnosticCatalogue.OpenEndedPricing);

    /// <inheritdoc />
    public override string Id => "pricing-caps";

    /// <inheritdoc />
    public override string Title => "Usage-based pricing is capped";

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
            yield return DiagnosticCatalogue.NoPricing.Create(JsonPointer.Root, Id);
            yield break;
        }

        if (pricing.TotalCap?.Spend is not null)
        {
            yield break;
        }

        for (var i = 0; i < pricing.Meters.Count; i++)
        {
            var meter = pricing.Meters[i];
            if (meter.Model != PricingModel.Flat && meter.Cap is not { Quantity: not null } and not { Spend: not null })
            {
                yield return DiagnosticCatalogue.OpenEndedPricing.Create(JsonPointer.Root / "pricing" / "meters" / i, Id, ("value", meter.Id.Value));
            }
        }
    }
}

using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>
/// Price tiers ascend, meet and do not overlap: each tier ends above the previous one (AIC4002), and only the last
/// tier is open-ended (AIC4003).
/// </summary>
/// <remarks>Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class PriceTiersRule : ClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.TiersNotAscending, DiagnosticCatalogue.UnboundedTierNotLast);

    /// <inheritdoc />
    public override string Id => "price-tiers";

    /// <inheritdoc />
    public override string Title => "Price tiers ascend without gaps or overlaps";

    /// <inheritdoc />
    public override string Area => "pricing";

    /// <inheritdoc />
    public override ValueArray<DiagnosticDescriptor> Descriptors => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Diagnostic> Findings(AiContract contract)
    {
        var meters = contract.Pricing?.Meters ?? [];
        for (var i = 0; i < meters.Count; i++)
        {
            var tiers = meters[i].Tiers;
            decimal? previous = null;
            for (var j = 0; j < tiers.Count; j++)
            {
                var at = JsonPointer.Root / "pricing" / "meters" / i / "tiers" / j;
                if (tiers[j].UpTo is not { } upTo)
                {
                    if (j < tiers.Count - 1)
                    {
                        yield return DiagnosticCatalogue.UnboundedTierNotLast.Create(at, Id);
                    }

                    continue;
                }

                // The first tier may end at 0 (a free or fee-only start); every later one ends above the previous.
                if (previous is null ? upTo < 0m : upTo <= previous)
                {
                    yield return DiagnosticCatalogue.TiersNotAscending.Create(at / "upTo", Id, ("value", RuleSupport.Text(upTo)), ("previous", RuleSupport.Text(previous ?? 0m)));
                }

                previous = upTo;
            }
        }
    }
}

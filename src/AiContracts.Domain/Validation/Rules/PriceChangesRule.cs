using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>
/// Price increases are limited, by a maximum increase per period or a date prices are fixed until (AIC4007), to no
/// more than the playbook's <see cref="PlaybookParameters.LargestPriceIncrease"/> (AIC4008).
/// </summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
internal sealed class PriceChangesRule : ClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.PriceIncreasesUnlimited, DiagnosticCatalogue.PriceIncreaseTooHigh);

    /// <summary>Creates the rule.</summary>
    /// <param name="parameters">The thresholds; <see cref="PlaybookParameters.Default"/> when null.</param>
    public PriceChangesRule(PlaybookParameters? parameters = null) => Parameters = parameters ?? PlaybookParameters.Default;

    /// <summary>The thresholds the rule reads.</summary>
    public PlaybookParameters Parameters { get; }

    /// <inheritdoc />
    public override string Id => "price-changes";

    /// <inheritdoc />
    public override string Title => "Price increases are limited";

    /// <inheritdoc />
    public override string Area => "pricing";

    /// <inheritdoc />
    public override ValueArray<DiagnosticDescriptor> Descriptors => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Diagnostic> Findings(AiContract contract)
    {
        var limit = contract.Pricing?.PriceChangeLimit;
        if (limit is null || limit is { MaxIncrease: null, FixedUntil: null })
        {
            yield return DiagnosticCatalogue.PriceIncreasesUnlimited.Create(
                limit is null ? RuleSupport.Group(contract.Pricing, JsonPointer.Root / "pricing") : JsonPointer.Root / "pricing" / "priceChangeLimit", Id);
        }
        else if (limit.MaxIncrease is { } increase && increase > Parameters.LargestPriceIncrease)
        {
            yield return DiagnosticCatalogue.PriceIncreaseTooHigh.Create(
                JsonPointer.Root / "pricing" / "priceChangeLimit" / "maxIncrease", Id, ("value", increase.ToString()), ("limit", Parameters.LargestPriceIncrease.ToString()));
        }
    }
}

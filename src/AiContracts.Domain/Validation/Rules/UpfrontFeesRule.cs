using System.Globalization;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Pricing;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>
/// An upfront fee above the playbook's <see cref="PlaybookParameters.UpfrontFeeThreshold"/> is refundable or tied to a
/// guarantee such as passed acceptance tests, the sandbox proof or a performance milestone (AIC4005).
/// </summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
internal sealed class UpfrontFeesRule : ClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.UpfrontFeeUnguaranteed);

    /// <summary>Creates the rule.</summary>
    /// <param name="parameters">The thresholds; <see cref="PlaybookParameters.Default"/> when null.</param>
    public UpfrontFeesRule(PlaybookParameters? parameters = null) => Parameters = parameters ?? PlaybookParameters.Default;

    /// <summary>The thresholds the rule reads.</summary>
    public PlaybookParameters Parameters { get; }

    /// <inheritdoc />
    public override string Id => "upfront-fees";

    /// <inheritdoc />
    public override string Title => "Upfront fees are refundable or guaranteed";

    /// <inheritdoc />
    public override string Area => "pricing";

    /// <inheritdoc />
    public override ValueArray<DiagnosticDescriptor> Descriptors => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Diagnostic> Findings(AiContract contract)
    {
        var fees = contract.Pricing?.UpfrontFees ?? [];
        var threshold = Parameters.UpfrontFeeThreshold;
        for (var i = 0; i < fees.Count; i++)
        {
            var fee = fees[i];
            var guaranteed = fee.Refundable == true || (fee.Guarantee is not null && fee.Guarantee != GuaranteeKind.None);
            var above = threshold is null || fee.Amount.Currency != threshold.Currency || fee.Amount.Amount > threshold.Amount;
            if (!guaranteed && above)
            {
                yield return DiagnosticCatalogue.UpfrontFeeUnguaranteed.Create(
                    JsonPointer.Root / "pricing" / "upfrontFees" / i,
                    Id,
                    ("value", Format(fee.Amount)),
                    ("threshold", threshold is null ? string.Empty : $" and exceeds the playbook's threshold of {Format(threshold)}"));
            }
        }
    }

    private static string Format(Money money) => money.Amount.ToString(CultureInfo.InvariantCulture) + " " + money.Currency.Code;
}

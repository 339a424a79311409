using AiContracts.Domain.DataProcessing;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>
/// Every data category has a finite retention: the contract describes its data categories (AIC2013), none is kept
/// indefinitely or without stated retention (AIC2001), and none longer than the playbook's
/// <see cref="PlaybookParameters.LongestRetention"/> (AIC2002).
/// </summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
internal sealed class RetentionRule : ClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.NoDataCategories, DiagnosticCatalogue.RetentionNotFinite, DiagnosticCatalogue.RetentionTooLong);

    /// <summary>Creates the rule.</summary>
    /// <param name="parameters">The thresholds; <see cref="PlaybookParameters.Default"/> when null.</param>
    public RetentionRule(PlaybookParameters? parameters = null) => Parameters = parameters ?? PlaybookParameters.Default;

    /// <summary>The thresholds the rule reads.</summary>
    public PlaybookParameters Parameters { get; }

    /// <inheritdoc />
    public override string Id => "retention";

    /// <inheritdoc />
    public override string Title => "Every data category has a finite retention";

    /// <inheritdoc />
    public override string Area => "data";

    /// <inheritdoc />
    public override ValueArray<DiagnosticDescriptor> Descriptors => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Diagnostic> Findings(AiContract contract)
    {
        var categories = contract.DataProcessing?.Categories ?? [];
        if (categories.IsEmpty)
        {
            yield return DiagnosticCatalogue.NoDataCategories.Create(RuleSupport.Group(contract.DataProcessing, JsonPointer.Root / "dataProcessing"), Id);
            yield break;
        }

        for (var i = 0; i < categories.Count; i++)
        {
            var category = categories[i];
            var at = JsonPointer.Root / "dataProcessing" / "categories" / i;
            var name = category.Category.Name;
            var retention = category.Retention;
            if (retention is null)
            {
                yield return DiagnosticCatalogue.RetentionNotFinite.Create(at, Id, ("value", name), ("problem", "states no retention"));
            }
            else if (retention.Kind == RetentionKind.Indefinite)
            {
                yield return DiagnosticCatalogue.RetentionNotFinite.Create(at / "retention", Id, ("value", name), ("problem", "is kept indefinitely"));
            }
            else if (retention.Kind == RetentionKind.FixedPeriod && retention.Period is null)
            {
                yield return DiagnosticCatalogue.RetentionNotFinite.Create(at / "retention", Id, ("value", name), ("problem", "is kept for a fixed period of no stated length"));
            }
            else if (retention.Kind == RetentionKind.FixedPeriod && RuleSupport.Exceeds(retention.Period!, Parameters.LongestRetention))
            {
                yield return DiagnosticCatalogue.RetentionTooLong.Create(
                    at / "retention" / "period", Id, ("category", name), ("value", retention.Period!.ToString()), ("limit", Parameters.LongestRetention.ToString()));
            }
        }
    }
}

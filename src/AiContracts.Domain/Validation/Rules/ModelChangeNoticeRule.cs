using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>
/// Model changes are announced at least the playbook's <see cref="PlaybookParameters.ShortestModelChangeNotice"/>
/// ahead (AIC6006), and the customer may test them before rollout (AIC6007).
/// </summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
internal sealed class ModelChangeNoticeRule : ClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.NoModelChangeNotice, DiagnosticCatalogue.NoRightToTestModelChanges);

    /// <summary>Creates the rule.</summary>
    /// <param name="parameters">The thresholds; <see cref="PlaybookParameters.Default"/> when null.</param>
    public ModelChangeNoticeRule(PlaybookParameters? parameters = null) => Parameters = parameters ?? PlaybookParameters.Default;

    /// <summary>The thresholds the rule reads.</summary>
    public PlaybookParameters Parameters { get; }

    /// <inheritdoc />
    public override string Id => "model-change-notice";

    /// <inheritdoc />
    public override string Title => "Model changes are notified with a right to test";

    /// <inheritdoc />
    public override string Area => "governance";

    /// <inheritdoc />
    public override ValueArray<DiagnosticDescriptor> Descriptors => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Diagnostic> Findings(AiContract contract)
    {
        var notice = contract.Governance?.ModelChangeNotice;
        var limit = Parameters.ShortestModelChangeNotice.ToString();
        var At = JsonPointer.Root / "governance" / "modelChangeNotice";
        if (notice is null)
        {
            var at = RuleSupport.Group(contract.Governance, JsonPointer.Root / "governance");
            yield return DiagnosticCatalogue.NoModelChangeNotice.Create(at, Id, ("problem", "has no model-change notice"), ("limit", limit));
            yield return DiagnosticCatalogue.NoRightToTestModelChanges.Create(at, Id);
            yield break;
        }

        if (notice.Notice is not { } period)
        {
            yield return DiagnosticCatalogue.NoModelChangeNotice.Create(At, Id, ("problem", "gives no notice period for model changes"), ("limit", limit));
        }
        else if (RuleSupport.Compare(period, Parameters.ShortestModelChangeNotice) < 0)
        {
            yield return DiagnosticCatalogue.NoModelChangeNotice.Create(At / "notice", Id, ("problem", $"gives only {period} notice of model changes"), ("limit", limit));
        }

        if (notice.RightToTestBeforeRollout != true)
        {
            yield return DiagnosticCatalogue.NoRightToTestModelChanges.Create(notice.RightToTestBeforeRollout is null ? At : At / "rightToTestBeforeRollout", Id);
        }
    }
}

using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>GDPR Art. 28(3)(d), (2) and (4): the provider informs the customer of sub-processor changes ahead, so that it may object, and binds sub-processors by the same obligations (AIC2110).</summary>
/// <remarks>Part of the <c>gdpr-article-28</c> playbook; finds nothing when no data category holds personal data. Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class GdprSubProcessorsRule : ClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.NoSubProcessorConditions);

    /// <inheritdoc />
    public override string Id => "gdpr-sub-processors";

    /// <inheritdoc />
    public override string Title => "(d) Conditions for engaging sub-processors";

    /// <inheritdoc />
    public override string Area => "data";

    /// <inheritdoc />
    public override ValueArray<DiagnosticDescriptor> Descriptors => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Diagnostic> Findings(AiContract contract)
    {
        if (!RuleSupport.ProcessesPersonalData(contract))
        {
            yield break;
        }

        var obligations = contract.DataProcessing!.ProcessorObligations;
        var missing = new List<string>(2);
        if (obligations?.SubProcessorChangeNotice is null)
        {
            missing.Add("no notice of sub-processor changes (processorObligations.subProcessorChangeNotice)");
        }

        if (obligations?.SubProcessorsBoundBySameObligations != true)
        {
            missing.Add("sub-processors are not bound by the same obligations (processorObligations.subProcessorsBoundBySameObligations)");
        }

        if (missing.Count > 0)
        {
            yield return DiagnosticCatalogue.NoSubProcessorConditions.Create(obligations is null ? JsonPointer.Root / "dataProcessing" : JsonPointer.Root / "dataProcessing" / "processorObligations", Id, ("missing", RuleSupport.List(missing)));
        }
    }
}

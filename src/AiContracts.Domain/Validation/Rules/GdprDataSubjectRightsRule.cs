using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>GDPR Art. 28(3)(e): the provider assists the customer in answering requests of data subjects exercising their rights (AIC2111).</summary>
/// <remarks>Part of the <c>gdpr-article-28</c> playbook; finds nothing when no data category holds personal data. Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class GdprDataSubjectRightsRule : ClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.NoDataSubjectAssistance);

    /// <inheritdoc />
    public override string Id => "gdpr-data-subject-rights";

    /// <inheritdoc />
    public override string Title => "(e) Assistance with data-subject rights";

    /// <inheritdoc />
    public override string Area => "data";

    /// <inheritdoc />
    public override ValueArray<DiagnosticDescriptor> Descriptors => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Diagnostic> Findings(AiContract contract)
    {
        if (RuleSupport.ProcessesPersonalData(contract) && contract.DataProcessing!.ProcessorObligations?.AssistsWithDataSubjectRights != true)
        {
            yield return DiagnosticCatalogue.NoDataSubjectAssistance.Create(ObligationPointer(contract.DataProcessing.ProcessorObligations?.AssistsWithDataSubjectRights, contract, "assistsWithDataSubjectRights"), Id);
        }
    }

    private static JsonPointer ObligationPointer(bool? value, AiContract contract, string member) =>
        contract.DataProcessing!.ProcessorObligations is null ? JsonPointer.Root / "dataProcessing" : value is null ? JsonPointer.Root / "dataProcessing" / "processorObligations" : JsonPointer.Root / "dataProcessing" / "processorObligations" / member;
}

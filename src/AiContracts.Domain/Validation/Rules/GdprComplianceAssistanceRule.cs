using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>GDPR Art. 28(3)(f): the provider assists the customer with security, breach notification, impact assessments and prior consultation (Arts. 32 to 36) (AIC2112).</summary>
/// <remarks>Part of the <c>gdpr-article-28</c> playbook; finds nothing when no data category holds personal data. Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class GdprComplianceAssistanceRule : ClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.NoComplianceAssistance);

    /// <inheritdoc />
    public override string Id => "gdpr-compliance-assistance";

    /// <inheritdoc />
    public override string Title => "(f) Assistance with Arts. 32 to 36";

    /// <inheritdoc />
    public override string Area => "data";

    /// <inheritdoc />
    public override ValueArray<DiagnosticDescriptor> Descriptors => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Diagnostic> Findings(AiContract contract)
    {
        if (RuleSupport.ProcessesPersonalData(contract) && contract.DataProcessing!.ProcessorObligations?.AssistsWithSecurityAndAssessments != true)
        {
            yield return DiagnosticCatalogue.NoComplianceAssistance.Create(ObligationPointer(contract.DataProcessing.ProcessorObligations?.AssistsWithSecurityAndAssessments, contract, "assistsWithSecurityAndAssessments"), Id);
        }
    }

    private static JsonPointer ObligationPointer(bool? value, AiContract contract, string member) =>
        contract.DataProcessing!.ProcessorObligations is null ? JsonPointer.Root / "dataProcessing" : value is null ? JsonPointer.Root / "dataProcessing" / "processorObligations" : JsonPointer.Root / "dataProcessing" / "processorObligations" / member;
}

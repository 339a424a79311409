using AiContracts.Domain.DataProcessing;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>GDPR Art. 28(3)(b): the persons authorised to process personal data are committed to confidentiality, stated as the security measure <c>StaffConfidentiality</c> (AIC2108).</summary>
/// <remarks>Part of the <c>gdpr-article-28</c> playbook; finds nothing when no data category holds personal data. Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class GdprConfidentialityRule : ClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.NoConfidentiality);

    /// <inheritdoc />
    public override string Id => "gdpr-confidentiality";

    /// <inheritdoc />
    public override string Title => "(b) Persons processing the data are bound to confidentiality";

    /// <inheritdoc />
    public override string Area => "data";

    /// <inheritdoc />
    public override ValueArray<DiagnosticDescriptor> Descriptors => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Diagnostic> Findings(AiContract contract)
    {
        if (RuleSupport.ProcessesPersonalData(contract) && !contract.DataProcessing!.SecurityMeasures.Contains(SecurityMeasure.StaffConfidentiality))
        {
            yield return DiagnosticCatalogue.NoConfidentiality.Create(contract.DataProcessing.SecurityMeasures.IsEmpty ? JsonPointer.Root / "dataProcessing" : JsonPointer.Root / "dataProcessing" / "securityMeasures", Id);
        }
    }
}

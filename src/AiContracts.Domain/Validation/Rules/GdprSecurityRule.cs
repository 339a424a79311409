using AiContracts.Domain.DataProcessing;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>GDPR Art. 28(3)(c): the provider takes the technical measures of Art. 32: at least one security measure besides staff confidentiality (AIC2109).</summary>
/// <remarks>Part of the <c>gdpr-article-28</c> playbook; finds nothing when no data category holds personal data. Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class GdprSecurityRule : ClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.NoSecurityMeasures);

    /// <inheritdoc />
    public override string Id => "gdpr-security";

    /// <inheritdoc />
    public override string Title => "(c) Security measures of Art. 32 are taken";

    /// <inheritdoc />
    public override string Area => "data";

    /// <inheritdoc />
    public override ValueArray<DiagnosticDescriptor> Descriptors => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Diagnostic> Findings(AiContract contract)
    {
        if (RuleSupport.ProcessesPersonalData(contract) && !contract.DataProcessing!.SecurityMeasures.Any(m => m != SecurityMeasure.StaffConfidentiality))
        {
            yield return DiagnosticCatalogue.NoSecurityMeasures.Create(contract.DataProcessing.SecurityMeasures.IsEmpty ? JsonPointer.Root / "dataProcessing" : JsonPointer.Root / "dataProcessing" / "securityMeasures", Id);
        }
    }
}

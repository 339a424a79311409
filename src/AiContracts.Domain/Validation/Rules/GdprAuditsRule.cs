using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>GDPR Art. 28(3)(h): the customer may obtain the information needed to demonstrate compliance and carry out audits, stated as audit rights (AIC2114).</summary>
/// <remarks>Part of the <c>gdpr-article-28</c> playbook; finds nothing when no data category holds personal data. Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class GdprAuditsRule : ClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.NoAuditInformation);

    /// <inheritdoc />
    public override string Id => "gdpr-audits";

    /// <inheritdoc />
    public override string Title => "(h) Information and audits";

    /// <inheritdoc />
    public override string Area => "data";

    /// <inheritdoc />
    public override ValueArray<DiagnosticDescriptor> Descriptors => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Diagnostic> Findings(AiContract contract)
    {
        if (RuleSupport.ProcessesPersonalData(contract) && contract.Governance?.AuditRights is null)
        {
            yield return DiagnosticCatalogue.NoAuditInformation.Create(RuleSupport.Group(contract.Governance, JsonPointer.Root / "governance"), Id);
        }
    }
}

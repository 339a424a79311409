using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>The customer has audit rights (AIC6003).</summary>
/// <remarks>Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class AuditRightsRule : ClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.NoAuditRights);

    /// <inheritdoc />
    public override string Id => "audit-rights";

    /// <inheritdoc />
    public override string Title => "The customer has audit rights";

    /// <inheritdoc />
    public override string Area => "governance";

    /// <inheritdoc />
    public override ValueArray<DiagnosticDescriptor> Descriptors => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Diagnostic> Findings(AiContract contract)
    {
        if (contract.Governance?.AuditRights is null)
        {
            yield return DiagnosticCatalogue.NoAuditRights.Create(RuleSupport.Group(contract.Governance, JsonPointer.Root / "governance"), Id);
        }
    }
}

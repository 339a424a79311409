using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>The customer has audit rights (AIC6003).</summary>
/// <remarks>Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class AuditRightsRule : IClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.NoAuditRights);

    /// <inheritdoc />
    public string Id => "audit-rights";

    /// <inheritdoc />
    public string Title => "The customer has audit rights";

    /// <inheritdoc />
    public string Area => "governance";

    /// <inheritdoc />
    public ValueArray<DiagnosticDescriptor> Descriptors => Codes;

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Evaluate(AiContract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return Findings(contract);
    }

    private IEnumerable<Diagnostic> Findings(AiContract contract)
    {
        if (contract.Governance?.AuditRights is null)
        {
            yield return DiagnosticCatalogue.NoAuditRights.Create(RuleSupport.Group(contract.Governance, "/governance"), Id);
        }
    }
}

using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>The pricing has at least one refund mechanism, such as service credits or refunds of prepaid fees (AIC4006).</summary>
/// <remarks>Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class RefundsRule : IClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.NoRefundMechanism);

    /// <inheritdoc />
    public string Id => "refunds";

    /// <inheritdoc />
    public string Title => "A refund mechanism exists";

    /// <inheritdoc />
    public string Area => "pricing";

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
        if (contract.Pricing?.RefundMechanisms.IsEmpty ?? true)
        {
            yield return DiagnosticCatalogue.NoRefundMechanism.Create(RuleSupport.Group(contract.Pricing, "/pricing"), Id);
        }
    }
}

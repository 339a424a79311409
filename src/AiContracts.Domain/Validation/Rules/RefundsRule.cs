using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>The pricing has at least one refund mechanism, such as service credits or refunds of prepaid fees (AIC4006).</summary>
/// <remarks>Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class RefundsRule : ClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.NoRefundMechanism);

    /// <inheritdoc />
    public override string Id => "refunds";

    /// <inheritdoc />
    public override string Title => "A refund mechanism exists";

    /// <inheritdoc />
    public override string Area => "pricing";

    /// <inheritdoc />
    public override ValueArray<DiagnosticDescriptor> Descriptors => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Diagnostic> Findings(AiContract contract)
    {
        if (contract.Pricing?.RefundMechanisms.IsEmpty ?? true)
        {
            yield return DiagnosticCatalogue.NoRefundMechanism.Create(RuleSupport.Group(contract.Pricing, JsonPointer.Root / "pricing"), Id);
        }
    }
}

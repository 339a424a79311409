using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>The contract defines acceptance test cases (AIC3003).</summary>
/// <remarks>Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class AcceptanceTestsRule : ClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.NoAcceptanceTests);

    /// <inheritdoc />
    public override string Id => "acceptance-tests";

    /// <inheritdoc />
    public override string Title => "Acceptance test cases are defined";

    /// <inheritdoc />
    public override string Area => "integration";

    /// <inheritdoc />
    public override ValueArray<DiagnosticDescriptor> Descriptors => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Diagnostic> Findings(AiContract contract)
    {
        if (contract.Integration?.AcceptanceTests.IsEmpty ?? true)
        {
            yield return DiagnosticCatalogue.NoAcceptanceTests.Create(RuleSupport.Group(contract.Integration, JsonPointer.Root / "integration"), Id);
        }
    }
}

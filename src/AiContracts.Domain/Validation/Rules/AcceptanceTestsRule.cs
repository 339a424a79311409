using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>The contract defines acceptance test cases (AIC3003).</summary>
/// <remarks>Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class AcceptanceTestsRule : IClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.NoAcceptanceTests);

    /// <inheritdoc />
    public string Id => "acceptance-tests";

    /// <inheritdoc />
    public string Title => "Acceptance test cases are defined";

    /// <inheritdoc />
    public string Area => "integration";

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
        if (contract.Integration?.AcceptanceTests.IsEmpty ?? true)
        {
            yield return DiagnosticCatalogue.NoAcceptanceTests.Create(RuleSupport.Group(contract.Integration, "/integration"), Id);
        }
    }
}

using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>GDPR Art. 28(3): a contract that processes personal data describes the nature of the processing (AIC2103).</summary>
/// <remarks>Part of the <c>gdpr-article-28</c> playbook; finds nothing when no data category holds personal data. Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class GdprNatureRule : IClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.NoNatureOfProcessing);

    /// <inheritdoc />
    public string Id => "gdpr-nature";

    /// <inheritdoc />
    public string Title => "The nature of the processing is described";

    /// <inheritdoc />
    public string Area => "data";

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
        if (RuleSupport.ProcessesPersonalData(contract) && string.IsNullOrWhiteSpace(contract.DataProcessing!.NatureOfProcessing))
        {
            yield return DiagnosticCatalogue.NoNatureOfProcessing.Create("/dataProcessing", Id);
        }
    }
}

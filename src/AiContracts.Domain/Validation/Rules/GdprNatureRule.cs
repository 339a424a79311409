using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>GDPR Art. 28(3): a contract that processes personal data describes the nature of the processing (AIC2103).</summary>
/// <remarks>Part of the <c>gdpr-article-28</c> playbook; finds nothing when no data category holds personal data. Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class GdprNatureRule : ClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.NoNatureOfProcessing);

    /// <inheritdoc />
    public override string Id => "gdpr-nature";

    /// <inheritdoc />
    public override string Title => "The nature of the processing is described";

    /// <inheritdoc />
    public override string Area => "data";

    /// <inheritdoc />
    public override ValueArray<DiagnosticDescriptor> Descriptors => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Diagnostic> Findings(AiContract contract)
    {
        if (RuleSupport.ProcessesPersonalData(contract) && string.IsNullOrWhiteSpace(contract.DataProcessing!.NatureOfProcessing))
        {
            yield return DiagnosticCatalogue.NoNatureOfProcessing.Create(JsonPointer.Root / "dataProcessing", Id);
        }
    }
}

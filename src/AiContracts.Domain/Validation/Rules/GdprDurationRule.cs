using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>GDPR Art. 28(3): a contract that processes personal data states the duration of the processing, as its initial term or end date (AIC2102).</summary>
/// <remarks>Part of the <c>gdpr-article-28</c> playbook; finds nothing when no data category holds personal data. Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class GdprDurationRule : ClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.NoProcessingDuration);

    /// <inheritdoc />
    public override string Id => "gdpr-duration";

    /// <inheritdoc />
    public override string Title => "The duration of the processing is stated";

    /// <inheritdoc />
    public override string Area => "data";

    /// <inheritdoc />
    public override ValueArray<DiagnosticDescriptor> Descriptors => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Diagnostic> Findings(AiContract contract)
    {
        if (RuleSupport.ProcessesPersonalData(contract) && contract.Term is not ({ InitialTerm: not null } or { EndDate: not null }))
        {
            yield return DiagnosticCatalogue.NoProcessingDuration.Create(contract.Term is null ? JsonPointer.Root : JsonPointer.Root / "term", Id);
        }
    }
}

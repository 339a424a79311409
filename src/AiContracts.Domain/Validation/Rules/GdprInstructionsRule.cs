using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>GDPR Art. 28(3)(a): the provider processes personal data only on the customer's documented instructions (AIC2107).</summary>
/// <remarks>Part of the <c>gdpr-article-28</c> playbook; finds nothing when no data category holds personal data. Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class GdprInstructionsRule : ClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.NoDocumentedInstructions);

    /// <inheritdoc />
    public override string Id => "gdpr-instructions";

    /// <inheritdoc />
    public override string Title => "(a) Processing only on documented instructions";

    /// <inheritdoc />
    public override string Area => "data";

    /// <inheritdoc />
    public override ValueArray<DiagnosticDescriptor> Descriptors => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Diagnostic> Findings(AiContract contract)
    {
        if (RuleSupport.ProcessesPersonalData(contract) && contract.DataProcessing!.ProcessorObligations?.ActsOnDocumentedInstructions != true)
        {
            yield return DiagnosticCatalogue.NoDocumentedInstructions.Create(ObligationPointer(contract.DataProcessing.ProcessorObligations?.ActsOnDocumentedInstructions, contract, "actsOnDocumentedInstructions"), Id);
        }
    }

    private static JsonPointer ObligationPointer(bool? value, AiContract contract, string member) =>
        contract.DataProcessing!.ProcessorObligations is null ? JsonPointer.Root / "dataProcessing" : value is null ? JsonPointer.Root / "dataProcessing" / "processorObligations" : JsonPointer.Root / "dataProcessing" / "processorObligations" / member;
}

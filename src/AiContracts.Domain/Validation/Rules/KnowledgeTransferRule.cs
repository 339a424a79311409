using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>
/// Knowledge is transferred to the customer's internal teams (AIC5007), in hours or deliverables that can be claimed
/// (AIC5008).
/// </summary>
/// <remarks>Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class KnowledgeTransferRule : ClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.NoKnowledgeTransfer, DiagnosticCatalogue.KnowledgeTransferVague);

    /// <inheritdoc />
    public override string Id => "knowledge-transfer";

    /// <inheritdoc />
    public override string Title => "Knowledge is transferred to internal teams";

    /// <inheritdoc />
    public override string Area => "exit";

    /// <inheritdoc />
    public override ValueArray<DiagnosticDescriptor> Descriptors => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Diagnostic> Findings(AiContract contract)
    {
        var transfer = contract.Exit?.KnowledgeTransfer;
        if (transfer is null)
        {
            yield return DiagnosticCatalogue.NoKnowledgeTransfer.Create(RuleSupport.Group(contract.Exit, JsonPointer.Root / "exit"), Id);
        }
        else if ((transfer.Hours ?? 0) <= 0 && transfer.Deliverables.IsEmpty)
        {
            yield return DiagnosticCatalogue.KnowledgeTransferVague.Create(JsonPointer.Root / "exit" / "knowledgeTransfer", Id);
        }
    }
}

using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>
/// Knowledge is transferred to the customer's internal teams (AIC5007), in hours or deliverables that can be claimed
/// (AIC5008).
/// </summary>
/// <remarks>Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class KnowledgeTransferRule : IClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.NoKnowledgeTransfer, DiagnosticCatalogue.KnowledgeTransferVague);

    /// <inheritdoc />
    public string Id => "knowledge-transfer";

    /// <inheritdoc />
    public string Title => "Knowledge is transferred to internal teams";

    /// <inheritdoc />
    public string Area => "exit";

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
        var transfer = contract.Exit?.KnowledgeTransfer;
        if (transfer is null)
        {
            yield return DiagnosticCatalogue.NoKnowledgeTransfer.Create(RuleSupport.Group(contract.Exit, "/exit"), Id);
        }
        else if ((transfer.Hours ?? 0) <= 0 && transfer.Deliverables.IsEmpty)
        {
            yield return DiagnosticCatalogue.KnowledgeTransferVague.Create("/exit/knowledgeTransfer", Id);
        }
    }
}

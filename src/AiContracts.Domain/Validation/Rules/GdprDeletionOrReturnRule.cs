using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>GDPR Art. 28(3)(g): personal data is deleted or returned, by a stated deadline, at the end of the services (AIC2113).</summary>
/// <remarks>Part of the <c>gdpr-article-28</c> playbook; finds nothing when no data category holds personal data. Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class GdprDeletionOrReturnRule : ClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.NoDeletionOrReturn);

    /// <inheritdoc />
    public override string Id => "gdpr-deletion-or-return";

    /// <inheritdoc />
    public override string Title => "(g) Deletion or return at the end of the services";

    /// <inheritdoc />
    public override string Area => "data";

    /// <inheritdoc />
    public override ValueArray<DiagnosticDescriptor> Descriptors => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Diagnostic> Findings(AiContract contract)
    {
        if (RuleSupport.ProcessesPersonalData(contract) && contract.Exit?.PostExitDeletion is not { Deadline: not null, Method: not null })
        {
            yield return DiagnosticCatalogue.NoDeletionOrReturn.Create(
                contract.Exit is null ? JsonPointer.Root : contract.Exit.PostExitDeletion is null ? JsonPointer.Root / "exit" : JsonPointer.Root / "exit" / "postExitDeletion", Id);
        }
    }
}

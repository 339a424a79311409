using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>
/// Data is deleted after exit, with a deadline and method (AIC5011), consistently with the data terms: no later than
/// the longest deletion deadline of the data categories, and including backups where they do (AIC5012).
/// </summary>
/// <remarks>Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class PostExitDeletionRule : ClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.NoPostExitDeletion, DiagnosticCatalogue.PostExitDeletionInconsistent);

    /// <inheritdoc />
    public override string Id => "post-exit-deletion";

    /// <inheritdoc />
    public override string Title => "Data is deleted after exit, consistently with the data terms";

    /// <inheritdoc />
    public override string Area => "exit";

    /// <inheritdoc />
    public override ValueArray<DiagnosticDescriptor> Descriptors => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Diagnostic> Findings(AiContract contract)
    {
        var categories = contract.DataProcessing?.Categories ?? [];
        if (categories.IsEmpty)
        {
            yield break;
        }

        var deletion = contract.Exit?.PostExitDeletion;
        var At = JsonPointer.Root / "exit" / "postExitDeletion";
        if (deletion is null)
        {
            yield return DiagnosticCatalogue.NoPostExitDeletion.Create(RuleSupport.Group(contract.Exit, JsonPointer.Root / "exit"), Id, ("problem", "does not say how and by when data is deleted after exit"));
            yield break;
        }

        if (deletion.Deadline is null || deletion.Method is null)
        {
            yield return DiagnosticCatalogue.NoPostExitDeletion.Create(At, Id, ("problem", "gives no " + (deletion.Deadline is null ? "deadline" : "method") + " for deleting data after exit"));
        }

        var longest = categories.Select(c => c.Deletion?.Deadline).OfType<NodaTime.Period>().ToList();
        if (deletion.Deadline is { } deadline && longest.Count > 0)
        {
            var max = longest.Aggregate((a, b) => RuleSupport.Compare(a, b) >= 0 ? a : b);
            if (RuleSupport.Exceeds(deadline, max))
            {
                yield return DiagnosticCatalogue.PostExitDeletionInconsistent.Create(At / "deadline", Id, ("problem", $"takes {deadline}, longer than the longest deletion deadline of the data categories ({max})"));
            }
        }

        if (deletion.IncludesBackups == false && categories.Any(c => c.Deletion?.IncludesBackups == true))
        {
            yield return DiagnosticCatalogue.PostExitDeletionInconsistent.Create(At / "includesBackups", Id, ("problem", "excludes backups, which the data categories' deletion includes"));
        }
    }
}

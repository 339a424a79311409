using AiContracts.Domain.DataProcessing;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>Every data category that is kept at all states a deletion deadline and a deletion method (AIC2003).</summary>
/// <remarks>Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class DeletionRule : ClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.DeletionIncomplete);

    /// <inheritdoc />
    public override string Id => "deletion";

    /// <inheritdoc />
    public override string Title => "Every data category has a deletion deadline and method";

    /// <inheritdoc />
    public override string Area => "data";

    /// <inheritdoc />
    public override ValueArray<DiagnosticDescriptor> Descriptors => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Diagnostic> Findings(AiContract contract)
    {
        var categories = contract.DataProcessing?.Categories ?? [];
        for (var i = 0; i < categories.Count; i++)
        {
            if (categories[i].Retention?.Kind == RetentionKind.NotRetained)
            {
                continue;
            }

            var deletion = categories[i].Deletion;
            var missing = new List<string>(2);
            if (deletion?.Deadline is null)
            {
                missing.Add("a deletion deadline");
            }

            if (deletion?.Method is null)
            {
                missing.Add("a deletion method");
            }

            if (missing.Count > 0)
            {
                var category = JsonPointer.Root / "dataProcessing" / "categories" / i;
                var at = deletion is null ? category : category / "deletion";
                yield return DiagnosticCatalogue.DeletionIncomplete.Create(at, Id, ("value", categories[i].Category.Name), ("missing", RuleSupport.List(missing)));
            }
        }
    }
}

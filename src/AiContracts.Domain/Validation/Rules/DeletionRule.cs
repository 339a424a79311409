using AiContracts.Domain.DataProcessing;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>Every data category that is kept at all states a deletion deadline and a deletion method (AIC2003).</summary>
/// <remarks>Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class DeletionRule : IClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.DeletionIncomplete);

    /// <inheritdoc />
    public string Id => "deletion";

    /// <inheritdoc />
    public string Title => "Every data category has a deletion deadline and method";

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
                var at = $"/dataProcessing/categories/{i}" + (deletion is null ? string.Empty : "/deletion");
                yield return DiagnosticCatalogue.DeletionIncomplete.Create(at, Id, ("value", categories[i].Category.Name), ("missing", RuleSupport.List(missing)));
            }
        }
    }
}

using AiContracts.Domain.DataProcessing;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>Every data category that is kept at all (not <c>NotRetained</c>) states who may access it (AIC2014).</summary>
/// <remarks>Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class AccessRulesRule : ClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.NoAccessRules);

    /// <inheritdoc />
    public override string Id => "access-rules";

    /// <inheritdoc />
    public override string Title => "Every data category has access rules";

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
            if (categories[i].AccessRoles.IsEmpty && categories[i].Retention?.Kind != RetentionKind.NotRetained)
            {
                yield return DiagnosticCatalogue.NoAccessRules.Create(JsonPointer.Root / "dataProcessing" / "categories" / i, Id, ("value", categories[i].Category.Name));
            }
        }
    }
}

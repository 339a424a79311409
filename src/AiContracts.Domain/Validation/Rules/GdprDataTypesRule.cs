using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>GDPR Art. 28(3): every data category that holds personal data lists the types of personal data (AIC2105).</summary>
/// <remarks>Part of the <c>gdpr-article-28</c> playbook; finds nothing when no data category holds personal data. Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class GdprDataTypesRule : ClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.NoPersonalDataTypes);

    /// <inheritdoc />
    public override string Id => "gdpr-data-types";

    /// <inheritdoc />
    public override string Title => "The types of personal data are listed";

    /// <inheritdoc />
    public override string Area => "data";

    /// <inheritdoc />
    public override ValueArray<DiagnosticDescriptor> Descriptors => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Diagnostic> Findings(AiContract contract)
    {
        return RuleSupport.PersonalCategories(contract)
            .Where(c => c.Terms.PersonalDataTypes.IsEmpty)
            .Select(c => DiagnosticCatalogue.NoPersonalDataTypes.Create(JsonPointer.Root / "dataProcessing" / "categories" / c.Index, Id, ("value", c.Terms.Category.Name)));
    }
}

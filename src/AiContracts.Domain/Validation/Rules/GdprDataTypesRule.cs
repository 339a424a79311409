using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>GDPR Art. 28(3): every data category that holds personal data lists the types of personal data (AIC2105).</summary>
/// <remarks>Part of the <c>gdpr-article-28</c> playbook; finds nothing when no data category holds personal data. Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class GdprDataTypesRule : IClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.NoPersonalDataTypes);

    /// <inheritdoc />
    public string Id => "gdpr-data-types";

    /// <inheritdoc />
    public string Title => "The types of personal data are listed";

    /// <inheritdoc />
    public string Area => "data";

    /// <inheritdoc />
    public ValueArray<DiagnosticDescriptor> Descriptors => Codes;

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Evaluate(AiContract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return RuleSupport.PersonalCategories(contract)
            .Where(c => c.Terms.PersonalDataTypes.IsEmpty)
            .Select(c => DiagnosticCatalogue.NoPersonalDataTypes.Create($"/dataProcessing/categories/{c.Index}", Id, ("value", c.Terms.Category.Name)));
    }
}

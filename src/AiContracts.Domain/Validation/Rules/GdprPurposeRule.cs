using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>GDPR Art. 28(3): every data category that holds personal data states the purposes it is processed for (AIC2104).</summary>
/// <remarks>Part of the <c>gdpr-article-28</c> playbook; finds nothing when no data category holds personal data. Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class GdprPurposeRule : IClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.NoProcessingPurpose);

    /// <inheritdoc />
    public string Id => "gdpr-purpose";

    /// <inheritdoc />
    public string Title => "The purpose of the processing is stated";

    /// <inheritdoc />
    public string Area => "data";

    /// <inheritdoc />
    public ValueArray<DiagnosticDescriptor> Descriptors => Codes;

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Evaluate(AiContract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return RuleSupport.PersonalCategories(contract)
            .Where(c => c.Terms.PermittedPurposes.IsEmpty)
            .Select(c => DiagnosticCatalogue.NoProcessingPurpose.Create($"/dataProcessing/categories/{c.Index}", Id, ("value", c.Terms.Category.Name)));
    }
}

using AiContracts.Domain.DataProcessing;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>
/// Personal data is protected before it reaches the provider: raw personal data needs a written justification
/// (AIC2004), and a category with personal data states its protection level (AIC2005).
/// </summary>
/// <remarks>Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class DataProtectionRule : ClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.RawDataUnjustified, DiagnosticCatalogue.ProtectionLevelMissing);

    /// <inheritdoc />
    public override string Id => "data-protection";

    /// <inheritdoc />
    public override string Title => "Raw personal data is justified";

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
            var category = categories[i];
            if (category.ContainsPersonalData != true)
            {
                continue;
            }

            if (category.ProtectionLevel is null)
            {
                yield return DiagnosticCatalogue.ProtectionLevelMissing.Create(JsonPointer.Root / "dataProcessing" / "categories" / i, Id, ("value", category.Category.Name));
            }
            else if (category.ProtectionLevel == ProtectionLevel.Raw && string.IsNullOrWhiteSpace(category.RawDataJustification))
            {
                yield return DiagnosticCatalogue.RawDataUnjustified.Create(JsonPointer.Root / "dataProcessing" / "categories" / i / "protectionLevel", Id, ("value", category.Category.Name));
            }
        }
    }
}

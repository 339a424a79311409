using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>
/// Personal data implies a residency statement: in the data-processing terms, or in every category that holds
/// personal data (AIC2010).
/// </summary>
/// <remarks>Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class ResidencyRule : ClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.NoResidency);

    /// <inheritdoc />
    public override string Id => "residency";

    /// <inheritdoc />
    public override string Title => "Personal data has a residency statement";

    /// <inheritdoc />
    public override string Area => "data";

    /// <inheritdoc />
    public override ValueArray<DiagnosticDescriptor> Descriptors => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Diagnostic> Findings(AiContract contract)
    {
        var data = contract.DataProcessing;
        if (data is not null && data.Residency.IsEmpty && data.Categories.Any(c => c.ContainsPersonalData == true && c.Residency.IsEmpty))
        {
            yield return DiagnosticCatalogue.NoResidency.Create(JsonPointer.Root / "dataProcessing", Id);
        }
    }
}

using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>
/// Personal data implies a residency statement: in the data-processing terms, or in every category that holds
/// personal data (AIC2010).
/// </summary>
/// <remarks>Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class ResidencyRule : IClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.NoResidency);

    /// <inheritdoc />
    public string Id => "residency";

    /// <inheritdoc />
    public string Title => "Personal data has a residency statement";

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
        var data = contract.DataProcessing;
        if (data is not null && data.Residency.IsEmpty && data.Categories.Any(c => c.ContainsPersonalData == true && c.Residency.IsEmpty))
        {
            yield return DiagnosticCatalogue.NoResidency.Create("/dataProcessing", Id);
        }
    }
}

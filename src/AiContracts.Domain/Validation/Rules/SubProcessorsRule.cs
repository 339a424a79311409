using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>
/// Personal data implies listed sub-processors (AIC2008; an internal department may have none) with definite
/// locations (AIC2009).
/// </summary>
/// <remarks>Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class SubProcessorsRule : ClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.SubProcessorsNotListed, DiagnosticCatalogue.SubProcessorLocationMissing);

    /// <inheritdoc />
    public override string Id => "sub-processors";

    /// <inheritdoc />
    public override string Title => "Sub-processors are listed with their locations";

    /// <inheritdoc />
    public override string Area => "data";

    /// <inheritdoc />
    public override ValueArray<DiagnosticDescriptor> Descriptors => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Diagnostic> Findings(AiContract contract)
    {
        var data = contract.DataProcessing;
        if (data is null || !data.Categories.Any(c => c.ContainsPersonalData == true))
        {
            yield break;
        }

        if (data.SubProcessors.IsEmpty)
        {
            if (contract.Parties?.ProviderKind != ProviderKind.InternalDepartment)
            {
                yield return DiagnosticCatalogue.SubProcessorsNotListed.Create(JsonPointer.Root / "dataProcessing", Id);
            }

            yield break;
        }

        for (var i = 0; i < data.SubProcessors.Count; i++)
        {
            var locations = data.SubProcessors[i].Locations;
            var vague = locations.FirstOrDefault(l => string.IsNullOrWhiteSpace(l) || l.Trim().Equals("Worldwide", StringComparison.OrdinalIgnoreCase) || l.Trim().Equals("Global", StringComparison.OrdinalIgnoreCase));
            if (locations.IsEmpty || vague is not null)
            {
                yield return DiagnosticCatalogue.SubProcessorLocationMissing.Create(
                    locations.IsEmpty ? JsonPointer.Root / "dataProcessing" / "subProcessors" / i : JsonPointer.Root / "dataProcessing" / "subProcessors" / i / "locations",
                    Id,
                    ("value", data.SubProcessors[i].Id.Value),
                    ("problem", locations.IsEmpty ? "locations" : $"definite location ('{vague}' names no country)"));
            }
        }
    }
}

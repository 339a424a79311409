using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.ServiceLevels;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>
/// At least one business KPI is tied to a business outcome (AIC1005), and every business KPI names the outcome it
/// protects (AIC1006): technical metrics alone do not show whether the deployment pays off.
/// </summary>
/// <remarks>Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class BusinessKpiRule : ClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.NoBusinessKpi, DiagnosticCatalogue.BusinessKpiWithoutOutcome);

    /// <inheritdoc />
    public override string Id => "business-kpi";

    /// <inheritdoc />
    public override string Title => "A business KPI is tied to a business outcome";

    /// <inheritdoc />
    public override string Area => "service levels";

    /// <inheritdoc />
    public override ValueArray<DiagnosticDescriptor> Descriptors => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Diagnostic> Findings(AiContract contract)
    {
        var kpis = contract.ServiceLevels?.Kpis ?? [];
        var tied = false;
        for (var i = 0; i < kpis.Count; i++)
        {
            if (kpis[i].Category != KpiCategory.Business)
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(kpis[i].BusinessOutcome))
            {
                yield return DiagnosticCatalogue.BusinessKpiWithoutOutcome.Create(JsonPointer.Root / "serviceLevels" / "kpis" / i, Id, ("value", kpis[i].Id.Value));
            }
            else
            {
                tied = true;
            }
        }

        if (!tied)
        {
            yield return DiagnosticCatalogue.NoBusinessKpi.Create(
                contract.ServiceLevels is null ? JsonPointer.Root : kpis.IsEmpty ? JsonPointer.Root / "serviceLevels" : JsonPointer.Root / "serviceLevels" / "kpis", Id);
        }
    }
}

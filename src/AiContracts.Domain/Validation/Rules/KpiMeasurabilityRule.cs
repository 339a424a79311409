using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>
/// Every KPI is measurable: the contract defines KPIs (AIC1001), and each states its unit, target, measurement window,
/// method and data source (AIC1002), so that a silently decaying model breaches something.
/// </summary>
/// <remarks>Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class KpiMeasurabilityRule : ClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.NoKpis, DiagnosticCatalogue.KpiNotMeasurable);

    /// <inheritdoc />
    public override string Id => "kpi-measurability";

    /// <inheritdoc />
    public override string Title => "Every KPI is measurable";

    /// <inheritdoc />
    public override string Area => "service levels";

    /// <inheritdoc />
    public override ValueArray<DiagnosticDescriptor> Descriptors => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Diagnostic> Findings(AiContract contract)
    {
        var kpis = contract.ServiceLevels?.Kpis ?? [];
        if (kpis.IsEmpty)
        {
            yield return DiagnosticCatalogue.NoKpis.Create(RuleSupport.Group(contract.ServiceLevels, JsonPointer.Root / "serviceLevels"), Id);
            yield break;
        }

        for (var i = 0; i < kpis.Count; i++)
        {
            var kpi = kpis[i];
            var missing = new List<string>(5);
            if (kpi.Unit is null)
            {
                missing.Add("a unit");
            }

            if (kpi.Target is null)
            {
                missing.Add("a target");
            }

            if (kpi.Window is null)
            {
                missing.Add("a measurement window");
            }

            if (string.IsNullOrWhiteSpace(kpi.Method))
            {
                missing.Add("a method");
            }

            if (string.IsNullOrWhiteSpace(kpi.DataSource))
            {
                missing.Add("a data source");
            }

            if (missing.Count > 0)
            {
                yield return DiagnosticCatalogue.KpiNotMeasurable.Create(JsonPointer.Root / "serviceLevels" / "kpis" / i, Id, ("value", kpi.Id.Value), ("missing", RuleSupport.List(missing)));
            }
        }
    }
}

using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.ServiceLevels;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>
/// A KPI's target and breach threshold agree with its direction: a KPI with a target says whether higher or lower is
/// better (AIC1003), and its breach threshold is no better than its target (AIC1004).
/// </summary>
/// <remarks>Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class KpiDirectionRule : ClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.KpiDirectionMissing, DiagnosticCatalogue.ThresholdContradictsDirection);

    /// <inheritdoc />
    public override string Id => "kpi-direction";

    /// <inheritdoc />
    public override string Title => "Targets and breach thresholds agree with the direction";

    /// <inheritdoc />
    public override string Area => "service levels";

    /// <inheritdoc />
    public override ValueArray<DiagnosticDescriptor> Descriptors => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Diagnostic> Findings(AiContract contract)
    {
        var kpis = contract.ServiceLevels?.Kpis ?? [];
        for (var i = 0; i < kpis.Count; i++)
        {
            var kpi = kpis[i];
            if (kpi.Direction is null)
            {
                if (kpi.Target is not null || kpi.BreachThreshold is not null)
                {
                    yield return DiagnosticCatalogue.KpiDirectionMissing.Create(JsonPointer.Root / "serviceLevels" / "kpis" / i, Id, ("value", kpi.Id.Value));
                }

                continue;
            }

            if (kpi is { Target: { } target, BreachThreshold: { } threshold }
                && (kpi.Direction == Direction.HigherIsBetter ? threshold > target : threshold < target))
            {
                yield return DiagnosticCatalogue.ThresholdContradictsDirection.Create(
                    JsonPointer.Root / "serviceLevels" / "kpis" / i / "breachThreshold",
                    Id,
                    ("value", kpi.Id.Value),
                    ("threshold", RuleSupport.Text(threshold)),
                    ("target", RuleSupport.Text(target)),
                    ("direction", kpi.Direction == Direction.HigherIsBetter ? "higher is better" : "lower is better"));
            }
        }
    }
}

using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>
/// Deployed models are monitored for drift: a contract covering AI systems defines drift monitors (AIC1013), each AI
/// system is covered by one (AIC1014; a monitor that names no system covers all), and each monitor has a threshold, a
/// cadence and a remedy with a deadline (AIC1015).
/// </summary>
/// <remarks>Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class DriftMonitoringRule : ClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(
        DiagnosticCatalogue.NoDriftMonitoring, DiagnosticCatalogue.SystemWithoutDriftMonitor, DiagnosticCatalogue.DriftMonitorIncomplete);

    /// <inheritdoc />
    public override string Id => "drift-monitoring";

    /// <inheritdoc />
    public override string Title => "Each deployed model is monitored for drift";

    /// <inheritdoc />
    public override string Area => "service levels";

    /// <inheritdoc />
    public override ValueArray<DiagnosticDescriptor> Descriptors => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Diagnostic> Findings(AiContract contract)
    {
        var monitors = contract.ServiceLevels?.DriftMonitors ?? [];
        if (monitors.IsEmpty)
        {
            if (!contract.AiSystems.IsEmpty)
            {
                yield return DiagnosticCatalogue.NoDriftMonitoring.Create(RuleSupport.Group(contract.ServiceLevels, JsonPointer.Root / "serviceLevels"), Id);
            }

            yield break;
        }

        if (monitors.All(m => m.AiSystemId is not null))
        {
            for (var i = 0; i < contract.AiSystems.Count; i++)
            {
                var id = contract.AiSystems[i].Id;
                if (!monitors.Any(m => m.AiSystemId == id))
                {
                    yield return DiagnosticCatalogue.SystemWithoutDriftMonitor.Create(JsonPointer.Root / "aiSystems" / i, Id, ("value", id.Value));
                }
            }
        }

        for (var i = 0; i < monitors.Count; i++)
        {
            var monitor = monitors[i];
            var missing = new List<string>(3);
            if (monitor is { ActionThreshold: null, WarningThreshold: null })
            {
                missing.Add("a threshold");
            }

            if (monitor.Cadence is null)
            {
                missing.Add("a cadence");
            }

            if (!monitor.Remedies.Any(r => r.Deadline is not null))
            {
                missing.Add("a remedy with a deadline");
            }

            if (missing.Count > 0)
            {
                yield return DiagnosticCatalogue.DriftMonitorIncomplete.Create(JsonPointer.Root / "serviceLevels" / "driftMonitors" / i, Id, ("value", monitor.Id.Value), ("missing", RuleSupport.List(missing)));
            }
        }
    }
}

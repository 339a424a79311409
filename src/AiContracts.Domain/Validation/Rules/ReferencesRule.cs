using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>
/// Identifiers are unique within their list (AIC0201), and every reference names an element that exists (AIC0202):
/// objectives to KPIs and meters, KPIs, meters, drift monitors and model artifacts to AI systems, data categories to
/// sub-processors, acceptance tests to interfaces, the sandbox proof to acceptance tests, reports to KPIs.
/// </summary>
/// <remarks>Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class ReferencesRule : IContractRule
{
    /// <inheritdoc />
    public string Id => "references";

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Evaluate(AiContract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var findings = new List<Diagnostic>();
        var systems = Index(contract.AiSystems.Select(s => s.Id), "/aiSystems", "AI system", findings);
        var levels = contract.ServiceLevels;
        var kpis = Index(levels?.Kpis.Select(k => k.Id) ?? [], "/serviceLevels/kpis", "KPI", findings);
        Index(levels?.Objectives.Select(o => o.Id) ?? [], "/serviceLevels/objectives", "objective", findings);
        Index(levels?.DriftMonitors.Select(d => d.Id) ?? [], "/serviceLevels/driftMonitors", "drift monitor", findings);
        var meters = Index(contract.Pricing?.Meters.Select(m => m.Id) ?? [], "/pricing/meters", "meter", findings);
        var subProcessors = Index(contract.DataProcessing?.SubProcessors.Select(s => s.Id) ?? [], "/dataProcessing/subProcessors", "sub-processor", findings);
        var interfaces = Index(contract.Integration?.Interfaces.Select(i => i.Id) ?? [], "/integration/interfaces", "interface", findings);
        var tests = Index(contract.Integration?.AcceptanceTests.Select(t => t.Id) ?? [], "/integration/acceptanceTests", "acceptance test", findings);

        for (var i = 0; i < (levels?.Kpis.Count ?? 0); i++)
        {
            Check(levels!.Kpis[i].AiSystemIds, $"/serviceLevels/kpis/{i}/aiSystemIds", systems, "AI system", findings);
        }

        for (var i = 0; i < (levels?.Objectives.Count ?? 0); i++)
        {
            var objective = levels!.Objectives[i];
            Check([objective.KpiId], $"/serviceLevels/objectives/{i}/kpiId", kpis, "KPI", findings, single: true);
            Check(objective.MeterIds, $"/serviceLevels/objectives/{i}/meterIds", meters, "meter", findings);
        }

        for (var i = 0; i < (levels?.DriftMonitors.Count ?? 0); i++)
        {
            if (levels!.DriftMonitors[i].AiSystemId is { } system)
            {
                Check([system], $"/serviceLevels/driftMonitors/{i}/aiSystemId", systems, "AI system", findings, single: true);
            }
        }

        for (var i = 0; i < (contract.Pricing?.Meters.Count ?? 0); i++)
        {
            if (contract.Pricing!.Meters[i].AiSystemId is { } system)
            {
                Check([system], $"/pricing/meters/{i}/aiSystemId", systems, "AI system", findings, single: true);
            }
        }

        for (var i = 0; i < (contract.DataProcessing?.Categories.Count ?? 0); i++)
        {
            Check(contract.DataProcessing!.Categories[i].SubProcessorIds, $"/dataProcessing/categories/{i}/subProcessorIds", subProcessors, "sub-processor", findings);
        }

        for (var i = 0; i < (contract.Integration?.AcceptanceTests.Count ?? 0); i++)
        {
            if (contract.Integration!.AcceptanceTests[i].InterfaceId is { } id)
            {
                Check([id], $"/integration/acceptanceTests/{i}/interfaceId", interfaces, "interface", findings, single: true);
            }
        }

        if (contract.Integration?.SandboxProof is { } proof)
        {
            Check(proof.AcceptanceTestIds, "/integration/sandboxProof/acceptanceTestIds", tests, "acceptance test", findings);
        }

        if (contract.Exit?.ModelArtifacts is { } artifacts)
        {
            Check(artifacts.AiSystemIds, "/exit/modelArtifacts/aiSystemIds", systems, "AI system", findings);
        }

        if (contract.Governance?.Reporting is { } reporting)
        {
            Check(reporting.KpiIds, "/governance/reporting/kpiIds", kpis, "KPI", findings);
        }

        return findings;
    }

    private HashSet<LocalId> Index(IEnumerable<LocalId> ids, string pointer, string what, List<Diagnostic> findings)
    {
        var first = new Dictionary<LocalId, int>();
        var index = 0;
        foreach (var id in ids)
        {
            if (!first.TryAdd(id, index))
            {
                findings.Add(DiagnosticCatalogue.DuplicateId.Create(
                    $"{pointer}/{index}/id",
                    Id,
                    ("value", id.Value),
                    ("what", "the " + what),
                    ("first", $"at {pointer}/{first[id]}")));
            }

            index++;
        }

        return [.. first.Keys];
    }

    private void Check(ValueArray<LocalId> references, string pointer, HashSet<LocalId> known, string what, List<Diagnostic> findings, bool single = false)
    {
        string? allowed = null;
        for (var i = 0; i < references.Count; i++)
        {
            if (!known.Contains(references[i]))
            {
                // Listed once per reference list and capped, so hostile documents cannot blow up the messages.
                allowed ??= known.Count == 0
                    ? $"none: the contract defines no {what}"
                    : string.Join(", ", known.Select(k => k.Value).Order(StringComparer.Ordinal).Take(10)) + (known.Count > 10 ? $" and {known.Count - 10} more" : string.Empty);
                findings.Add(DiagnosticCatalogue.UnknownReference.Create(
                    single ? pointer : $"{pointer}/{i}",
                    Id,
                    ("value", references[i].Value),
                    ("what", what),
                    ("allowed", allowed)));
            }
        }
    }
}

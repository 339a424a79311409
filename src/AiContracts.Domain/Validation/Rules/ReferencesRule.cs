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
            Check(levels!.Kpis[i].AiSystemIds, "/serviceLevels/kpis/", i, "/aiSystemIds", systems, "AI system", findings);
        }

        for (var i = 0; i < (levels?.Objectives.Count ?? 0); i++)
        {
            var objective = levels!.Objectives[i];
            CheckOne(objective.KpiId, "/serviceLevels/objectives/", i, "/kpiId", kpis, "KPI", findings);
            Check(objective.MeterIds, "/serviceLevels/objectives/", i, "/meterIds", meters, "meter", findings);
        }

        for (var i = 0; i < (levels?.DriftMonitors.Count ?? 0); i++)
        {
            if (levels!.DriftMonitors[i].AiSystemId is { } system)
            {
                CheckOne(system, "/serviceLevels/driftMonitors/", i, "/aiSystemId", systems, "AI system", findings);
            }
        }

        for (var i = 0; i < (contract.Pricing?.Meters.Count ?? 0); i++)
        {
            if (contract.Pricing!.Meters[i].AiSystemId is { } system)
            {
                CheckOne(system, "/pricing/meters/", i, "/aiSystemId", systems, "AI system", findings);
            }
        }

        for (var i = 0; i < (contract.DataProcessing?.Categories.Count ?? 0); i++)
        {
            Check(contract.DataProcessing!.Categories[i].SubProcessorIds, "/dataProcessing/categories/", i, "/subProcessorIds", subProcessors, "sub-processor", findings);
        }

        for (var i = 0; i < (contract.Integration?.AcceptanceTests.Count ?? 0); i++)
        {
            if (contract.Integration!.AcceptanceTests[i].InterfaceId is { } id)
            {
                CheckOne(id, "/integration/acceptanceTests/", i, "/interfaceId", interfaces, "interface", findings);
            }
        }

        if (contract.Integration?.SandboxProof is { } proof)
        {
            Check(proof.AcceptanceTestIds, "/integration/sandboxProof/acceptanceTestIds", -1, string.Empty, tests, "acceptance test", findings);
        }

        if (contract.Exit?.ModelArtifacts is { } artifacts)
        {
            Check(artifacts.AiSystemIds, "/exit/modelArtifacts/aiSystemIds", -1, string.Empty, systems, "AI system", findings);
        }

        if (contract.Governance?.Reporting is { } reporting)
        {
            Check(reporting.KpiIds, "/governance/reporting/kpiIds", -1, string.Empty, kpis, "KPI", findings);
        }

        return findings;
    }

    private HashSet<LocalId> Index(IEnumerable<LocalId> ids, string pointer, string what, List<Diagnostic> findings)
    {
        var known = new HashSet<LocalId>();
        var index = 0;
        foreach (var id in ids)
        {
            if (!known.Add(id))
            {
                findings.Add(DiagnosticCatalogue.DuplicateId.Create(
                    $"{pointer}/{index}/id",
                    Id,
                    ("value", id.Value),
                    ("what", "the " + what),
                    ("first", $"at {pointer}/{ids.TakeWhile(other => other != id).Count()}")));
            }

            index++;
        }

        return known;
    }

    /// <summary>Reports each reference of a list that names nothing known, at <c>prefix index member / i</c> (no index when it is negative); pointers are built only for the findings.</summary>
    private void Check(ValueArray<LocalId> references, string prefix, int index, string member, HashSet<LocalId> known, string what, List<Diagnostic> findings)
    {
        string? allowed = null;
        for (var i = 0; i < references.Count; i++)
        {
            if (!known.Contains(references[i]))
            {
                allowed ??= Allowed(known, what);
                findings.Add(Unknown(references[i], index < 0 ? $"{prefix}{member}/{i}" : $"{prefix}{index}{member}/{i}", known, what, allowed));
            }
        }
    }

    /// <summary>Reports one reference that names nothing known, at <c>prefix index member</c>.</summary>
    private void CheckOne(LocalId reference, string prefix, int index, string member, HashSet<LocalId> known, string what, List<Diagnostic> findings)
    {
        if (!known.Contains(reference))
        {
            findings.Add(Unknown(reference, $"{prefix}{index}{member}", known, what, Allowed(known, what)));
        }
    }

    private Diagnostic Unknown(LocalId reference, string pointer, HashSet<LocalId> known, string what, string allowed) =>
        DiagnosticCatalogue.UnknownReference.Create(pointer, Id, ("value", reference.Value), ("what", what), ("allowed", allowed));

    /// <summary>The identifiers a reference may name, listed once per reference list and capped, so that hostile documents cannot blow up the messages.</summary>
    private static string Allowed(HashSet<LocalId> known, string what) =>
        known.Count == 0
            ? $"none: the contract defines no {what}"
            : string.Join(", ", known.Select(k => k.Value).Order(StringComparer.Ordinal).Take(10)) + (known.Count > 10 ? $" and {known.Count - 10} more" : string.Empty);
}

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
    private static readonly JsonPointer AiSystems = JsonPointer.Root / "aiSystems";
    private static readonly JsonPointer DataProcessingCategories = JsonPointer.Root / "dataProcessing" / "categories";
    private static readonly JsonPointer DataProcessingSubProcessors = JsonPointer.Root / "dataProcessing" / "subProcessors";
    private static readonly JsonPointer ExitModelArtifactsAiSystemIds = JsonPointer.Root / "exit" / "modelArtifacts" / "aiSystemIds";
    private static readonly JsonPointer GovernanceReportingKpiIds = JsonPointer.Root / "governance" / "reporting" / "kpiIds";
    private static readonly JsonPointer IntegrationAcceptanceTests = JsonPointer.Root / "integration" / "acceptanceTests";
    private static readonly JsonPointer IntegrationInterfaces = JsonPointer.Root / "integration" / "interfaces";
    private static readonly JsonPointer IntegrationSandboxProofAcceptanceTestIds = JsonPointer.Root / "integration" / "sandboxProof" / "acceptanceTestIds";
    private static readonly JsonPointer PricingMeters = JsonPointer.Root / "pricing" / "meters";
    private static readonly JsonPointer ServiceLevelsDriftMonitors = JsonPointer.Root / "serviceLevels" / "driftMonitors";
    private static readonly JsonPointer ServiceLevelsKpis = JsonPointer.Root / "serviceLevels" / "kpis";
    private static readonly JsonPointer ServiceLevelsObjectives = JsonPointer.Root / "serviceLevels" / "objectives";

    /// <inheritdoc />
    public string Id => "references";

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Evaluate(AiContract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var findings = new List<Diagnostic>();
        var systems = Index(contract.AiSystems.Select(s => s.Id), AiSystems, "AI system", findings);
        var levels = contract.ServiceLevels;
        var kpis = Index(levels?.Kpis.Select(k => k.Id) ?? [], ServiceLevelsKpis, "KPI", findings);
        Index(levels?.Objectives.Select(o => o.Id) ?? [], ServiceLevelsObjectives, "objective", findings);
        Index(levels?.DriftMonitors.Select(d => d.Id) ?? [], ServiceLevelsDriftMonitors, "drift monitor", findings);
        var meters = Index(contract.Pricing?.Meters.Select(m => m.Id) ?? [], PricingMeters, "meter", findings);
        var subProcessors = Index(contract.DataProcessing?.SubProcessors.Select(s => s.Id) ?? [], DataProcessingSubProcessors, "sub-processor", findings);
        var interfaces = Index(contract.Integration?.Interfaces.Select(i => i.Id) ?? [], IntegrationInterfaces, "interface", findings);
        var tests = Index(contract.Integration?.AcceptanceTests.Select(t => t.Id) ?? [], IntegrationAcceptanceTests, "acceptance test", findings);

        for (var i = 0; i < (levels?.Kpis.Count ?? 0); i++)
        {
            Check(levels!.Kpis[i].AiSystemIds, ServiceLevelsKpis, i, "aiSystemIds", systems, "AI system", findings);
        }

        for (var i = 0; i < (levels?.Objectives.Count ?? 0); i++)
        {
            var objective = levels!.Objectives[i];
            CheckOne(objective.KpiId, ServiceLevelsObjectives, i, "kpiId", kpis, "KPI", findings);
            Check(objective.MeterIds, ServiceLevelsObjectives, i, "meterIds", meters, "meter", findings);
        }

        for (var i = 0; i < (levels?.DriftMonitors.Count ?? 0); i++)
        {
            if (levels!.DriftMonitors[i].AiSystemId is { } system)
            {
                CheckOne(system, ServiceLevelsDriftMonitors, i, "aiSystemId", systems, "AI system", findings);
            }
        }

        for (var i = 0; i < (contract.Pricing?.Meters.Count ?? 0); i++)
        {
            if (contract.Pricing!.Meters[i].AiSystemId is { } system)
            {
                CheckOne(system, PricingMeters, i, "aiSystemId", systems, "AI system", findings);
            }
        }

        for (var i = 0; i < (contract.DataProcessing?.Categories.Count ?? 0); i++)
        {
            Check(contract.DataProcessing!.Categories[i].SubProcessorIds, DataProcessingCategories, i, "subProcessorIds", subProcessors, "sub-processor", findings);
        }

        for (var i = 0; i < (contract.Integration?.AcceptanceTests.Count ?? 0); i++)
        {
            if (contract.Integration!.AcceptanceTests[i].InterfaceId is { } id)
            {
                CheckOne(id, IntegrationAcceptanceTests, i, "interfaceId", interfaces, "interface", findings);
            }
        }

        if (contract.Integration?.SandboxProof is { } proof)
        {
            Check(proof.AcceptanceTestIds, IntegrationSandboxProofAcceptanceTestIds, -1, string.Empty, tests, "acceptance test", findings);
        }

        if (contract.Exit?.ModelArtifacts is { } artifacts)
        {
            Check(artifacts.AiSystemIds, ExitModelArtifactsAiSystemIds, -1, string.Empty, systems, "AI system", findings);
        }

        if (contract.Governance?.Reporting is { } reporting)
        {
            Check(reporting.KpiIds, GovernanceReportingKpiIds, -1, string.Empty, kpis, "KPI", findings);
        }

        return findings;
    }

    private HashSet<LocalId> Index(IEnumerable<LocalId> ids, JsonPointer pointer, string what, List<Diagnostic> findings)
    {
        var known = new HashSet<LocalId>();
        var index = 0;
        foreach (var id in ids)
        {
            if (!known.Add(id))
            {
                findings.Add(DiagnosticCatalogue.DuplicateId.Create(
                    pointer / index / "id",
                    Id,
                    ("value", id.Value),
                    ("what", "the " + what),
                    ("first", $"at {pointer / ids.TakeWhile(other => other != id).Count()}")));
            }

            index++;
        }

        return known;
    }

    /// <summary>Reports each reference of a list that names nothing known, at <c>parent / index / member / i</c> (<c>parent / i</c> when the index is negative); pointers are built only for the findings.</summary>
    private void Check(ValueArray<LocalId> references, JsonPointer parent, int index, string member, HashSet<LocalId> known, string what, List<Diagnostic> findings)
    {
        string? allowed = null;
        for (var i = 0; i < references.Count; i++)
        {
            if (!known.Contains(references[i]))
            {
                allowed ??= Allowed(known, what);
                findings.Add(Unknown(references[i], (index < 0 ? parent : parent / index / member) / i, known, what, allowed));
            }
        }
    }

    /// <summary>Reports one reference that names nothing known, at <c>parent / index / member</c>.</summary>
    private void CheckOne(LocalId reference, JsonPointer parent, int index, string member, HashSet<LocalId> known, string what, List<Diagnostic> findings)
    {
        if (!known.Contains(reference))
        {
            findings.Add(Unknown(reference, parent / index / member, known, what, Allowed(known, what)));
        }
    }

    private Diagnostic Unknown(LocalId reference, JsonPointer pointer, HashSet<LocalId> known, string what, string allowed) =>
        DiagnosticCatalogue.UnknownReference.Create(pointer, Id, ("value", reference.Value), ("what", what), ("allowed", allowed));

    /// <summary>The identifiers a reference may name, listed once per reference list and capped, so that hostile documents cannot blow up the messages.</summary>
    private static string Allowed(HashSet<LocalId> known, string what) =>
        known.Count == 0
            ? $"none: the contract defines no {what}"
            : string.Join(", ", known.Select(k => k.Value).Order(StringComparer.Ordinal).Take(10)) + (known.Count > 10 ? $" and {known.Count - 10} more" : string.Empty);
}

using AiContracts.Domain;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.Validation;
using AiContracts.Json;
using AiContracts.Reporting;
using BenchmarkDotNet.Attributes;

namespace AiContracts.Benchmarks.Reporting;

/// <summary>
/// Reports (issue 15) against the playbook validation every report runs (the baseline): the largest sample, and
/// generated contracts with 1,000 and 10,000 KPIs (each with an objective and its credit table), to show the rendering
/// is linear in the size of the contract and that the HTML stays bounded by <see cref="ReportOptions.MaxCharts"/>.
/// </summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private AiContract _contract = null!;
    private static readonly Playbook Baseline = Playbook.AiDeploymentBaseline;

    /// <summary>The contract: the largest sample, or the largest sample with its KPIs and objectives repeated to 1,000 or 10,000.</summary>
    [Params("largest-sample", "generated-1000-kpis", "generated-10000-kpis")]
    public string Document { get; set; } = "largest-sample";

    [GlobalSetup]
    public void Setup()
    {
        var sample = AiContractSerializer.Default.Deserialize(SampleData.Load("01-vendor-llm-api.json"));
        _contract = Document switch
        {
            "generated-1000-kpis" => WithKpis(sample, 1_000),
            "generated-10000-kpis" => WithKpis(sample, 10_000),
            _ => sample,
        };
    }

    [Benchmark(Baseline = true, Description = "Validate with the playbook (baseline)")]
    public ValidationReport Validate() => Baseline.CreateValidator().Validate(_contract);

    [Benchmark(Description = "ContractReport.ToMarkdown")]
    public string Markdown() => ContractReport.ToMarkdown(_contract);

    [Benchmark(Description = "ContractReport.ToHtml")]
    public string Html() => ContractReport.ToHtml(_contract);

    /// <summary>The sample with its KPIs and objectives repeated (new ids) until there are <paramref name="count"/> of each.</summary>
    internal static AiContract WithKpis(AiContract sample, int count)
    {
        var levels = sample.ServiceLevels!;
        var kpis = new List<Domain.ServiceLevels.KpiDefinition>(count);
        var objectives = new List<Domain.ServiceLevels.ServiceLevelObjective>(count);
        for (var i = 0; i < count; i++)
        {
            var objective = levels.Objectives[i % levels.Objectives.Count];
            var kpi = levels.Kpis.First(k => k.Id == objective.KpiId);
            var kpiId = LocalId.From($"kpi-gen-{i}");
            kpis.Add(kpi with { Id = kpiId, Name = $"{kpi.Name} {i}" });
            objectives.Add(objective with { Id = LocalId.From($"slo-gen-{i}"), KpiId = kpiId });
        }

        return sample with
        {
            ServiceLevels = levels with { Kpis = ValueArray.From(kpis), Objectives = ValueArray.From(objectives), DriftMonitors = [] },
            Governance = sample.Governance is { Reporting: { } reporting } governance ? governance with { Reporting = reporting with { KpiIds = [] } } : sample.Governance,
        };
    }
}

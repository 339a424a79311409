using AiContracts.Domain;
using AiContracts.Domain.Diff;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.ServiceLevels;
using AiContracts.Json;
using BenchmarkDotNet.Attributes;

namespace AiContracts.Benchmarks.Diff;

/// <summary>
/// <see cref="ContractDiff.Compare"/> on contracts with many KPIs, to show that the diff is linear in the number of
/// items: the later version has every KPI's target changed, one KPI in ten removed, as many inserted, and every
/// hundredth pair swapped (moves).
/// </summary>
[MemoryDiagnoser]
public class ContractDiffBenchmarks
{
    private AiContract _before = null!;
    private AiContract _after = null!;

    /// <summary>KPIs in each version.</summary>
    [Params(1_000, 10_000)]
    public int Kpis { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var sample = AiContractSerializer.Default.Deserialize(SampleData.Load("01-vendor-llm-api.json"));
        var template = sample.ServiceLevels!.Kpis[0];
        KpiDefinition Kpi(int i, decimal target) => template with { Id = LocalId.From($"kpi-{i}"), Name = $"KPI {i}", Target = target };

        var before = Enumerable.Range(0, Kpis).Select(i => Kpi(i, 99.9m)).ToList();
        var after = Enumerable.Range(0, Kpis).Select(i => i % 10 == 0 ? Kpi(Kpis + i, 99.9m) : Kpi(i, 99.95m)).ToList();
        for (var i = 0; i + 1 < after.Count; i += 100)
        {
            (after[i], after[i + 1]) = (after[i + 1], after[i]);
        }

        _before = sample with { ServiceLevels = sample.ServiceLevels with { Kpis = ValueArray.From(before), Objectives = default } };
        _after = sample with { ServiceLevels = sample.ServiceLevels with { Kpis = ValueArray.From(after), Objectives = default } };
    }

    [Benchmark(Description = "ContractDiff.Compare")]
    public int Compare() => ContractDiff.Compare(_before, _after).Changes.Count;
}

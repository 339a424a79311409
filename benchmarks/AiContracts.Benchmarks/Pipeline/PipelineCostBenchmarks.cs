using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiContracts.Domain;
using AiContracts.Domain.Computations.ServiceCredits;
using AiContracts.Domain.Validation;
using AiContracts.Json;
using BenchmarkDotNet.Attributes;

namespace AiContracts.Benchmarks.Pipeline;

/// <summary>
/// The document pipeline against the targets of issue 11, in one run: every row is a ratio to deserializing the largest
/// valid sample into the model (the baseline). The risky draft, the playbook file and the month of measurements have
/// their own deserialization rows, so that their ratios and costs per kilobyte can be read from the same table.
/// </summary>
[MemoryDiagnoser]
public class PipelineCostBenchmarks
{
    private static readonly ContractDocumentValidator None = new(rules: Playbook.None.CreateValidator());
    private static readonly ContractDocumentValidator Baseline = new(rules: Playbook.AiDeploymentBaseline.CreateValidator());
    private static readonly ContractDocumentValidator Strict = new(rules: Playbook.Strict.CreateValidator());

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private byte[] _largest = [];
    private byte[] _threeErrors = [];
    private byte[] _risky = [];
    private byte[] _playbook = [];
    private byte[] _measurements = [];

    [GlobalSetup]
    public void Setup()
    {
        _largest = SampleData.Load("01-vendor-llm-api.json");
        _risky = SampleData.Load("04-risky-vendor-draft.json");
        _threeErrors = WithThreeErrors(_largest);
        _playbook = Encoding.UTF8.GetBytes(PlaybookJson.Write(Playbook.Strict));
        _measurements = MonthOfFiveMinuteIntervals();

        // Warm up outside the measurements (schemas compile on first use).
        _ = Strict.Validate(_largest);
        _ = ComputationJson.Read<SlaMeasurements>(_measurements);
        _ = PlaybookJson.Read(_playbook);
    }

    [Benchmark(Baseline = true, Description = "Deserialize largest-sample (baseline)")]
    public AiContract Deserialize() => AiContractSerializer.Default.Deserialize(_largest);

    [Benchmark(Description = "Pipeline largest-sample, none")]
    public int PipelineNone() => None.Validate(_largest).Report.Diagnostics.Count;

    [Benchmark(Description = "Pipeline largest-sample, ai-deployment-baseline")]
    public int PipelineBaseline() => Baseline.Validate(_largest).Report.Diagnostics.Count;

    [Benchmark(Description = "Pipeline largest-sample, strict")]
    public int PipelineStrict() => Strict.Validate(_largest).Report.Diagnostics.Count;

    [Benchmark(Description = "Pipeline sample-with-3-errors, strict")]
    public int PipelineThreeErrors() => Strict.Validate(_threeErrors).Report.Diagnostics.Count;

    [Benchmark(Description = "Deserialize risky-draft")]
    public AiContract DeserializeRisky() => AiContractSerializer.Default.Deserialize(_risky);

    [Benchmark(Description = "Pipeline risky-draft, strict")]
    public int PipelineRisky() => Strict.Validate(_risky).Report.Diagnostics.Count;

    [Benchmark(Description = "PlaybookJson.Read strict playbook file")]
    public bool ReadPlaybook() => PlaybookJson.Read(_playbook).IsValid;

    [Benchmark(Description = "Deserialize month of 5-minute measurements")]
    public SlaMeasurements DeserializeMeasurements() => ComputationJson.Deserialize<SlaMeasurements>(Encoding.UTF8.GetString(_measurements));

    [Benchmark(Description = "ComputationJson.Read month of 5-minute measurements")]
    public bool Measurements() => ComputationJson.Read<SlaMeasurements>(_measurements).IsValid;

    internal static byte[] WithThreeErrors(byte[] sample)
    {
        var json = JsonNode.Parse(sample)!;
        var kpis = json["serviceLevels"]!["kpis"]!.AsArray();
        kpis[0]!["unit"] = "PERCENTAGE";
        kpis[2]!["target"] = "high";
        kpis[4]!["colour"] = "red";
        return JsonSerializer.SerializeToUtf8Bytes(json, Indented);
    }

    /// <summary>May 2026 in 5-minute intervals (8,928 of them) for one availability KPI, as a monitoring export writes it.</summary>
    internal static byte[] MonthOfFiveMinuteIntervals()
    {
        var text = new StringBuilder("{\n  \"period\": {\"firstDay\": \"2026-05-01\", \"lastDay\": \"2026-05-31\"},\n  \"kpis\": [\n    {\"kpiId\": \"kpi-availability\", \"intervals\": [\n");
        var start = new DateTime(2026, 5, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < 31 * 24 * 12; i++)
        {
            text.Append(i == 0 ? string.Empty : ",\n")
                .Append("      {\"start\": \"").Append(start.AddMinutes(5 * i).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture))
                .Append("\", \"requests\": ").Append(1000 + (i % 97)).Append(", \"failedRequests\": ").Append(i % 7).Append('}');
        }

        text.Append("\n    ]}\n  ]\n}\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using AiContracts.Domain;
using AiContracts.Json;
using BenchmarkDotNet.Attributes;
using Json.Schema;

namespace AiContracts.Benchmarks.Validation;

/// <summary>
/// The validation pipeline against its parts, with System.Text.Json deserialization into the model as the baseline
/// (the project's goal: full validation within 2x of it) and <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/> as the floor.
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    /// <summary>The published schema parsed by JsonSchema.Net, the peer the compiled schema is compared with.</summary>
    private static readonly JsonSchema ReferenceSchema = JsonSchema.FromText(ContractSchema.Text);

    private static readonly EvaluationOptions Flag = new() { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true };
    private static readonly EvaluationOptions List = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private byte[] _utf8 = [];

    /// <summary>The document: the largest sample, a generated contract with 45 KPIs, or the sample with three errors.</summary>
    [Params("largest-sample", "generated-45-kpis", "sample-with-3-errors")]
    public string Document { get; set; } = "largest-sample";

    [GlobalSetup]
    public void Setup()
    {
        var sample = SampleData.Load("01-vendor-llm-api.json");
        _utf8 = Document switch
        {
            "largest-sample" => sample,
            "generated-45-kpis" => WithKpis(sample, 45),
            _ => WithThreeErrors(sample),
        };

        // Warm the schemas once, outside the measurements.
        _ = ReferenceSchema;
        _ = AiContracts.Json.Internal.CompiledSchema.Contract;
    }

    [Benchmark(Description = "JsonDocument.Parse (floor)")]
    public int Parse()
    {
        using var document = JsonDocument.Parse(_utf8);
        return document.RootElement.GetPropertyCount();
    }

    [Benchmark(Baseline = true, Description = "Deserialize into the model (baseline)")]
    public AiContract? Deserialize()
    {
        try
        {
            return AiContractSerializer.Default.Deserialize(_utf8);
        }
        catch (ContractJsonException)
        {
            return null;
        }
    }

    [Benchmark(Description = "Parse + JsonSchema.Net Flag")]
    public bool SchemaFlag()
    {
        using var document = JsonDocument.Parse(_utf8);
        return ReferenceSchema.Evaluate(document.RootElement, Flag).IsValid;
    }

    [Benchmark(Description = "Parse + JsonSchema.Net List")]
    public bool SchemaList()
    {
        using var document = JsonDocument.Parse(_utf8);
        return ReferenceSchema.Evaluate(document.RootElement, List).IsValid;
    }

    [Benchmark(Description = "Parse + compiled schema (the pipeline's schema stage)")]
    public bool SchemaCompiled()
    {
        using var document = JsonDocument.Parse(_utf8);
        return AiContracts.Json.Internal.CompiledSchema.Contract.Evaluate(document.RootElement, [], 1000);
    }

    [Benchmark(Description = "ContractDocumentValidator (full pipeline)")]
    public int Pipeline() => ContractDocumentValidator.Default.Validate(_utf8).Report.Diagnostics.Count;

    private static byte[] WithKpis(byte[] sample, int count)
    {
        var json = JsonNode.Parse(sample)!;
        var kpis = json["serviceLevels"]!["kpis"]!.AsArray();
        var templates = kpis.Select(k => k!.DeepClone()).ToList();
        for (var i = kpis.Count; i < count; i++)
        {
            var kpi = templates[i % templates.Count].DeepClone();
            kpi["id"] = $"kpi-generated-{i}";
            kpi["name"] = $"Generated KPI {i}";
            kpis.Add(kpi);
        }

        return JsonSerializer.SerializeToUtf8Bytes(json, Indented);
    }

    private static byte[] WithThreeErrors(byte[] sample)
    {
        var json = JsonNode.Parse(sample)!;
        var kpis = json["serviceLevels"]!["kpis"]!.AsArray();
        kpis[0]!["unit"] = "PERCENTAGE";
        kpis[2]!["target"] = "high";
        kpis[4]!["colour"] = "red";
        return JsonSerializer.SerializeToUtf8Bytes(json, Indented);
    }
}

using System.Text.Json;
using AiContracts.Domain;
using AiContracts.Json;
using BenchmarkDotNet.Attributes;

namespace AiContracts.Benchmarks.Serialization;

/// <summary>
/// Reading and writing a sample contract, against the floor of merely parsing the same bytes with
/// <see cref="JsonDocument"/> (the baseline).
/// </summary>
[MemoryDiagnoser]
public class ContractJsonBenchmarks
{
    private byte[] _utf8 = [];
    private AiContract _contract = null!;
    private AiContract _copy = null!;

    /// <summary>The sample contract read and written.</summary>
    [Params("01-vendor-llm-api.json", "04-risky-vendor-draft.json")]
    public string Sample { get; set; } = "01-vendor-llm-api.json";

    [GlobalSetup]
    public void Setup()
    {
        _utf8 = SampleData.Load(Sample);
        _contract = AiContractSerializer.Default.Deserialize(_utf8);
        _copy = AiContractSerializer.Default.Deserialize(_utf8);
    }

    [Benchmark(Baseline = true, Description = "JsonDocument.Parse (baseline)")]
    public int ParseOnly()
    {
        using var document = JsonDocument.Parse(_utf8);
        return document.RootElement.GetArrayLengthOrPropertyCount();
    }

    [Benchmark(Description = "AiContractSerializer.Deserialize")]
    public AiContract Deserialize() => AiContractSerializer.Default.Deserialize(_utf8);

    [Benchmark(Description = "AiContractSerializer.SerializeToUtf8Bytes")]
    public byte[] Serialize() => AiContractSerializer.Default.SerializeToUtf8Bytes(_contract);

    [Benchmark(Description = "AiContract.Equals (two independently read copies)")]
    public bool EqualsDeep() => _contract.Equals(_copy);
}

internal static class JsonElementExtensions
{
    internal static int GetArrayLengthOrPropertyCount(this JsonElement element) =>
        element.ValueKind == JsonValueKind.Array ? element.GetArrayLength() : element.EnumerateObject().Count();
}

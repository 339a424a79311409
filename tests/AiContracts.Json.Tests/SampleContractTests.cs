using System.Text.Json;
using AiContracts.TestUtilities;

namespace AiContracts.Json.Tests;

/// <summary>Golden tests over every sample contract: read, write, and compare the output with the file.</summary>
public sealed class SampleContractTests
{
    /// <summary>The sample files, for data-driven tests.</summary>
    public static TheoryData<string> Samples() => [.. SampleFiles.Contracts.Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_ReadThenWritten_EqualsTheFileSemantically(string file)
    {
        var text = File.ReadAllText(Path.Combine(SampleFiles.ContractsFolder, file));

        var contract = AiContractSerializer.Default.Deserialize(text);
        var written = AiContractSerializer.Default.Serialize(contract);

        Assert.Empty(SemanticJson.Differences(text, written));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_WrittenThenRead_EqualsTheContract(string file)
    {
        var contract = AiContractSerializer.Default.Deserialize(File.ReadAllText(Path.Combine(SampleFiles.ContractsFolder, file)));

        var again = AiContractSerializer.Default.Deserialize(AiContractSerializer.Default.SerializeToUtf8Bytes(contract));

        Assert.Equal(contract, again);
        Assert.Equal(contract.GetHashCode(), again.GetHashCode());
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_Written_HasEveryNodaTimeValueAsAString(string file)
    {
        var contract = AiContractSerializer.Default.Deserialize(File.ReadAllText(Path.Combine(SampleFiles.ContractsFolder, file)));
        using var written = JsonDocument.Parse(AiContractSerializer.Default.Serialize(contract));
        var seen = 0;
        var problems = new List<string>();

        ModelGraph.Walk(contract, written.RootElement, member =>
        {
            if (member.Value is not null && ModelGraph.IsNodaTime(member.Property.PropertyType))
            {
                seen++;
                if (member.Json is not { ValueKind: JsonValueKind.String })
                {
                    problems.Add($"{member.Path}: written as {member.Json?.GetRawText() ?? "nothing"}");
                }
            }
        });

        Assert.Empty(problems);
        Assert.True(seen > 5, $"only {seen} NodaTime values in {file}");
    }

    [Fact]
    public void Serialize_NonAsciiAndPunctuation_AreWrittenReadably()
    {
        var contract = AiContractSerializer.Default.Deserialize(File.ReadAllText(Path.Combine(SampleFiles.ContractsFolder, "01-vendor-llm-api.json")))
            with { Title = "Vertrag für Kundenservice: \"LLM\" + RAG <Anhang> & Pflege's" };

        var json = AiContractSerializer.Default.Serialize(contract);

        Assert.Contains("\"title\": \"Vertrag für Kundenservice: \\\"LLM\\\" + RAG <Anhang> & Pflege's\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Samples_AtLeastFourExist()
    {
        Assert.True(SampleFiles.Contracts.Count >= 4, $"expected at least 4 sample contracts in {SampleFiles.ContractsFolder}");
    }
}

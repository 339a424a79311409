using AiContracts.Domain.Computations.Invoicing;
using AiContracts.Domain.Computations.ServiceCredits;
using AiContracts.TestUtilities;

namespace AiContracts.Json.Tests.Computations;

/// <summary>
/// Golden tests of format 1.0, recorded from the code before format 1.1 changed any computation: every 1.0 sample contract
/// round-trips byte for byte (the file's final newline aside), and its SLA evaluation with every sample measurement file (alone, and with the same
/// period's sample usage) is exactly the recorded JSON under Golden/. They must pass unchanged as the format grows.
/// </summary>
public sealed class FormatOneZeroGoldenTests
{
    private static readonly string GoldenFolder = Path.Combine(SampleFiles.RepositoryRoot, "tests", "AiContracts.Json.Tests", "Golden");

    private static readonly string ComputationsFolder = Path.Combine(SampleFiles.RepositoryRoot, "samples", "computations");

    /// <summary>The sample contracts that declare format 1.0.</summary>
    public static TheoryData<string> OneZeroSamples() => [.. OneZeroFiles()];

    private static IEnumerable<string> OneZeroFiles() =>
        SampleFiles.Contracts.Where(f => File.ReadAllText(f).Contains("\"schemaVersion\": \"1.0\"", StringComparison.Ordinal)).Select(f => Path.GetFileName(f));

    /// <summary>Every 1.0 sample contract with every sample measurement file.</summary>
    public static TheoryData<string, string> Evaluations()
    {
        var data = new TheoryData<string, string>();
        foreach (var contract in OneZeroFiles())
        {
            // The measurement files of format 1.0, recorded; later files (05-... carries client failures) are not 1.0 input.
            foreach (var measurements in (string[])["01-vendor-2026-05-measurements.json"])
            {
                data.Add(contract, measurements);
            }
        }

        return data;
    }

    [Fact]
    public void OneZeroSamples_AreTheFourOfFormatOneZero()
    {
        Assert.Equal(["01-vendor-llm-api.json", "02-internal-model-service.json", "03-fine-tuned-model-supplier.json", "04-risky-vendor-draft.json"],
            OneZeroFiles());
    }

    [Theory]
    [MemberData(nameof(OneZeroSamples))]
    public void OneZeroSample_ReadThenWritten_IsTheFileByteForByte(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(SampleFiles.ContractsFolder, file));

        var written = AiContractSerializer.Default.SerializeToUtf8Bytes(AiContractSerializer.Default.Deserialize(bytes));

        // The files end with the newline an editor adds; the serializer writes none.
        Assert.Equal(bytes, written.Append((byte)'\n').ToArray());
    }

    [Theory]
    [MemberData(nameof(Evaluations))]
    public void OneZeroSample_EvaluatedWithSampleMeasurements_IsTheRecordedEvaluation(string contractFile, string measurementsFile)
    {
        var contract = AiContractSerializer.Default.Deserialize(File.ReadAllText(Path.Combine(SampleFiles.ContractsFolder, contractFile)));
        var measurements = ComputationJson.Deserialize<SlaMeasurements>(File.ReadAllText(Path.Combine(ComputationsFolder, measurementsFile)));
        var usageFile = Path.Combine(ComputationsFolder, measurementsFile.Replace("-measurements.json", "-usage.json", StringComparison.Ordinal));
        var usage = ComputationJson.Deserialize<UsageStatement>(File.ReadAllText(usageFile));
        var name = $"{Path.GetFileNameWithoutExtension(contractFile)}.{Path.GetFileNameWithoutExtension(measurementsFile)}";

        Approve($"{name}.evaluation.json", ComputationJson.Serialize(SlaEvaluator.Evaluate(contract, measurements)));
        Approve($"{name}.with-usage.evaluation.json", ComputationJson.Serialize(SlaEvaluator.Evaluate(contract, measurements, usage)));
    }

    private static void Approve(string name, string actual)
    {
        var path = Path.Combine(GoldenFolder, name);
        if (Environment.GetEnvironmentVariable("AICONTRACTS_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"no golden file {name}: golden files are recorded once, from the code of format 1.0");
        Assert.Equal(File.ReadAllText(path), actual);
    }
}

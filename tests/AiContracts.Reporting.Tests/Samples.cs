using AiContracts.Domain;
using AiContracts.Domain.Computations.Invoicing;
using AiContracts.Domain.Computations.ServiceCredits;
using AiContracts.Json;
using AiContracts.TestUtilities;

namespace AiContracts.Reporting.Tests;

/// <summary>The sample contracts and computation inputs, read once.</summary>
internal static class Samples
{
    private static readonly Lazy<Dictionary<string, AiContract>> Contracts = new(() =>
        SampleFiles.Contracts.ToDictionary(path => Path.GetFileNameWithoutExtension(path)!, path => AiContractSerializer.Default.Deserialize(File.ReadAllText(path))!));

    public static IEnumerable<string> Names => Contracts.Value.Keys.Order(StringComparer.Ordinal);

    public static AiContract Contract(string name) => Contracts.Value[name];

    /// <summary>The largest sample contract file (by size), which the browser test opens.</summary>
    public static string Largest => Path.GetFileNameWithoutExtension(SampleFiles.Contracts.OrderByDescending(p => new FileInfo(p).Length).First());

    public static SlaMeasurements Measurements(string file) => ComputationJson.Read<SlaMeasurements>(File.ReadAllBytes(Computations(file))).Value!;

    public static UsageStatement Usage(string file) => ComputationJson.Read<UsageStatement>(File.ReadAllBytes(Computations(file))).Value!;

    private static string Computations(string file) => Path.Combine(SampleFiles.RepositoryRoot, "samples", "computations", file);
}

/// <summary>Approved outputs under Snapshots/ (run with <c>AICONTRACTS_UPDATE_SNAPSHOTS=1</c> to approve a deliberate change, then review the diff).</summary>
internal static class Snapshots
{
    private static string Folder => Path.Combine(SampleFiles.RepositoryRoot, "tests", "AiContracts.Reporting.Tests", "Snapshots");

    internal static void Verify(string name, string actual)
    {
        var path = Path.Combine(Folder, name);
        if (Environment.GetEnvironmentVariable("AICONTRACTS_UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"no approved snapshot {name}; run the tests with AICONTRACTS_UPDATE_SNAPSHOTS=1 and review it");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }
}

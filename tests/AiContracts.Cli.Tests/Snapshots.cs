using AiContracts.TestUtilities;

namespace AiContracts.Cli.Tests;

/// <summary>
/// Approved outputs under Snapshots/: a test fails when the output differs. Run the tests once with
/// <c>AICONTRACTS_UPDATE_SNAPSHOTS=1</c> to approve a deliberate change, then review the diff.
/// </summary>
internal static class Snapshots
{
    private static string Folder => Path.Combine(SampleFiles.RepositoryRoot, "tests", "AiContracts.Cli.Tests", "Snapshots");

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

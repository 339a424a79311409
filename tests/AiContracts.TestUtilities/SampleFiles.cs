namespace AiContracts.TestUtilities;

/// <summary>Finds the repository's folders from a test's output directory.</summary>
public static class SampleFiles
{
    /// <summary>The repository root: the nearest parent folder that holds AiContracts.Domain.sln.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The folder of sample contracts, samples/contracts.</summary>
    public static string ContractsFolder => Path.Combine(RepositoryRoot, "samples", "contracts");

    /// <summary>The sample contract files, ordered by name.</summary>
    public static IReadOnlyList<string> Contracts =>
        [.. Directory.EnumerateFiles(ContractsFolder, "*.json").Order(StringComparer.Ordinal)];

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AiContracts.Domain.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("No AiContracts.Domain.sln above " + AppContext.BaseDirectory);
    }
}

namespace AiContracts.Benchmarks;

/// <summary>Loads sample contracts from samples/contracts, found above the benchmark's working directory.</summary>
internal static class SampleData
{
    internal static byte[] Load(string fileName)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "samples", "contracts", fileName);
                if (File.Exists(candidate))
                {
                    return File.ReadAllBytes(candidate);
                }
            }
        }

        throw new FileNotFoundException($"samples/contracts/{fileName} was not found above the working directory.");
    }
}

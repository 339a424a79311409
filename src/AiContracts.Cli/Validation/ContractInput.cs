namespace AiContracts.Cli.Validation;

/// <summary>One contract to validate: a file, or standard input.</summary>
/// <param name="DisplayPath">The path as the report shows it: as given, or joined to the directory given, with '/' separators.</param>
/// <param name="FullPath">The file's full path; null for standard input.</param>
internal sealed record ContractInput(string DisplayPath, string? FullPath)
{
    /// <summary>The display path of standard input.</summary>
    public const string StandardInputPath = "-";

    /// <summary>Whether this is standard input.</summary>
    public bool IsStandardInput => FullPath is null;

    /// <summary>Expands the paths of the command line: files as they are, directories to their <c>*.json</c> files (recursively, in ordinal order), <c>-</c> to standard input.</summary>
    /// <param name="paths">The paths.</param>
    /// <returns>The inputs, each file once, in the order given.</returns>
    /// <exception cref="CliException">A path does not exist, a directory holds no contract file, or <c>-</c> is given twice.</exception>
    public static List<ContractInput> Expand(IEnumerable<string> paths)
    {
        var inputs = new List<ContractInput>();
        var seen = new HashSet<string>(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (path == StandardInputPath)
            {
                if (!seen.Add(StandardInputPath))
                {
                    throw new CliException("standard input ('-') can be read only once.");
                }

                inputs.Add(new ContractInput(StandardInputPath, null));
            }
            else if (Directory.Exists(path))
            {
                var files = EnumerateJson(path);
                if (files.Count == 0)
                {
                    throw new CliException($"'{path}' holds no contract files (*.json).");
                }

                foreach (var file in files)
                {
                    var full = Path.GetFullPath(file);
                    if (seen.Add(full))
                    {
                        inputs.Add(new ContractInput(Display(file), full));
                    }
                }
            }
            else if (File.Exists(path))
            {
                var full = Path.GetFullPath(path);
                if (seen.Add(full))
                {
                    inputs.Add(new ContractInput(Display(path), full));
                }
            }
            else
            {
                throw new CliException($"'{path}' does not exist.");
            }
        }

        return inputs;
    }

    private static List<string> EnumerateJson(string directory)
    {
        try
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, MatchCasing = MatchCasing.CaseInsensitive, AttributesToSkip = FileAttributes.None };
            return [.. Directory.EnumerateFiles(directory, "*.json", options).Order(StringComparer.Ordinal)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot list '{directory}': {e.Message}", e);
        }
    }

    private static string Display(string path) => Path.DirectorySeparatorChar == '/' ? path : path.Replace(Path.DirectorySeparatorChar, '/');
}

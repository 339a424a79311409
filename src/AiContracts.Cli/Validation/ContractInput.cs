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

    /// <summary>
    /// Expands the paths of the command line: files as they are, directories to their <c>*.json</c> files (recursively,
    /// in ordinal order), <c>-</c> to standard input. While walking a directory, a FIFO, socket or device is skipped with
    /// a warning (reading it could block), and a directory reached again through a link is not walked twice.
    /// </summary>
    /// <param name="paths">The paths.</param>
    /// <param name="warnings">Receives a warning for each entry skipped.</param>
    /// <returns>The inputs, each file once, in the order given.</returns>
    /// <exception cref="CliException">A path does not exist, a directory holds no contract file, or <c>-</c> is given twice.</exception>
    public static List<ContractInput> Expand(IEnumerable<string> paths, ICollection<string> warnings)
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
                var files = EnumerateJson(path, warnings);
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

    private static List<string> EnumerateJson(string directory, ICollection<string> warnings)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = false, AttributesToSkip = FileAttributes.None };
        var files = new List<string>();
        var walked = new HashSet<string>(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal) { RealPath(directory) };
        var pending = new Stack<string>([directory]);
        try
        {
            while (pending.TryPop(out var current))
            {
                foreach (var entry in new DirectoryInfo(current).EnumerateFileSystemInfos("*", options))
                {
                    var path = Path.Combine(current, entry.Name);
                    if (entry is DirectoryInfo)
                    {
                        if (entry.LinkTarget is null || walked.Add(RealPath(path)))
                        {
                            pending.Push(path);
                        }
                        else
                        {
                            warnings.Add($"'{Display(path)}' links to a folder already walked; not followed again.");
                        }
                    }
                    else if (entry.Name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                    {
                        if (FileKind.IsSpecial(path))
                        {
                            warnings.Add($"'{Display(path)}' is not a regular file (a FIFO, socket or device); skipped.");
                        }
                        else
                        {
                            files.Add(path);
                        }
                    }
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot list '{directory}': {e.Message}", e);
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>The directory's path with every link in it resolved, so that a folder reached twice is recognised.</summary>
    private static string RealPath(string path, int depth = 0)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var parent = Path.GetDirectoryName(full);
        if (parent is null || depth > 64)
        {
            return full;
        }

        var here = Path.Combine(RealPath(parent, depth + 1), Path.GetFileName(full));
        try
        {
            return new DirectoryInfo(here).ResolveLinkTarget(returnFinalTarget: true) is { } target ? RealPath(target.FullName, depth + 1) : here;
        }
        catch (IOException)
        {
            return here; // a link loop: the walk meets it again under the same path and stops there
        }
    }

    private static string Display(string path) => Path.DirectorySeparatorChar == '/' ? path : path.Replace(Path.DirectorySeparatorChar, '/');
}

namespace AiContracts.Cli;

/// <summary>The streams and terminal facts a command uses; the program passes the process's, tests their own.</summary>
internal sealed class CliConsole
{
    /// <summary>Standard output: the report.</summary>
    public required TextWriter Out { get; init; }

    /// <summary>Standard error: problems with the command itself, and the progress indicator.</summary>
    public required TextWriter Error { get; init; }

    /// <summary>Opens standard input, for the path <c>-</c>.</summary>
    public required Func<Stream> OpenStandardInput { get; init; }

    /// <summary>Whether standard output goes to a file or a pipe rather than a terminal.</summary>
    public bool IsOutputRedirected { get; init; } = true;

    /// <summary>Whether standard error goes to a file or a pipe rather than a terminal.</summary>
    public bool IsErrorRedirected { get; init; } = true;
}

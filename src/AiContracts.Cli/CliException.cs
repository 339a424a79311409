namespace AiContracts.Cli;

/// <summary>A problem with the command itself (a path that does not exist, an unreadable file): one line on standard error, exit code 2.</summary>
internal sealed class CliException : Exception
{
    public CliException(string message)
        : base(message)
    {
    }

    public CliException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CliException()
    {
    }
}

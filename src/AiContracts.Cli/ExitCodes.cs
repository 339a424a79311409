namespace AiContracts.Cli;

/// <summary>The tool's exit codes (docs/cli.md).</summary>
internal static class ExitCodes
{
    /// <summary>Everything checked; no finding at or above <c>--fail-on</c>.</summary>
    public const int Success = 0;

    /// <summary>At least one finding at or above <c>--fail-on</c>.</summary>
    public const int Findings = 1;

    /// <summary>A usage error (unknown option, missing argument, a path that does not exist) or an I/O error.</summary>
    public const int UsageOrIoError = 2;
}

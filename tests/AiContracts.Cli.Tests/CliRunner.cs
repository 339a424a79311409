using System.Diagnostics;
using System.Text;
using AiContracts.TestUtilities;

namespace AiContracts.Cli.Tests;

/// <summary>Runs the tool in-process (with its own console) or as a process, and normalizes the repository path.</summary>
internal static class CliRunner
{
    internal sealed record Result(int ExitCode, string Out, string Error);

    /// <summary>Runs the tool in-process.</summary>
    internal static Result Run(string[] args, string? standardInput = null, bool interactive = false)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole
        {
            Out = output,
            Error = error,
            OpenStandardInput = () => new MemoryStream(Encoding.UTF8.GetBytes(standardInput ?? string.Empty)),
            IsOutputRedirected = !interactive,
            IsErrorRedirected = !interactive,
        };
        var exitCode = CommandLineApp.Run(args, console);
        return new Result(exitCode, Normalize(output.ToString()), Normalize(error.ToString()));
    }

    /// <summary>Runs the built tool as a process from the repository root.</summary>
    internal static Result RunProcess(params string[] args)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "AiContracts.Cli.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = SampleFiles.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(tool);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the tool did not finish within two minutes");
        }

        return new Result(process.ExitCode, output.Result.ReplaceLineEndings("\n"), error.Result.ReplaceLineEndings("\n"));
    }

    /// <summary>An absolute path in the repository, written the way the tool shows it.</summary>
    internal static string InRepository(params string[] parts) => Path.Combine([SampleFiles.RepositoryRoot, .. parts]);

    private static string Normalize(string text) =>
        text.ReplaceLineEndings("\n").Replace(SampleFiles.RepositoryRoot.Replace('\\', '/') + "/", string.Empty, StringComparison.Ordinal);
}

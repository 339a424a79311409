using System.Diagnostics;
using AiContracts.TestUtilities;

namespace AiContracts.Json.Tests;

/// <summary>
/// Publishes tests/AiContracts.AotSmokeTest with native AOT and runs it over the sample contracts: the libraries are
/// marked AOT-compatible, and only this shows that trimming keeps what SmartEnum and System.Text.Json need.
/// </summary>
public sealed class AotSmokeTests
{
    [Fact]
    public void NativeAotApp_ReadsAndWritesEverySample()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() && System.Runtime.InteropServices.RuntimeInformation.OSArchitecture == System.Runtime.InteropServices.Architecture.X64, "native AOT smoke test runs on linux-x64");
        var root = SampleFiles.RepositoryRoot;
        var artifacts = Path.Combine(Path.GetTempPath(), "aicontracts-aot-" + Guid.NewGuid().ToString("N"));
        try
        {
            // A separate artifacts path keeps the publish from touching the outputs of the running test build.
            var publish = Run("dotnet", $"publish \"{Path.Combine(root, "tests", "AiContracts.AotSmokeTest")}\" -c Release -r linux-x64 --artifacts-path \"{artifacts}\" -nologo", root);
            Assert.True(publish.ExitCode == 0, "dotnet publish failed:\n" + publish.Output);

            var app = Directory.GetFiles(Path.Combine(artifacts, "publish"), "AiContracts.AotSmokeTest", SearchOption.AllDirectories).Single();
            var run = Run(app, $"\"{SampleFiles.ContractsFolder}\"", root);

            Assert.True(run.ExitCode == 0, "the AOT app failed:\n" + run.Output);
            Assert.Contains("0 failure(s)", run.Output, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(artifacts))
            {
                Directory.Delete(artifacts, recursive: true);
            }
        }
    }

    private static (int ExitCode, string Output) Run(string file, string arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["MSBUILDNOINPROCNODE"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        if (!process.WaitForExit(TimeSpan.FromMinutes(8)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "timed out after 8 minutes");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}

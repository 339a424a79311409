using System.Diagnostics;
using AiContracts.TestUtilities;

namespace AiContracts.Cli.Tests;

/// <summary>Walking a folder: special files are skipped with a warning instead of blocking the run, and a folder reached twice through links is walked once.</summary>
public sealed class FolderWalkTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Validate_FolderWithAFifo_SkipsItWithAWarningInsteadOfBlocking()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "mkfifo and the file-type check are Linux-only here.");
        using var folder = new TemporaryFolder();
        File.Copy(Path.Combine(SampleFiles.ContractsFolder, "01-vendor-llm-api.json"), Path.Combine(folder.Path, "01.json"));
        MakeFifo(Path.Combine(folder.Path, "pipe.json"));

        // Bounded: a regression blocks in open(2) on the FIFO, and the test fails instead of hanging.
        var result = await Task.Run(() => CliRunner.Run(["validate", folder.Path]), TestContext.Current.CancellationToken).WaitAsync(Bound, TestContext.Current.CancellationToken);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 file checked: 1 valid", result.Out, StringComparison.Ordinal);
        Assert.Contains("pipe.json' is not a regular file (a FIFO, socket or device); skipped.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_FolderWithALinkToAnAncestor_WalksEachFolderOnce()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Directory links need privileges on Windows.");
        using var folder = new TemporaryFolder();
        var inner = Directory.CreateDirectory(Path.Combine(folder.Path, "inner")).FullName;
        File.Copy(Path.Combine(SampleFiles.ContractsFolder, "01-vendor-llm-api.json"), Path.Combine(inner, "01.json"));
        Directory.CreateSymbolicLink(Path.Combine(inner, "up"), folder.Path);

        var result = await Task.Run(() => CliRunner.Run(["validate", folder.Path]), TestContext.Current.CancellationToken).WaitAsync(Bound, TestContext.Current.CancellationToken);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 file checked: 1 valid", result.Out, StringComparison.Ordinal);
        Assert.Contains("inner/up' links to a folder already walked; not followed again.", result.Error, StringComparison.Ordinal);
    }

    private static void MakeFifo(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}

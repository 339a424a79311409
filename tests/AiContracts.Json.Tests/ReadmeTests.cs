using AiContracts.TestUtilities;

namespace AiContracts.Json.Tests;

/// <summary>The README never lies: its quick start is the compiled sample, and CI runs its test command.</summary>
public sealed class ReadmeTests
{
    private static string Read(params string[] parts) => File.ReadAllText(Path.Combine([SampleFiles.RepositoryRoot, .. parts])).ReplaceLineEndings("\n");

    [Fact]
    public void QuickStart_InReadme_IsTheCompiledSnippet()
    {
        var sample = Read("samples", "QuickStart", "QuickStartExample.cs");
        const string Begin = "// begin-snippet: quick-start\n";
        var start = sample.IndexOf(Begin, StringComparison.Ordinal) + Begin.Length;
        var snippet = sample[start..sample.IndexOf("// end-snippet", StringComparison.Ordinal)].TrimEnd('\n');

        Assert.Contains("```csharp\n" + snippet + "\n```", Read("README.md"), StringComparison.Ordinal);
        Assert.True(snippet.Split('\n').Length <= 20, "the quick start must stay within 20 lines");
    }

    [Fact]
    public void CiScript_RunsTheReadmesTestCommand()
    {
        const string Command = "dotnet test --configuration Release";

        Assert.Contains("```sh\n" + Command + "\n```", Read("README.md"), StringComparison.Ordinal);
        Assert.Contains("\n" + Command + " 2>&1", Read(".ci", "run"), StringComparison.Ordinal);
    }

    [Fact]
    public void MainJobCommand_InReadme_RunsTheToolOnTheSamples()
    {
        // AiContracts.Cli.Tests runs the built tool as a process with these arguments from the repository root.
        Assert.Contains("```sh\ndotnet run --project src/AiContracts.Cli -- validate samples/contracts\n```", Read("README.md"), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(SampleFiles.RepositoryRoot, "src", "AiContracts.Cli", "AiContracts.Cli.csproj")));
        Assert.True(File.Exists(Path.Combine(SampleFiles.RepositoryRoot, "samples", "QuickStart", "QuickStart.csproj")));
    }
}

using System.Text.RegularExpressions;
using AiContracts.TestUtilities;

namespace AiContracts.Json.Tests;

/// <summary>
/// The package READMEs (shown on nuget.org) never lie: every csharp block in src/*/README.md is a snippet of
/// samples/PackageReadmes, which the solution compiles, as the root README's quick start is a snippet of samples/QuickStart.
/// </summary>
public sealed partial class PackageReadmeTests
{
    private static readonly string SnippetFolder = Path.Combine(SampleFiles.RepositoryRoot, "samples", "PackageReadmes");

    public static TheoryData<string> Packages => [.. PackageFolders()];

    [Fact]
    public void EveryPackageFolder_HasAReadme()
    {
        Assert.Equal(7, PackageFolders().Count);
        Assert.All(PackageFolders(), p => Assert.True(File.Exists(Path.Combine(SampleFiles.RepositoryRoot, "src", p, "README.md")), p + " has no README.md"));
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void EveryCsharpBlock_InAPackageReadme_IsACompiledSnippet(string package)
    {
        var snippets = Snippets().Values.ToHashSet(StringComparer.Ordinal);

        Assert.All(CsharpBlocks(package), block => Assert.True(snippets.Contains(block), $"src/{package}/README.md has a csharp block that samples/PackageReadmes does not compile:\n{block}"));
    }

    [Fact]
    public void EverySnippet_OfThePackageReadmesSample_IsInAReadme()
    {
        var blocks = PackageFolders().SelectMany(CsharpBlocks).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(Snippets());
        Assert.All(Snippets(), s => Assert.True(blocks.Contains(s.Value), $"snippet '{s.Key}' is in no package README"));
    }

    [Theory]
    [InlineData("AiContracts.Domain", "new AiContract")]
    [InlineData("AiContracts.Domain", "Playbook.AiDeploymentBaseline.CreateValidator()")]
    [InlineData("AiContracts.Json", "AiContractSerializer.Default.Deserialize(")]
    [InlineData("AiContracts.Json", "ContractDocumentValidator.Default.Validate(")]
    [InlineData("AiContracts.Extensions.DependencyInjection", "services.AddAiContracts(")]
    [InlineData("AiContracts.Extensions.DependencyInjection", ": IContractRule")]
    [InlineData("AiContracts.Testing", "ContractAssert.IsComplete(")]
    [InlineData("AiContracts.Testing", "ContractAssert.HasNoErrors(")]
    [InlineData("AiContracts.Reporting", "ContractReport.ToMarkdown(")]
    [InlineData("AiContracts.Reporting", "ContractReport.ToHtml(")]
    [InlineData("AiContracts.OpenSlo", "OpenSloConverter.Import(")]
    [InlineData("AiContracts.OpenSlo", "MonitoringMeasurements.FromPrometheus(")]
    public void PackageReadme_ShowsItsMainEntryPoint_InACompiledSnippet(string package, string entryPoint)
    {
        Assert.Contains(CsharpBlocks(package), block => block.Contains(entryPoint, StringComparison.Ordinal));
    }

    private static List<string> PackageFolders() =>
        [.. Directory.GetDirectories(Path.Combine(SampleFiles.RepositoryRoot, "src")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    private static List<string> CsharpBlocks(string package)
    {
        var readme = File.ReadAllText(Path.Combine(SampleFiles.RepositoryRoot, "src", package, "README.md")).ReplaceLineEndings("\n");
        return [.. CsharpBlock().Matches(readme).Select(m => m.Groups["code"].Value.TrimEnd('\n'))];
    }

    private static Dictionary<string, string> Snippets()
    {
        var snippets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(SnippetFolder, "*.cs"))
        {
            foreach (Match m in SnippetRegion().Matches(File.ReadAllText(file).ReplaceLineEndings("\n")))
            {
                snippets.Add(m.Groups["name"].Value, Dedent(m.Groups["code"].Value.TrimEnd('\n')));
            }
        }

        return snippets;
    }

    // Snippets inside a method are indented; the README shows them from the left margin.
    private static string Dedent(string code)
    {
        var lines = code.Split('\n');
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart(' ').Length);
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart(' ')));
    }

    [GeneratedRegex(@"^```csharp\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CsharpBlock();

    [GeneratedRegex(@"^[ ]*// begin-snippet: (?<name>[a-z0-9-]+)\n(?<code>.*?)^[ ]*// end-snippet", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex SnippetRegion();
}

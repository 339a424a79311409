using System.Text.RegularExpressions;
using AiContracts.TestUtilities;

namespace AiContracts.Cli.Tests;

/// <summary>Every example of docs/cli.md is run, and its output is the one the page shows.</summary>
public sealed partial class CliDocsTests
{
    public static TheoryData<string, string> Examples()
    {
        var page = File.ReadAllText(Path.Combine(SampleFiles.RepositoryRoot, "docs", "cli.md")).ReplaceLineEndings("\n");
        var data = new TheoryData<string, string>();
        foreach (Match match in Example().Matches(page))
        {
            data.Add(match.Groups["command"].Value, match.Groups["output"].Value);
        }

        return data;
    }

    [Fact]
    public void Examples_CoverEveryCommandAndFormat()
    {
        var commands = Examples().Select(row => (string)((ITheoryDataRow)row).GetData()[0]!).ToList();

        Assert.True(commands.Count >= 8, $"only {commands.Count} examples");
        Assert.Contains(commands, c => c.StartsWith("schema", StringComparison.Ordinal));
        Assert.Contains(commands, c => c.Contains("--format json", StringComparison.Ordinal));
        Assert.Contains(commands, c => c.Contains("--format sarif", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_InTheDocs_IsTheToolsRealOutput(string command, string expected)
    {
        var words = command.Split(' ');
        string? input = null;
        var redirect = Array.IndexOf(words, "<");
        if (redirect >= 0)
        {
            input = File.ReadAllText(Path.Combine(SampleFiles.RepositoryRoot, words[redirect + 1]));
            words = words[..redirect];
        }

        var args = words.Select(w => File.Exists(Path.Combine(SampleFiles.RepositoryRoot, w)) || Directory.Exists(Path.Combine(SampleFiles.RepositoryRoot, w)) ? Path.Combine(SampleFiles.RepositoryRoot, w) : w).ToArray();
        var result = CliRunner.Run(args, input);
        var actual = result.Out + result.Error;

        if (expected.EndsWith("...\n", StringComparison.Ordinal))
        {
            Assert.StartsWith(expected[..^4], actual, StringComparison.Ordinal);
        }
        else if (expected.StartsWith(' '))
        {
            Assert.EndsWith(expected, actual, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(expected, actual);
        }
    }

    [GeneratedRegex("```sh\\n\\$ aicontracts (?<command>[^\\n]+)\\n```\\n```(?:text|json)\\n(?<output>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Example();
}

using AiContracts.TestUtilities;

namespace AiContracts.Cli.Tests;

/// <summary><c>aicontracts report</c>: Markdown to standard output (an approved snapshot), HTML to a file, inputs and bad input.</summary>
public sealed class ReportCommandTests
{
    private static string Contract(string name) => Path.Combine(SampleFiles.ContractsFolder, name);

    private static string Input(string name) => CliRunner.InRepository("samples", "computations", name);

    [Fact]
    public void Report_RiskySampleAsMarkdown_IsTheApprovedSnapshot()
    {
        var result = CliRunner.Run(["report", Contract("04-risky-vendor-draft.json"), "--playbook", "ai-deployment-baseline"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Snapshots.Verify("report-04-risky-vendor-draft.md", result.Out);
    }

    [Fact]
    public void Report_RiskySampleAsHtmlToAFile_WritesThePageWithTheThreeKindsOfChart()
    {
        using var folder = new TemporaryFolder();
        var page = Path.Combine(folder.Path, "risky.html");

        var result = CliRunner.Run(["report", Contract("04-risky-vendor-draft.json"), "--playbook", "ai-deployment-baseline", "--format", "html", "--out", page]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Out + result.Error);
        var html = File.ReadAllText(page);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"chart-credit-", html, StringComparison.Ordinal); // no credit table: a flat line at zero, said in words
        Assert.Contains("No service credit at any attainment", html, StringComparison.Ordinal);
        Assert.Contains("id=\"chart-cost-", html, StringComparison.Ordinal);
        Assert.Contains("id=\"chart-exit-", html, StringComparison.Ordinal);
        Assert.Contains("9. Findings of the playbook ai-deployment-baseline", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_VendorSampleWithMeasurementsUsageAndCulture_ShowsCreditsAndInvoiceInThatCulture()
    {
        var result = CliRunner.Run(["report", Contract("01-vendor-llm-api.json"), "--measurements", Input("01-vendor-2026-05-measurements.json"),
            "--usage", Input("01-vendor-2026-05-usage.json"), "--culture", "de-DE", "--format", "html"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("<html lang=\"de-DE\">", result.Out, StringComparison.Ordinal);
        Assert.Contains("id=\"chart-credit-", result.Out, StringComparison.Ordinal);
        Assert.Contains("Service credits for Freitag, 1. Mai 2026 to Sonntag, 31. Mai 2026", result.Out, StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"invoice\">Invoice for", result.Out, StringComparison.Ordinal);
        Assert.Contains("6.000,00\u00a0EUR", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_OfAnInvalidDocument_ListsItsFindingsAndExitsWithOne()
    {
        var file = CliRunner.InRepository("tests", "AiContracts.Cli.Tests", "Fixtures", "invalid", "malformed.json");

        var result = CliRunner.Run(["report", file]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Contains(": error AIC0001", result.Error, StringComparison.Ordinal);
        Assert.EndsWith("is not a valid contract document; fix the findings above first.\n", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_WithABadUsageFile_ListsItsFindingsAndExitsWithOne()
    {
        var result = CliRunner.Run(["report", Contract("01-vendor-llm-api.json"), "--usage", CliRunner.InRepository("tests", "AiContracts.Cli.Tests", "Fixtures", "bad-usage.json")]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Contains("bad-usage.json:", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--culture", "xx-NOPE", "aicontracts: 'xx-NOPE' is not a culture this machine knows")]
    [InlineData("--format", "pdf", "aicontracts: Argument 'pdf' not recognized.")]
    [InlineData("--playbook", "no-such-playbook", "aicontracts: 'no-such-playbook' is neither a built-in playbook")]
    public void Report_WithABadOption_SaysSoAndExitsWithTwo(string option, string value, string message)
    {
        var result = CliRunner.Run(["report", Contract("01-vendor-llm-api.json"), option, value]);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(message, result.Error, StringComparison.Ordinal);
    }
}

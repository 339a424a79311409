using System.Text.Json;

namespace AiContracts.Cli.Tests;

/// <summary><c>aicontracts diff</c>: exit codes, formats (approved snapshots) and invalid input.</summary>
public sealed class DiffCommandTests
{
    private static string Sample => CliRunner.InRepository("samples", "contracts", "01-vendor-llm-api.json");

    private static string Redline(string name) => CliRunner.InRepository("samples", "redlines", name);

    [Fact]
    public void An_unfavourable_redline_exits_with_one_and_lists_its_changes_by_clause_group()
    {
        var result = CliRunner.Run(["diff", Sample, Redline("01-vendor-llm-api-redline.json")]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Snapshots.Verify("diff-redline.text", result.Out);
    }

    [Fact]
    public void A_favourable_redline_exits_with_zero()
    {
        var result = CliRunner.Run(["diff", Sample, Redline("01-vendor-llm-api-favourable.json"), "--playbook", "none"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("favourable   changed /serviceLevels/objectives/0/claimWindow: claim window lengthened from P60D to P90D (slo-availability)", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_contract_against_itself_has_no_changes_and_exits_with_zero()
    {
        var result = CliRunner.Run(["diff", Sample, Sample]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("0 changes: 0 unfavourable, 0 to review, 0 favourable, 0 neutral; 0 findings appeared, 0 disappeared.", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void As_json_the_changes_and_findings_carry_every_field()
    {
        var result = CliRunner.Run(["diff", Sample, Redline("01-vendor-llm-api-redline.json"), "--format", "json"]);

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.True(json.RootElement.GetProperty("hasUnfavourable").GetBoolean());
        Assert.Equal(9, json.RootElement.GetProperty("changes").GetArrayLength());
        var finding = json.RootElement.GetProperty("findings")[0];
        Assert.Equal(650, finding.GetProperty("line").GetInt32());
        Snapshots.Verify("diff-redline.json", result.Out);
    }

    [Fact]
    public void As_markdown_each_clause_group_is_a_table()
    {
        var result = CliRunner.Run(["diff", Sample, Redline("01-vendor-llm-api-redline.json"), "--format", "markdown"]);

        Assert.Equal(1, result.ExitCode);
        Snapshots.Verify("diff-redline.md", result.Out);
    }

    [Fact]
    public void An_invalid_document_is_reported_with_positions_and_not_compared()
    {
        var invalid = CliRunner.InRepository("tests", "AiContracts.Cli.Tests", "Fixtures", "invalid", "kpi-errors.json");

        var result = CliRunner.Run(["diff", invalid, Sample]);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("tests/AiContracts.Cli.Tests/Fixtures/invalid/kpi-errors.json:8:106: error AIC0013 ", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("changes:", result.Out, StringComparison.Ordinal);
        Assert.Contains("is not a valid contract document", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_contract_with_an_integrity_error_is_not_compared()
    {
        using var folder = new TemporaryFolder();
        var broken = Path.Combine(folder.Path, "broken.json");
        File.WriteAllText(broken, File.ReadAllText(Sample).Replace("\"kpiId\": \"kpi-availability\"", "\"kpiId\": \"kpi-nowhere\"", StringComparison.Ordinal));

        var result = CliRunner.Run(["diff", Sample, broken]);

        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"broken\.json:\d+:\d+: error AIC\d{4} ", result.Out);
    }

    [Fact]
    public void An_invalid_usage_file_exits_with_two()
    {
        var result = CliRunner.Run(["diff", Sample, Sample, "--usage", CliRunner.InRepository("tests", "AiContracts.Cli.Tests", "Fixtures", "bad-usage.json")]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error AIC0014", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        var result = CliRunner.Run(["diff", Sample, Sample, "--format", "sarif"]);

        Assert.Equal(2, result.ExitCode);
    }
}

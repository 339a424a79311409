using System.Text;
using AiContracts.Domain.Diagnostics;
using CsCheck;

namespace AiContracts.OpenSlo.Tests;

/// <summary>Hostile and broken YAML: each gets a finding with its position, never an exception, a hang or unbounded memory.</summary>
public sealed class BadYamlTests
{
    [Fact]
    public void A_yaml_bomb_of_nested_aliases_is_refused_at_the_alias_that_crosses_the_limit()
    {
        var bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var level = 'b'; level <= 'i'; level++)
        {
            var previous = (char)(level - 1);
            bomb.Append(level).Append(": &").Append(level).Append(" [").Append(string.Join(",", Enumerable.Repeat("*" + previous, 9))).Append("]\n");
        }

        var import = OpenSloConverter.Import(bomb.ToString());

        var finding = Assert.Single(import.Report.Diagnostics);
        Assert.Equal("AIC8002", finding.Code);
        Assert.Equal(DocumentKind.OpenSlo, finding.Document);
        Assert.Equal(5, finding.Line); // level e: 9^4 * 10 nodes cross 10,000
        Assert.NotNull(finding.Column);
    }

    [Fact]
    public void A_tab_used_for_indentation_is_malformed_yaml_at_the_tab()
    {
        var import = OpenSloConverter.Import("apiVersion: openslo/v1\nkind: SLO\nmetadata:\n\tname: slo\n");

        var finding = Assert.Single(import.Report.Diagnostics);
        Assert.Equal("AIC8001", finding.Code);
        Assert.Equal(4, finding.Line);
        Assert.Contains("tabs", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_key_is_reported_at_its_second_occurrence()
    {
        var import = OpenSloConverter.Import(OpenSloImportTests.Slo().Replace("kind: SLO\n", "kind: SLO\nkind: SLI\n", StringComparison.Ordinal));

        var finding = Assert.Single(import.Report.Diagnostics, d => d.Code == "AIC8003");
        Assert.Equal((3, 1), (finding.Line, finding.Column));
        Assert.Contains("'kind'", finding.Message, StringComparison.Ordinal);
        Assert.False(import.IsValid);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_it_is_parsed()
    {
        var yaml = "# " + new string('x', 10 * 1024 * 1024) + "\n";

        var finding = Assert.Single(OpenSloConverter.Import(yaml).Report.Diagnostics);

        Assert.Equal("AIC0003", finding.Code);
    }

    [Fact]
    public void A_file_under_the_size_limit_with_millions_of_nodes_is_refused_at_the_node_past_the_limit()
    {
        var yaml = "[" + string.Concat(Enumerable.Repeat("1,", 4_500_000)) + "1]"; // 9 MB

        var finding = Assert.Single(OpenSloConverter.Import(yaml).Report.Diagnostics);

        Assert.Equal(("AIC8008", 1, 200_000), (finding.Code, finding.Line, finding.Column)); // the 100,000th scalar follows the sequence itself
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_reported_instead_of_overflowing_the_stack()
    {
        var yaml = new string('[', 100_000) + new string(']', 100_000);

        var finding = Assert.Single(OpenSloConverter.Import(yaml).Report.Diagnostics);

        Assert.Equal(("AIC0002", 1, 65), (finding.Code, finding.Line, finding.Column));
    }

    [Fact]
    public void An_unknown_kind_and_a_future_api_version_are_errors_at_their_values()
    {
        var import = OpenSloConverter.Import("apiVersion: openslo/v1\nkind: Budget\nmetadata:\n  name: x\n---\napiVersion: openslo/v2alpha\nkind: SLO\nmetadata:\n  name: y\n");

        Assert.Equal(
            [("AIC8004", "/0/kind", 2, 7), ("AIC0016", "/1/apiVersion", 6, 13)],
            import.Report.Diagnostics.Select(d => (d.Code, d.Pointer, d.Line!.Value, d.Column!.Value)));
        Assert.Contains("openslo/v1", import.Report.Diagnostics[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Columns_count_utf8_bytes_like_the_json_pipeline()
    {
        var import = OpenSloConverter.Import("apiVersion: openslo/v1\nkind: SLO\nmetadata: {name: \"é€\", x: y, name: z}\n");

        var finding = Assert.Single(import.Report.Diagnostics, d => d.Code == "AIC8003");
        // "metadata: {name: "é€", x: y, " is 29 characters but 32 UTF-8 bytes (é is 2, € is 3).
        Assert.Equal(33, finding.Column);
    }

    [Fact]
    public void Any_text_gives_findings_and_never_an_exception()
    {
        var fragments = Gen.OneOf(Gen.Const("apiVersion: openslo/v1\n"), Gen.Const("kind: SLO\n"), Gen.Const("---\n"), Gen.Const("  - "), Gen.Const("&a "), Gen.Const("*a"),
            Gen.Const(": "), Gen.Const("\t"), Gen.Const("{"), Gen.Const("]"), Gen.Const("\"\n"), Gen.Const("spec:\n  objectives:\n"), Gen.Const("    - target: 0.9\n"), Gen.String);
        fragments.Array[0, 30].Select(string.Concat).Sample(text => { _ = OpenSloConverter.Import(text); }, iter: 3000);
    }

    [Fact]
    public void Every_file_of_the_tests_imports_without_an_exception_when_cut_at_any_line()
    {
        foreach (var name in new[] { "availability-occurrences.yaml", "latency-threshold.yaml", "timeslices.yaml" })
        {
            var lines = TestFiles.Read(name).Split('\n');
            for (var n = 0; n <= lines.Length; n++)
            {
                var report = OpenSloConverter.Import(string.Join('\n', lines.Take(n))).Report;
                Assert.All(report.Diagnostics, d => Assert.True(d.Pointer.Length == 0 || d.Line is not null, d.ToString()));
            }
        }
    }
}

using System.Globalization;
using System.Text;
using AiContracts.TestUtilities;

namespace AiContracts.Cli.Tests;

public sealed class MonitoringCommandTests
{
    private static string Sample(params string[] parts) => Path.Combine([SampleFiles.RepositoryRoot, .. parts]);

    [Fact]
    public void Openslo_import_prints_a_draft_contract_and_the_findings_with_their_lines_on_standard_error()
    {
        var result = CliRunner.Run(["openslo", "import", Sample("samples", "openslo", "assistant-slos.yaml")]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"id\": \"assistant-availability\"", result.Out, StringComparison.Ordinal);
        Assert.Contains("assistant-slos.yaml:61:7: warning AIC8005 AlertPolicy 'fast-burn'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Openslo_import_into_a_contract_adds_the_KPIs_and_keeps_the_contract()
    {
        var result = CliRunner.Run(["openslo", "import", Sample("samples", "openslo", "assistant-slos.yaml"), "--into", Sample("samples", "contracts", "01-vendor-llm-api.json")]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"id\": \"RMV-AI-2026-014\"", result.Out, StringComparison.Ordinal);
        Assert.Contains("\"id\": \"kpi-availability\"", result.Out, StringComparison.Ordinal);
        Assert.Contains("\"id\": \"assistant-availability\"", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Openslo_export_then_import_gives_a_valid_contract()
    {
        using var folder = new TemporaryFolder();
        var yaml = Path.Combine(folder.Path, "slos.yaml");

        var export = CliRunner.Run(["openslo", "export", Sample("samples", "contracts", "02-internal-model-service.json"), "--out", yaml]);
        var import = CliRunner.Run(["openslo", "import", yaml]);

        Assert.Equal(0, export.ExitCode);
        Assert.StartsWith("---\napiVersion: openslo/v1\nkind: Service\n", File.ReadAllText(yaml), StringComparison.Ordinal);
        Assert.Equal(0, import.ExitCode);
        Assert.Contains("\"kpis\"", import.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Openslo_import_of_broken_yaml_fails_with_the_finding_at_its_line()
    {
        using var folder = new TemporaryFolder();
        var yaml = Path.Combine(folder.Path, "tabs.yaml");
        File.WriteAllText(yaml, "apiVersion: openslo/v1\nkind: SLO\nmetadata:\n\tname: x\n");

        var result = CliRunner.Run(["openslo", "import", yaml]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("tabs.yaml:4:1: error AIC8001", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void Measurements_from_prometheus_make_a_file_evaluate_reads()
    {
        using var folder = new TemporaryFolder();
        var result = Path.Combine(folder.Path, "result.json");
        var measurements = Path.Combine(folder.Path, "measurements.json");
        File.WriteAllText(result, Day());

        var made = CliRunner.Run(["measurements", "from-prometheus", result, "--kpi", "kpi-availability", "--contract", Sample("samples", "contracts", "01-vendor-llm-api.json"),
            "--series", "up", "--interval", "5m", "--period", "2026-05", "--out", measurements]);
        var evaluated = CliRunner.Run(["evaluate", Sample("samples", "contracts", "01-vendor-llm-api.json"), "--measurements", measurements]);

        Assert.Equal(0, made.ExitCode);
        Assert.Contains("warning AIC8103", made.Error, StringComparison.Ordinal); // the rest of the month is a gap
        // One hour down in May (8,928 five-minute intervals, the KPI counts 44,640 minutes): 60 of 44,640 minutes.
        var expected = Math.Round((44_640m - 60m) * 100m / 44_640m, 6).ToString(CultureInfo.InvariantCulture);
        Assert.Contains($"slo-availability (kpi-availability): attained {expected}", evaluated.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_measurements_option_that_is_not_a_role_is_a_usage_error()
    {
        var result = CliRunner.Run(["measurements", "from-csv", Sample("samples", "monitoring", "01-vendor-2026-05-01-availability.csv"), "--kpi", "k", "--series", "latency"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'latency' is not one of value, up, requests, failed", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_period_in_december_9999_is_a_finding_at_the_start_of_the_file_not_an_exception(bool explicitPeriod)
    {
        using var folder = new TemporaryFolder();
        var csv = Path.Combine(folder.Path, "late.csv");
        File.WriteAllText(csv, "9999-12-31T23:55:00Z,1\n");
        string[] args = ["measurements", "from-csv", csv, "--kpi", "k", "--series", "value"];

        var result = CliRunner.Run(explicitPeriod ? [.. args, "--period", "9999-12"] : args);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("late.csv:1:1: error AIC7020", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Measurements_from_a_csv_file_with_invalid_utf8_fail_with_the_finding_at_the_byte()
    {
        using var folder = new TemporaryFolder();
        var csv = Path.Combine(folder.Path, "latin1.csv");
        File.WriteAllBytes(csv, [.. "timestamp,value\n1777593900,1"u8, 0xB5, .. "\n"u8]);

        var result = CliRunner.Run(["measurements", "from-csv", csv, "--kpi", "k", "--series", "value", "--period", "2026-05"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("latin1.csv:2:13: error AIC8101", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Openslo_import_of_a_file_with_invalid_utf8_fails_with_the_finding_at_the_byte()
    {
        using var folder = new TemporaryFolder();
        var yaml = Path.Combine(folder.Path, "latin1.yaml");
        File.WriteAllBytes(yaml, [.. "apiVersion: openslo/v1\nkind: SLO\nmetadata:\n  name: caf"u8, 0xE9, .. "\n"u8]);

        var result = CliRunner.Run(["openslo", "import", yaml]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("latin1.yaml:4:12: error AIC8001", result.Error, StringComparison.Ordinal);
    }

    /// <summary>The first day of May 2026 (Berlin) of an up series every 5 minutes, down from 10:00 to 11:00 local.</summary>
    private static string Day()
    {
        var json = new StringBuilder("{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[{\"metric\":{\"__name__\":\"up\",\"job\":\"llm-api\"},\"values\":[");
        const long start = 1_777_586_400; // 2026-04-30T22:00:00Z, midnight in Berlin
        for (var k = 1; k <= 288; k++)
        {
            var down = k is > 120 and <= 132;
            json.Append(k == 1 ? string.Empty : ",").Append('[').Append((start + (300L * k)).ToString(CultureInfo.InvariantCulture)).Append(",\"").Append(down ? '0' : '1').Append("\"]");
        }

        return json.Append("]}]}}").ToString();
    }
}

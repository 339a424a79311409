using System.Text.Json;
using AiContracts.Json;
using AiContracts.TestUtilities;

namespace AiContracts.Cli.Tests;

public sealed class PlaybookAndComputeCommandTests
{
    private static string Contract(string name) => Path.Combine(SampleFiles.ContractsFolder, name);

    private static string Input(string name) => CliRunner.InRepository("samples", "computations", name);

    [Fact]
    public void Validate_WithTheBaselinePlaybook_FailsOnlyTheRiskySample()
    {
        var result = CliRunner.Run(["validate", SampleFiles.ContractsFolder, "--playbook", "ai-deployment-baseline"]);

        Assert.Equal(1, result.ExitCode);
        var files = result.Out.Split('\n').Where(l => l.Contains(": error AIC", StringComparison.Ordinal)).Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]).Distinct().ToList();
        Assert.Equal(["samples/contracts/04-risky-vendor-draft.json"], files);
        foreach (var family in new[] { "AIC1", "AIC2", "AIC3", "AIC4", "AIC5", "AIC6" })
        {
            Assert.Contains($"error {family}", result.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Validate_WithAnInvalidPlaybookFile_ListsItsFindingsAndExitsWithTwo()
    {
        using var folder = new TemporaryFolder();
        var playbook = Path.Combine(folder.Path, "playbook.json");
        File.WriteAllText(playbook, """{"name": 1}""");

        var result = CliRunner.Run(["validate", SampleFiles.ContractsFolder, "--playbook", playbook]);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"aicontracts: '{playbook}' is not a valid playbook:", result.Error, StringComparison.Ordinal);
        Assert.Contains($"{playbook}:1:2: error AIC0010", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void Validate_WithAJsonPlaybookFile_AppliesIt()
    {
        using var folder = new TemporaryFolder();
        var playbook = Path.Combine(folder.Path, "playbook.json");
        File.WriteAllText(playbook, PlaybookJson.Write(Domain.Validation.Playbook.Strict));

        var result = CliRunner.Run(["validate", Contract("04-risky-vendor-draft.json"), "--playbook", playbook]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error AIC1", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RiskySample_ListsMissingAndDeficientClausesWithPositions()
    {
        var result = CliRunner.Run(["check", Contract("04-risky-vendor-draft.json"), "--playbook", "ai-deployment-baseline"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"^samples/contracts/04-risky-vendor-draft\.json against ai-deployment-baseline [^:]+: \d+ present, \d+ missing, \d+ deficient\.\n", result.Out);
        Assert.Contains("missing    business-kpi (service levels)", result.Out, StringComparison.Ordinal);
        Assert.Matches(@"\n {11}samples/contracts/04-risky-vendor-draft\.json:\d+:\d+: error AIC1005 ", result.Out);
    }

    [Fact]
    public void Check_CompleteSampleAsJson_IsTheCompletenessReport()
    {
        var result = CliRunner.Run(["check", Contract("01-vendor-llm-api.json"), "--playbook", "gdpr-article-28", "--format", "json"]);

        var report = CompletenessReportJson.Deserialize(result.Out);
        Assert.Equal("gdpr-article-28", report.Playbook);
        Assert.Equal(report.IsComplete ? 0 : 1, result.ExitCode);
        Assert.True(report.IsComplete, result.Out);
    }

    [Fact]
    public void Check_SampleWithAWarningOnly_IsCompleteUnlessWarningsAreDeficient()
    {
        var lenient = CliRunner.Run(["check", Contract("02-internal-model-service.json"), "--playbook", "ai-deployment-baseline"]);
        var strict = CliRunner.Run(["check", Contract("02-internal-model-service.json"), "--playbook", "ai-deployment-baseline", "--warnings-deficient"]);

        Assert.Equal(0, lenient.ExitCode);
        Assert.Contains("present    post-exit-deletion (exit)", lenient.Out, StringComparison.Ordinal);
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("35 present, 0 missing, 0 deficient.", lenient.Out, StringComparison.Ordinal);
        Assert.Contains("34 present, 0 missing, 1 deficient.", strict.Out, StringComparison.Ordinal);
        Assert.Contains("deficient  post-exit-deletion (exit)", strict.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WithoutAPlaybook_IsAUsageError()
    {
        var result = CliRunner.Run(["check", Contract("01-vendor-llm-api.json")]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--playbook", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_VendorSampleForMay_ShowsTheAvailabilityCredit()
    {
        var result = CliRunner.Run(["evaluate", Contract("01-vendor-llm-api.json"), "--measurements", Input("01-vendor-2026-05-measurements.json"), "--usage", Input("01-vendor-2026-05-usage.json")]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("slo-availability (kpi-availability): attained 99.865259, target 99.9: BREACHED; credit 10% = 320.00 EUR, claim by 2026-07-30", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Price_VendorSampleForJuneAsJson_IsTheExactInvoice()
    {
        var result = CliRunner.Run(["price", Contract("01-vendor-llm-api.json"), "--usage", Input("01-vendor-2026-06-usage.json"), "--format", "json"]);

        Assert.Equal(0, result.ExitCode);
        var invoice = ComputationJson.Deserialize<Domain.Computations.Invoicing.Invoice>(result.Out);
        Assert.Equal(Domain.Primitives.Money.Of(6_000.00m, "EUR"), invoice.Total);
    }

    [Fact]
    public void Price_MalformedUsageFile_IsAFindingWithItsPosition()
    {
        using var folder = new TemporaryFolder();
        var usage = Path.Combine(folder.Path, "usage.json");
        File.WriteAllText(usage, "{\"period\": ");

        var result = CliRunner.Run(["price", Contract("01-vendor-llm-api.json"), "--usage", usage]);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"{usage}:1:12: error AIC0001 The document is not well-formed JSON: ", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Price_UsageOfTheWrongShape_IsAFinding()
    {
        using var folder = new TemporaryFolder();
        var usage = Path.Combine(folder.Path, "usage.json");
        File.WriteAllText(usage, """{"period": {"firstDay": "2026-06-01", "lastDay": "2026-06-30"}, "meters": [{"meterId": "m", "quantity": "lots"}]}""");

        var result = CliRunner.Run(["price", Contract("01-vendor-llm-api.json"), "--usage", usage]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{usage}:1:93: error AIC0010 Expected a number but found a string ('lots'). (/meters/0/quantity)", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Price_WithMeasurementsThatCannotBeEvaluated_FailsWithTheirFindingsAndNoInvoice()
    {
        // Valid against the schema, but more good events than events: once an invoice with zero credits and exit code 0.
        using var folder = new TemporaryFolder();
        var measurements = Path.Combine(folder.Path, "measurements.json");
        File.WriteAllText(measurements, """{"period": {"firstDay": "2026-05-01", "lastDay": "2026-05-31"}, "kpis": [{"kpiId": "kpi-error-rate", "goodEvents": 20, "totalEvents": 10}]}""");

        var result = CliRunner.Run(["price", Contract("01-vendor-llm-api.json"), "--usage", Input("01-vendor-2026-06-usage.json"), "--measurements", measurements]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error AIC7004", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Invoice of", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Price_WithValidMeasurements_AppliesTheirCredits()
    {
        using var folder = new TemporaryFolder();
        var measurements = Path.Combine(folder.Path, "measurements.json");
        File.WriteAllText(measurements, """{"period": {"firstDay": "2026-06-01", "lastDay": "2026-06-30"}, "kpis": [{"kpiId": "kpi-availability", "attained": 99.5}]}""");

        var result = CliRunner.Run(["price", Contract("01-vendor-llm-api.json"), "--usage", Input("01-vendor-2026-06-usage.json"), "--measurements", measurements, "--format", "json"]);

        Assert.Equal(0, result.ExitCode);
        var invoice = ComputationJson.Deserialize<Domain.Computations.Invoicing.Invoice>(result.Out);
        Assert.True(invoice.Credits!.Amount < 0, result.Out);
        Assert.Contains(invoice.Diagnostics, d => d.Code == "AIC7007"); // the evaluation's warnings travel with the invoice
    }

    [Fact]
    public void Validate_WithoutAPlaybook_RunsTheBaselineAndNoneRunsStructureAndIntegrityOnly()
    {
        var byDefault = CliRunner.Run(["validate", SampleFiles.ContractsFolder]);
        var baseline = CliRunner.Run(["validate", SampleFiles.ContractsFolder, "--playbook", "ai-deployment-baseline"]);
        var none = CliRunner.Run(["validate", SampleFiles.ContractsFolder, "--playbook", "none"]);

        Assert.Equal((1, baseline.Out), (byDefault.ExitCode, byDefault.Out));
        Assert.Contains("04-risky-vendor-draft.json", byDefault.Out, StringComparison.Ordinal);
        Assert.Equal(0, none.ExitCode);
        Assert.DoesNotContain(": error AIC", none.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Price_InvalidContract_ListsItsFindings()
    {
        var result = CliRunner.Run(["price", CliRunner.InRepository("tests", "AiContracts.Cli.Tests", "Fixtures", "invalid", "non-ascii.json"), "--usage", Input("01-vendor-2026-06-usage.json")]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error AIC0013", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("measurements")]
    [InlineData("usage")]
    [InlineData("evaluation")]
    [InlineData("invoice")]
    [InlineData("chronic-breach-assessment")]
    [InlineData("termination-notice")]
    [InlineData("exit-timeline")]
    public void Schema_OfAComputationFile_IsItsPublishedSchema(string kind)
    {
        var result = CliRunner.Run(["schema", "--kind", kind]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(File.ReadAllText(CliRunner.InRepository("docs", "schema", $"{kind}.schema.json")).ReplaceLineEndings("\n"), result.Out.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Schema_OfPlaybooks_IsThePublishedPlaybookSchema()
    {
        var result = CliRunner.Run(["schema", "--kind", "playbook"]);

        Assert.Equal((0, PlaybookSchema.Text.ReplaceLineEndings("\n")), (result.ExitCode, result.Out));
        using var document = JsonDocument.Parse(result.Out);
    }
}

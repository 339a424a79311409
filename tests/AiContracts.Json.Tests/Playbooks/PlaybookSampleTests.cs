using AiContracts.Domain;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Validation;
using AiContracts.TestUtilities;
using NodaTime;

namespace AiContracts.Json.Tests.Playbooks;

/// <summary>The built-in playbooks over the sample contracts: the complete samples pass, the risky draft fails in every family.</summary>
public sealed class PlaybookSampleTests
{
    private const string Risky = "04-risky-vendor-draft.json";

    private static readonly ContractValidator Baseline = Playbook.AiDeploymentBaseline.CreateValidator();

    public static TheoryData<string> CompleteSamples() => ["01-vendor-llm-api.json", "02-internal-model-service.json", "03-fine-tuned-model-supplier.json"];

    /// <summary>Each failure family of the design with codes the risky draft must trigger, and one pointer each.</summary>
    public static TheoryData<string, string[], string, string> RiskyFamilies() => new()
    {
        { "unmeasurable expectations", ["AIC1002", "AIC1003", "AIC1005", "AIC1008", "AIC1013"], "AIC1008", "/serviceLevels/objectives/0" },
        { "opaque data handling", ["AIC2001", "AIC2003", "AIC2004", "AIC2006", "AIC2009", "AIC2010", "AIC2011", "AIC2014"], "AIC2004", "/dataProcessing/categories/0/protectionLevel" },
        { "underestimated integration", ["AIC3002", "AIC3003", "AIC3004", "AIC3005", "AIC3007"], "AIC3007", "/integration/sandboxProof/required" },
        { "open-ended pricing", ["AIC4001", "AIC4005", "AIC4006", "AIC4007"], "AIC4005", "/pricing/upfrontFees/0" },
        { "lock-in", ["AIC5001", "AIC5002", "AIC5003", "AIC5007", "AIC5010", "AIC5011"], "AIC5010", "/exit/modelArtifacts/formats" },
        { "no transparency", ["AIC6002", "AIC6003", "AIC6005", "AIC6006", "AIC6007"], "AIC6005", "/governance/incidentNotifications/0/deadline" },
    };

    [Theory]
    [MemberData(nameof(CompleteSamples))]
    public void Baseline_CompleteSample_HasNoErrors(string file)
    {
        var report = Baseline.Validate(Read(file));

        Assert.True(report.ErrorCount == 0, report.ToString());
    }

    [Theory]
    [MemberData(nameof(RiskyFamilies))]
    public void Baseline_RiskySample_TriggersEachFailureFamilyWithItsCodes(string family, string[] codes, string code, string pointer)
    {
        var report = Baseline.Validate(Read(Risky));

        var missing = codes.Except(report.Diagnostics.Select(d => d.Code)).ToList();
        Assert.True(missing.Count == 0, $"{family}: not reported: {string.Join(", ", missing)}{Environment.NewLine}{report}");
        Assert.Contains(report.Diagnostics, d => d.Code == code && d.Pointer == pointer && d.Severity == DiagnosticSeverity.Error);
        Assert.False(report.IsValid);
    }

    [Fact]
    public void DocumentValidator_WithBaselineRules_ReportsRuleFindingsWithTheirPositionInTheFile()
    {
        var validator = new ContractDocumentValidator(rules: Playbook.AiDeploymentBaseline.CreateValidator());

        var result = validator.Validate(File.ReadAllText(Path.Combine(SampleFiles.ContractsFolder, Risky)));

        var fee = Assert.Single(result.Report.Diagnostics, d => d.Code == "AIC4005");
        Assert.Equal("/pricing/upfrontFees/0", fee.Pointer);
        Assert.Equal("upfront-fees", fee.Rule);
        Assert.NotNull(fee.Line);
        Assert.False(result.Report.IsValid);
    }

    [Fact]
    public void Playbook_TighterRetention_ChangesTheVerdictOnACompleteSample()
    {
        var contract = Read("01-vendor-llm-api.json");
        var tight = Playbook.AiDeploymentBaseline with
        {
            Name = "tight-retention",
            Parameters = PlaybookParameters.Default with { LongestRetention = Period.FromYears(1) },
        };

        var report = tight.CreateValidator().Validate(contract);

        Assert.True(Baseline.Validate(contract).IsValid);
        Assert.False(report.IsValid);
        var finding = Assert.Single(report.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(("AIC2002", "/dataProcessing/categories/2/retention/period"), (finding.Code, finding.Pointer));
    }

    [Fact]
    public void Strict_CompleteSampleWithWarnings_TurnsThemIntoErrors()
    {
        var contract = Read("01-vendor-llm-api.json");

        var baseline = Baseline.Validate(contract);
        var strict = Playbook.Strict.CreateValidator().Validate(contract);

        Assert.True(baseline.WarningCount > 0);
        Assert.Equal(baseline.WarningCount, strict.ErrorCount);
        Assert.Equal(0, strict.WarningCount);
        Assert.False(strict.IsValid);
    }

    [Fact]
    public void GdprArticle28_VendorSample_IsComplete()
    {
        var report = Playbook.GdprArticle28.CheckCompleteness(Read("01-vendor-llm-api.json"));

        Assert.True(report.IsComplete, report.ToString());
    }

    [Fact]
    public void GdprArticle28_RiskySample_MissesTheDescriptionOfProcessingAndProcessorObligations()
    {
        var report = Playbook.GdprArticle28.CreateValidator().Validate(Read(Risky));

        Assert.Equal(
            ["AIC2101", "AIC2103", "AIC2105", "AIC2107", "AIC2108", "AIC2110", "AIC2111", "AIC2112", "AIC2113", "AIC2114"],
            report.Diagnostics.Select(d => d.Code).Distinct());
        Assert.Equal(["/dataProcessing/categories/2", "/dataProcessing/categories/3"], report.Diagnostics.Where(d => d.Code == "AIC2105").Select(d => d.Pointer));
    }

    [Fact]
    public void CompletenessReport_RiskySample_ListsMissingAndDeficientClausesWithPointers()
    {
        var report = Playbook.AiDeploymentBaseline.CheckCompleteness(Read(Risky));

        Assert.Equal(report.Clauses.Count, report.PresentCount + report.MissingCount + report.DeficientCount);
        var audit = Assert.Single(report.Clauses, c => c.RuleId == "audit-rights");
        Assert.Equal(ClauseStatus.Missing, audit.Status);
        Assert.Equal("/governance", Assert.Single(audit.Findings).Pointer);
        var retention = Assert.Single(report.Clauses, c => c.RuleId == "retention");
        Assert.Equal(ClauseStatus.Deficient, retention.Status);
        Assert.Equal(4, retention.Findings.Count);
        Assert.Equal(ClauseStatus.Present, Assert.Single(report.Clauses, c => c.RuleId == "price-tiers").Status);
        Assert.False(report.IsComplete);
        Assert.Contains("missing: The customer has audit rights (audit-rights)", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void CompletenessReportJson_RiskySample_RoundTripsWithStatusesByName()
    {
        var report = Playbook.AiDeploymentBaseline.CheckCompleteness(Read(Risky));

        var json = CompletenessReportJson.Serialize(report);
        var back = CompletenessReportJson.Deserialize(json);

        Assert.Equal(report, back);
        Assert.Equal((report.PresentCount, report.MissingCount, report.DeficientCount), (back.PresentCount, back.MissingCount, back.DeficientCount));
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var audit = document.RootElement.GetProperty("clauses").EnumerateArray().Single(c => c.GetProperty("ruleId").GetString() == "audit-rights");
        Assert.Equal("Missing", audit.GetProperty("status").GetString());
        Assert.Equal("/governance", audit.GetProperty("findings")[0].GetProperty("pointer").GetString());
        Assert.Equal(report.MissingCount, document.RootElement.GetProperty("missingCount").GetInt32());
    }

    [Fact]
    public void CompletenessReportJson_NotAReport_ThrowsContractJsonException()
    {
        Assert.Throws<ContractJsonException>(() => CompletenessReportJson.Deserialize("""{"contractId": "C-1", "clauses": 3}"""));
    }

    [Fact]
    public void CompletenessReport_CompleteSample_HasNoMissingClause()
    {
        var report = Playbook.AiDeploymentBaseline.CheckCompleteness(Read("03-fine-tuned-model-supplier.json"));

        Assert.Equal(0, report.MissingCount);
        Assert.Equal(Playbook.AiDeploymentBaseline.RuleIds.Count, report.Clauses.Count);
        Assert.Equal("ai-deployment-baseline", report.Playbook);
    }

    private static AiContract Read(string file) => AiContractSerializer.Default.Deserialize(File.ReadAllText(Path.Combine(SampleFiles.ContractsFolder, file)));
}

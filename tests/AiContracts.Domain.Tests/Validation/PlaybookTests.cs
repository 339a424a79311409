using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Governance;
using AiContracts.Domain.Validation;
using AiContracts.Domain.Validation.Rules;
using AiContracts.TestUtilities;
using CsCheck;
using NodaTime;

namespace AiContracts.Domain.Tests.Validation;

public sealed class PlaybookTests
{
    private static readonly AiContract AnnualReports = RuleFixtures.Compliant.Govern(g => g with { Reporting = new ReportingTerms { Cadence = Cadence.Annually } });

    [Fact]
    public void Severities_OverrideOfACode_ChangesTheSeverityOfItsFindings()
    {
        var playbook = Playbook.AiDeploymentBaseline with { Severities = [new SeverityOverride { Code = "AIC6002", Severity = DiagnosticSeverity.Error }] };

        var baseline = Playbook.AiDeploymentBaseline.CreateValidator().Validate(AnnualReports);
        var tightened = playbook.CreateValidator().Validate(AnnualReports);

        Assert.True(baseline.IsValid);
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(baseline.Diagnostics).Severity);
        Assert.False(tightened.IsValid);
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(tightened.Diagnostics).Severity);
    }

    [Fact]
    public void Parameters_ChangedWithWith_ReachEveryBuiltInRule()
    {
        var lenient = Playbook.AiDeploymentBaseline with { Parameters = PlaybookParameters.Default with { LeastFrequentReporting = Cadence.Annually } };

        Assert.Empty(lenient.CreateValidator().Validate(AnnualReports).Diagnostics);
        Assert.All(lenient.CreateRules().OfType<ReportingRule>(), r => Assert.Same(lenient.Parameters, r.Parameters));
    }

    [Fact]
    public void Strict_Warning_BecomesAnError()
    {
        var report = Playbook.Strict.CreateValidator().Validate(AnnualReports);

        var finding = Assert.Single(report.Diagnostics);
        Assert.Equal(("AIC6002", DiagnosticSeverity.Error), (finding.Code, finding.Severity));
        Assert.False(report.IsValid);
    }

    [Fact]
    public void CustomRules_RunAfterTheBuiltInRules_AndAppearInTheCompletenessReport()
    {
        var custom = new TitleRule();
        var playbook = new Playbook { Name = "house", Version = "2026.11", RuleIds = ["audit-rights"], CustomRules = [custom] };
        var contract = RuleFixtures.Compliant.Govern(g => g with { AuditRights = null }) with { Title = "TBD" };

        var report = playbook.CreateValidator().Validate(contract);
        var completeness = playbook.CheckCompleteness(contract);

        Assert.Equal(["AIC6003", "X001"], report.Diagnostics.Select(d => d.Code));
        Assert.Equal([("audit-rights", ClauseStatus.Missing, "governance"), ("title", ClauseStatus.Deficient, "custom")], completeness.Clauses.Select(c => (c.RuleId, c.Status, c.Area)));
        Assert.Equal((0, 1, 1), (completeness.PresentCount, completeness.MissingCount, completeness.DeficientCount));
    }

    [Fact]
    public void CreateValidator_UnknownRuleId_ThrowsNamingTheKnownIds()
    {
        var playbook = new Playbook { Name = "typo", Version = "1", RuleIds = ["retension"] };

        var e = Assert.Throws<InvalidOperationException>(() => playbook.CreateValidator());

        Assert.Contains("Playbook 'typo' names 'retension', which is not a built-in rule", e.Message, StringComparison.Ordinal);
        Assert.Contains("retention", e.Message.Replace("'retension'", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void BuiltIn_Playbooks_HaveDistinctNamesAndRunEveryBuiltInRule()
    {
        Assert.Equal(["ai-deployment-baseline", "gdpr-article-28", "strict", "none"], Playbook.BuiltIn.Select(p => p.Name));
        Assert.Empty(Playbook.None.CreateRules());
        Assert.Equal(BuiltInRules.Ids, Playbook.Strict.CreateRules().Select(r => r.Id));
        Assert.Equal(BuiltInRules.Ids, Playbook.AiDeploymentBaseline.RuleIds.Concat(Playbook.GdprArticle28.RuleIds.Skip(1)));
        Assert.DoesNotContain(Playbook.AiDeploymentBaseline.RuleIds, id => id.StartsWith("gdpr-", StringComparison.Ordinal));
        Assert.All(BuiltInRules.Ids, id => Assert.True(BuiltInRules.Contains(id)));
        Assert.False(BuiltInRules.Contains("nope"));
    }

    [Fact]
    public void BuiltInRules_NullContract_Throw()
    {
        Assert.All(Playbook.AiDeploymentBaseline.CreateRules(), rule => Assert.Throws<ArgumentNullException>(() => rule.Evaluate(null!).ToList()));
    }

    [Fact]
    public void Validator_MinimalDraft_ReportsEveryMissingClauseWithoutThrowing()
    {
        var draft = new AiContract { Id = Primitives.ContractId.From("D-1"), Title = "Draft", Status = ContractStatus.Draft };

        var completeness = Playbook.AiDeploymentBaseline.CheckCompleteness(draft);

        Assert.Contains(completeness.Clauses, c => c is { RuleId: "kpi-measurability", Status.Name: "Missing" });
        Assert.Contains(completeness.Clauses, c => c is { RuleId: "pricing-caps", Status.Name: "Missing" });
        Assert.All(completeness.Clauses.SelectMany(c => c.Findings), d => Assert.Equal(string.Empty, d.Pointer));
    }

    [Fact]
    public void Strict_GeneratedContracts_NeverThrowsAndPointsIntoTheDocument()
    {
        var validator = Playbook.Strict.CreateValidator();

        ContractGenerators.Contract.Sample(
            contract => validator.Validate(contract).Diagnostics.All(d => d.Pointer.Length == 0 || d.Pointer.StartsWith('/')),
            iter: 300);
    }

    [Fact]
    public void A_validator_reports_the_integrity_findings_then_each_rule_s_findings_in_pointer_order_without_repeating_one()
    {
        // The plain statement of the order: the integrity findings, the format-version warnings, then every rule run, its
        // findings sorted (stably) by pointer, findings that repeat an integrity finding (same code and pointer) left out.
        // The validator skips the rules that can only repeat.
        var strict = Playbook.Strict.CreateValidator();
        var integrity = ContractIntegrity.Check(RuleFixtures.Compliant).Diagnostics;
        Assert.Empty(integrity);

        ContractGenerators.Contract.Sample(
            contract =>
            {
                var first = ContractIntegrity.Check(contract).Diagnostics.ToList();
                var seen = first.Select(d => (d.Code, d.Pointer)).ToHashSet();
                var expected = first.Concat(FormatVersions.Evaluate(contract)).Concat(strict.Rules.SelectMany(rule => rule.Evaluate(contract)
                    .OrderBy(d => d.Pointer, ContractValidator.PointerOrder.Instance)
                    .Where(d => !seen.Contains((d.Code, d.Pointer)))));
                Assert.Equal(expected, strict.Evaluate(contract));
            },
            iter: 200);
    }

    [Fact]
    public void Validator_SharedAcrossThreads_GivesTheSameReport()
    {
        var validator = Playbook.AiDeploymentBaseline.CreateValidator();
        var contract = RuleFixtures.Compliant.Category(d => d with { Retention = null }).Govern(g => g with { AuditRights = null });
        var expected = validator.Validate(contract);

        var reports = new ValidationReport[64];
        Parallel.For(0, reports.Length, i => reports[i] = validator.Validate(contract));

        Assert.All(reports, r => Assert.Equal(expected, r));
    }

    [Theory]
    [InlineData("P1M", "P31D", -1)]
    [InlineData("P3D", "PT72H", 0)]
    [InlineData("P1Y", "P12M", 0)]
    [InlineData("PT25H", "P1D", 1)]
    public void RetentionRule_PeriodsAgainstTheLimit_AreComparedByTheirLength(string value, string limit, int expected)
    {
        var parse = NodaTime.Text.PeriodPattern.NormalizingIso;
        var rule = new RetentionRule(PlaybookParameters.Default with { LongestRetention = parse.Parse(limit).Value });
        var contract = RuleFixtures.Compliant.Category(d => d with { Retention = d.Retention! with { Period = parse.Parse(value).Value } });

        var findings = rule.Evaluate(contract).ToList();

        Assert.Equal(expected > 0, findings.Count == 1);
    }

    [Fact]
    public void RetentionRule_PeriodTooLargeToAdd_CountsAsLongerThanTheLimit()
    {
        var contract = RuleFixtures.Compliant.Category(d => d with { Retention = d.Retention! with { Period = Period.FromYears(int.MaxValue) } });

        var finding = Assert.Single(new RetentionRule().Evaluate(contract));

        Assert.Equal("AIC2002", finding.Code);
    }

    [Fact]
    public void UpfrontFeeRule_FeeBelowTheThreshold_IsAccepted()
    {
        var contract = RuleFixtures.Compliant.Price(p => p with { UpfrontFees = [p.UpfrontFees[0] with { Refundable = false }] });
        var threshold = new UpfrontFeesRule(PlaybookParameters.Default with { UpfrontFeeThreshold = new Primitives.Money(50_000m, Primitives.Currency.Eur) });
        var otherCurrency = new UpfrontFeesRule(PlaybookParameters.Default with { UpfrontFeeThreshold = new Primitives.Money(50_000m, Primitives.Currency.Usd) });

        Assert.Empty(threshold.Evaluate(contract));
        Assert.Contains("threshold of 50000 USD", Assert.Single(otherCurrency.Evaluate(contract)).Message, StringComparison.Ordinal);
    }

    /// <summary>A house rule: the title is not a placeholder.</summary>
    private sealed class TitleRule : IContractRule
    {
        private static readonly DiagnosticDescriptor Placeholder = new()
        {
            Code = "X001", Title = "Placeholder title", DefaultSeverity = DiagnosticSeverity.Error, Area = "house", MessageFormat = "The title '{value}' is a placeholder.",
        };

        public string Id => "title";

        public IEnumerable<Diagnostic> Evaluate(AiContract contract)
        {
            if (contract.Title == "TBD")
            {
                yield return Placeholder.Create("/title", Id, ("value", contract.Title));
            }
        }
    }
}

using AiContracts.Domain.DataProcessing;
using AiContracts.Domain.Validation;

namespace AiContracts.Domain.Tests.Validation;

/// <summary>
/// The <c>gdpr-article-28</c> playbook: removing one clause of Art. 28(3) (an item of the description of processing or
/// one of points (a) to (h)) from a compliant contract gives exactly the finding for that clause.
/// </summary>
public sealed class GdprArticle28Tests
{
    private static readonly ContractValidator Gdpr = Playbook.GdprArticle28.CreateValidator();

    /// <summary>Each clause of Art. 28(3), how to remove it, and the one finding (code, pointer) its removal causes.</summary>
    internal static readonly Dictionary<string, (Func<AiContract, AiContract> Remove, string Code, string Pointer)> Removals = new()
    {
        ["subject matter"] = (c => c.Data(d => d with { SubjectMatter = null }), "AIC2101", "/dataProcessing"),
        ["duration"] = (c => c with { Term = c.Term! with { InitialTerm = null } }, "AIC2102", "/term"),
        ["nature"] = (c => c.Data(d => d with { NatureOfProcessing = " " }), "AIC2103", "/dataProcessing"),
        ["purpose"] = (c => c.Category(d => d with { PermittedPurposes = [] }), "AIC2104", "/dataProcessing/categories/0"),
        ["types of personal data"] = (c => c.Category(d => d with { PersonalDataTypes = [] }), "AIC2105", "/dataProcessing/categories/0"),
        ["categories of data subjects"] = (c => c.Category(d => d with { DataSubjects = [] }), "AIC2106", "/dataProcessing/categories/0"),
        ["(a) documented instructions"] = (c => c.Obligations(o => o with { ActsOnDocumentedInstructions = null }), "AIC2107", "/dataProcessing/processorObligations"),
        ["(b) confidentiality"] = (c => c.Data(d => d with { SecurityMeasures = [SecurityMeasure.EncryptionAtRest] }), "AIC2108", "/dataProcessing/securityMeasures"),
        ["(c) security measures"] = (c => c.Data(d => d with { SecurityMeasures = [SecurityMeasure.StaffConfidentiality] }), "AIC2109", "/dataProcessing/securityMeasures"),
        ["(d) sub-processor conditions"] = (c => c.Obligations(o => o with { SubProcessorChangeNotice = null, SubProcessorsBoundBySameObligations = null }), "AIC2110", "/dataProcessing/processorObligations"),
        ["(e) data-subject rights"] = (c => c.Obligations(o => o with { AssistsWithDataSubjectRights = false }), "AIC2111", "/dataProcessing/processorObligations/assistsWithDataSubjectRights"),
        ["(f) Arts. 32 to 36"] = (c => c.Obligations(o => o with { AssistsWithSecurityAndAssessments = null }), "AIC2112", "/dataProcessing/processorObligations"),
        ["(g) deletion or return"] = (c => c.Leave(e => e with { PostExitDeletion = null }), "AIC2113", "/exit"),
        ["(h) information and audits"] = (c => c.Govern(g => g with { AuditRights = null }), "AIC2114", "/governance"),
    };

    public static TheoryData<string> Clauses() => [.. Removals.Keys];

    [Fact]
    public void GdprArticle28_CompliantContract_HasNoFinding()
    {
        var report = Gdpr.Validate(RuleFixtures.Compliant);

        Assert.Empty(report.Diagnostics);
        Assert.True(Playbook.GdprArticle28.CheckCompleteness(RuleFixtures.Compliant).IsComplete);
    }

    [Theory]
    [MemberData(nameof(Clauses))]
    public void GdprArticle28_OneClauseRemoved_ReportsExactlyThatClause(string clause)
    {
        var (remove, code, pointer) = Removals[clause];

        var report = Gdpr.Validate(remove(RuleFixtures.Compliant));

        var finding = Assert.Single(report.Diagnostics);
        Assert.Equal((code, pointer), (finding.Code, finding.Pointer));
        Assert.Contains("GDPR Art. 28", finding.Message, StringComparison.Ordinal);
        Assert.False(report.IsValid);
    }

    [Theory]
    [MemberData(nameof(Clauses))]
    public void CompletenessReport_OneClauseRemoved_HasThatClauseMissingAndEveryOtherPresent(string clause)
    {
        var report = Playbook.GdprArticle28.CheckCompleteness(Removals[clause].Remove(RuleFixtures.Compliant));

        var missing = Assert.Single(report.Clauses, c => c.Status != ClauseStatus.Present);
        Assert.Equal(ClauseStatus.Missing, missing.Status);
        Assert.Equal(Removals[clause].Code, Assert.Single(missing.Findings).Code);
        Assert.Equal(15, report.Clauses.Count);
    }

    [Fact]
    public void GdprArticle28_NoPersonalData_HasNoFinding()
    {
        var contract = RuleFixtures.Compliant.Category(d => d with { ContainsPersonalData = false }) with { Term = null, Governance = null, Exit = null };

        Assert.Empty(Gdpr.Validate(contract).Diagnostics);
    }

    [Fact]
    public void GdprArticle28_NoProcessorObligations_ReportsPointsAdEAndFAtTheDataProcessingTerms()
    {
        var report = Gdpr.Validate(RuleFixtures.Compliant.Data(d => d with { ProcessorObligations = null }));

        Assert.Equal(
            [("AIC2107", "/dataProcessing"), ("AIC2110", "/dataProcessing"), ("AIC2111", "/dataProcessing"), ("AIC2112", "/dataProcessing")],
            report.Diagnostics.Select(d => (d.Code, d.Pointer)));
    }
}

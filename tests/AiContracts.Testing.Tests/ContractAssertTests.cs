using AiContracts.Domain;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Validation;
using AiContracts.Json;
using AiContracts.TestUtilities;

namespace AiContracts.Testing.Tests;

/// <summary>The assertions, used from xUnit: they pass quietly and fail with a message that lists every problem.</summary>
public sealed class ContractAssertTests
{
    private static AiContract Risky => Read("04-risky-vendor-draft.json");

    private static AiContract Vendor => Read("01-vendor-llm-api.json");

    [Fact]
    public void IsComplete_CompleteContract_ReturnsTheReport()
    {
        var report = ContractAssert.IsComplete(Vendor, Playbook.GdprArticle28);

        Assert.True(report.IsComplete);
        Assert.Equal("gdpr-article-28", report.Playbook);
    }

    [Theory]
    [InlineData("01-vendor-llm-api.json")]
    [InlineData("02-internal-model-service.json")]
    [InlineData("03-fine-tuned-model-supplier.json")]
    public void IsComplete_SampleThatPassesTheBaseline_IsCompleteAlthoughItHasWarnings(string file)
    {
        var report = ContractAssert.IsComplete(Read(file), Playbook.AiDeploymentBaseline);

        Assert.True(report.IsComplete);
        Assert.Contains(report.Clauses, c => c.Status == ClauseStatus.Present && c.Findings.Any(d => d.Severity == DiagnosticSeverity.Warning));
    }

    [Fact]
    public void IsComplete_WarningsMakeClausesDeficientWhenAsked_ThrowsListingTheWarnings()
    {
        var options = new CompletenessOptions { WarningsMakeClausesDeficient = true };

        var e = Assert.Throws<ContractAssertionException>(() => ContractAssert.IsComplete(Vendor, Playbook.AiDeploymentBaseline, options));

        var lines = e.Message.Split(Environment.NewLine);
        Assert.Equal("Contract 'RMV-AI-2026-014' is not complete against playbook ai-deployment-baseline 1.0: 0 missing, 1 deficient of 35 clauses.", lines[0]);
        Assert.Equal("  deficient: Each deployed model is monitored for drift (drift-monitoring)", lines[1]);
        Assert.StartsWith("    AIC1014 at /aiSystems/1: AI system 'sys-converse-adapter' has no drift monitor", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void IsComplete_NullOptions_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => ContractAssert.IsComplete(Vendor, Playbook.AiDeploymentBaseline, null!));
    }

    [Fact]
    public void IsComplete_Failure_StackTraceStartsAtTheCaller()
    {
        var e = Assert.Throws<ContractAssertionException>(() => ContractAssert.IsComplete(Risky, Playbook.GdprArticle28));

        AssertStackTraceStartsHere(e, nameof(IsComplete_Failure_StackTraceStartsAtTheCaller));
    }

    [Fact]
    public void HasNoErrors_Failure_StackTraceStartsAtTheCaller()
    {
        var result = ContractDocumentValidator.Default.Validate("""{"schemaVersion": "1.0"}""");

        var e = Assert.Throws<ContractAssertionException>(() => ContractAssert.HasNoErrors(result));

        AssertStackTraceStartsHere(e, nameof(HasNoErrors_Failure_StackTraceStartsAtTheCaller));
    }

    [Fact]
    public void HasDiagnostic_Failure_StackTraceStartsAtTheCaller()
    {
        var e = Assert.Throws<ContractAssertionException>(() => ContractAssert.HasDiagnostic(ValidationReport.Empty, "AIC6003", string.Empty));

        AssertStackTraceStartsHere(e, nameof(HasDiagnostic_Failure_StackTraceStartsAtTheCaller));
    }

    [Fact]
    public void ContractAssertionException_IsAnAssertionFailureForXunit()
    {
        // xUnit.net v3 marks a failure as an assertion (not an error) when the exception implements an interface named
        // IAssertionException, in any namespace; the package keeps it internal so that it depends on no test framework.
        Assert.Contains(typeof(ContractAssertionException).GetInterfaces(), i => i.Name == "IAssertionException" && !i.IsPublic);
    }

    [Fact]
    public void IsComplete_IncompleteContract_ThrowsListingEachMissingAndDeficientClauseWithPointer()
    {
        var e = Assert.Throws<ContractAssertionException>(() => ContractAssert.IsComplete(Risky, Playbook.GdprArticle28));

        var lines = e.Message.Split(Environment.NewLine);
        Assert.Equal("Contract 'HVM-HELIX-2026-DRAFT-07' is not complete against playbook gdpr-article-28 1.0: 10 missing, 0 deficient of 15 clauses.", lines[0]);
        Assert.Contains("  missing: The subject matter of the processing is described (gdpr-subject-matter)", lines);
        Assert.Contains(lines, l => l.StartsWith("    AIC2101 at /dataProcessing: The contract processes personal data but does not describe the subject matter", StringComparison.Ordinal));
        Assert.Contains("  missing: (h) Information and audits (gdpr-audits)", lines);
        Assert.Contains(lines, l => l.StartsWith("    AIC2105 at /dataProcessing/categories/3: ", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("(references)", StringComparison.Ordinal));
    }

    [Fact]
    public void IsComplete_DeficientClause_IsListedAsDeficient()
    {
        var contract = Vendor with { DataProcessing = Vendor.DataProcessing! with { SecurityMeasures = [Domain.DataProcessing.SecurityMeasure.EncryptionAtRest] } };

        var e = Assert.Throws<ContractAssertionException>(() => ContractAssert.IsComplete(contract, Playbook.GdprArticle28));

        Assert.Contains("1 missing, 0 deficient", e.Message, StringComparison.Ordinal);
        Assert.Contains("AIC2108 at /dataProcessing/securityMeasures: Persons authorised", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HasNoErrors_ReportWithWarningsOnly_Passes()
    {
        var report = Playbook.AiDeploymentBaseline.CreateValidator().Validate(Vendor);

        Assert.Same(report, ContractAssert.HasNoErrors(report));
        Assert.True(report.WarningCount > 0);
    }

    [Fact]
    public void HasNoErrors_DocumentWithErrors_ThrowsWithLineAndColumnOfEach()
    {
        var validator = new ContractDocumentValidator(rules: Playbook.AiDeploymentBaseline.CreateValidator());
        var result = validator.Validate(File.ReadAllText(Path.Combine(SampleFiles.ContractsFolder, "04-risky-vendor-draft.json")));

        var e = Assert.Throws<ContractAssertionException>(() => ContractAssert.HasNoErrors(result));

        var lines = e.Message.Split(Environment.NewLine);
        Assert.Equal($"Expected no errors but found {result.Report.ErrorCount}:", lines[0]);
        Assert.Equal(result.Report.ErrorCount + 1, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("  AIC4005 at /pricing/upfrontFees/0 (line ", StringComparison.Ordinal) && l.Contains("neither refundable nor tied to a guarantee", StringComparison.Ordinal));
    }

    [Fact]
    public void HasNoErrors_ValidDocument_ReturnsTheContract()
    {
        var contract = ContractAssert.HasNoErrors(ContractDocumentValidator.Default.Validate(File.ReadAllText(Path.Combine(SampleFiles.ContractsFolder, "01-vendor-llm-api.json"))));

        Assert.Equal("RMV-AI-2026-014", contract.Id.Value);
    }

    [Fact]
    public void HasDiagnostic_PresentFinding_ReturnsIt()
    {
        var report = Playbook.AiDeploymentBaseline.CreateValidator().Validate(Risky);

        var finding = ContractAssert.HasDiagnostic(report, "AIC2001", "/dataProcessing/categories/0/retention");

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
    }

    [Fact]
    public void HasDiagnostic_CodeAtAnotherPointer_ThrowsListingTheFindingsOfThatCode()
    {
        var report = Playbook.AiDeploymentBaseline.CreateValidator().Validate(Risky);

        var e = Assert.Throws<ContractAssertionException>(() => ContractAssert.HasDiagnostic(report, "AIC4005", "/pricing/upfrontFees/1"));

        Assert.Equal(
            "Expected AIC4005 at /pricing/upfrontFees/1 but the report has none; of that code or at that pointer it has:" + Environment.NewLine
            + "  AIC4005 at /pricing/upfrontFees/0: The upfront fee of 250000.00 USD is neither refundable nor tied to a guarantee; make it refundable or tie it to acceptance tests, the sandbox proof or a milestone.",
            e.Message);
    }

    [Fact]
    public void HasDiagnostic_EmptyReport_SaysSo()
    {
        var e = Assert.Throws<ContractAssertionException>(() => ContractAssert.HasDiagnostic(ValidationReport.Empty, "AIC6003", string.Empty));

        Assert.Equal("Expected AIC6003 at / but the report has none (0 finding(s), none of that code or at that pointer).", e.Message);
    }

    [Fact]
    public void Assertions_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => ContractAssert.IsComplete(null!, Playbook.Strict));
        Assert.Throws<ArgumentNullException>(() => ContractAssert.HasNoErrors((ValidationReport)null!));
        Assert.Throws<ArgumentNullException>(() => ContractAssert.HasDiagnostic(ValidationReport.Empty, null!, "/"));
    }

    [Fact]
    public void ContractAssertionException_StandardConstructors_KeepMessageAndCause()
    {
        var cause = new InvalidOperationException("cause");

        Assert.Equal("A contract assertion failed.", new ContractAssertionException().Message);
        Assert.Same(cause, new ContractAssertionException("m", cause).InnerException);
    }

    private static AiContract Read(string file) => AiContractSerializer.Default.Deserialize(File.ReadAllText(Path.Combine(SampleFiles.ContractsFolder, file)));

    private static void AssertStackTraceStartsHere(Exception e, string testMethod)
    {
        // The first frame is the lambda in the test method that called the assertion, not ContractAssert.
        var first = e.StackTrace!.Split(Environment.NewLine)[0];
        Assert.Contains(testMethod, first, StringComparison.Ordinal);
        Assert.DoesNotContain("at AiContracts.Testing.ContractAssert.", e.StackTrace, StringComparison.Ordinal);
    }
}

/// <summary>The package depends on no test framework, so that xUnit, NUnit and MSTest users can all use it.</summary>
public sealed class DependencyTests
{
    [Fact]
    public void TestingAssembly_ReferencesDomainAndJsonButNoTestFramework()
    {
        var references = typeof(ContractAssert).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.Contains("AiContracts.Domain", references);
        Assert.Contains("AiContracts.Json", references);
        Assert.DoesNotContain(references, name => name.StartsWith("xunit", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("nunit", StringComparison.OrdinalIgnoreCase) || name.Contains("VisualStudio.TestPlatform", StringComparison.Ordinal) || name.Contains("MSTest", StringComparison.Ordinal));
    }
}

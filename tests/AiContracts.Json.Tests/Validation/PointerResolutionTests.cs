using System.Text;
using System.Text.Json;
using AiContracts.Domain.Computations.Invoicing;
using AiContracts.Domain.Computations.ServiceCredits;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Validation;
using AiContracts.Json.Internal;
using AiContracts.TestUtilities;
using CsCheck;

namespace AiContracts.Json.Tests.Validation;

/// <summary>
/// Every finding points at an element that is in the document: a pointer that does not resolve would silently get the
/// position of an ancestor, so it is a failure here.
/// </summary>
public sealed class PointerResolutionTests
{
    private static readonly ContractDocumentValidator Strict = new(rules: Playbook.Strict.CreateValidator());

    public static TheoryData<string> Samples => [.. SampleFiles.Contracts.Select(path => Path.GetFileName(path))];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_finding_of_the_strict_playbook_on_a_sample_resolves_exactly_in_it(string sample)
    {
        var utf8 = File.ReadAllBytes(Path.Combine(SampleFiles.ContractsFolder, sample));

        var findings = Strict.Validate(utf8).Report.Diagnostics;

        AssertResolveExactly(utf8, findings);
    }

    [Fact]
    public void Every_finding_of_the_strict_playbook_on_a_generated_contract_resolves_exactly_in_its_json() =>
        ContractGenerators.Contract.Sample(
            contract =>
            {
                var utf8 = Encoding.UTF8.GetBytes(AiContractSerializer.Default.Serialize(contract));

                AssertResolveExactly(utf8, Strict.Validate(utf8).Report.Diagnostics);
            },
            iter: 300,
            threads: 1);

    /// <summary>Every sample contract with every sample usage statement and set of measurements: a contract with another's usage gives unknown meters, periods outside its term and the like.</summary>
    public static TheoryData<string, string> ComputationInputs => [.. SampleFiles.Contracts
        .SelectMany(contract => Directory.EnumerateFiles(ComputationsFolder, "*.json").Order(StringComparer.Ordinal)
            .Select(input => (Path.GetFileName(contract), Path.GetFileName(input))))];

    [Theory]
    [MemberData(nameof(ComputationInputs))]
    public void Every_finding_of_the_calculators_on_a_sample_resolves_exactly_in_the_document_it_is_about(string sample, string input)
    {
        var contract = AiContractSerializer.Default.Deserialize(File.ReadAllText(Path.Combine(SampleFiles.ContractsFolder, sample)));
        var contractJson = Encoding.UTF8.GetBytes(AiContractSerializer.Default.Serialize(contract));
        var text = File.ReadAllText(Path.Combine(ComputationsFolder, input));
        if (input.EndsWith("-usage.json", StringComparison.Ordinal))
        {
            var usage = ComputationJson.Deserialize<UsageStatement>(text);
            var findings = InvoiceCalculator.Calculate(contract, usage).Diagnostics;

            AssertResolveExactly(contractJson, findings, DocumentKind.Contract);
            AssertResolveExactly(Encoding.UTF8.GetBytes(ComputationJson.Serialize(usage)), findings, DocumentKind.Usage);
        }
        else
        {
            var measurements = ComputationJson.Deserialize<SlaMeasurements>(text);
            var usageFile = Path.Combine(ComputationsFolder, input.Replace("-measurements.json", "-usage.json", StringComparison.Ordinal));
            var usage = File.Exists(usageFile) ? ComputationJson.Deserialize<UsageStatement>(File.ReadAllText(usageFile)) : null;
            var findings = SlaEvaluator.Evaluate(contract, measurements).Diagnostics.Concat(SlaEvaluator.Evaluate(contract, measurements, usage).Diagnostics).ToList();

            AssertResolveExactly(contractJson, findings, DocumentKind.Contract);
            AssertResolveExactly(Encoding.UTF8.GetBytes(ComputationJson.Serialize(measurements)), findings, DocumentKind.Measurements);
            if (usage is not null)
            {
                AssertResolveExactly(Encoding.UTF8.GetBytes(ComputationJson.Serialize(usage)), findings, DocumentKind.Usage);
            }
        }
    }

    [Fact]
    public void A_finding_about_a_member_the_contract_does_not_state_points_at_what_holds_it()
    {
        // Without a time zone, raw availability data cannot be placed in time: the finding is about the absent timeZone.
        var contract = AiContractSerializer.Default.Deserialize(File.ReadAllText(Path.Combine(SampleFiles.ContractsFolder, "01-vendor-llm-api.json"))) with { TimeZone = null };
        var measurements = ComputationJson.Deserialize<SlaMeasurements>(File.ReadAllText(Path.Combine(ComputationsFolder, "01-vendor-2026-05-measurements.json")));

        var findings = SlaEvaluator.Evaluate(contract, measurements).Diagnostics;

        Assert.Contains(findings, f => f.Code == DiagnosticCatalogue.MissingTerms.Code && f.Document == DocumentKind.Contract);
        AssertResolveExactly(Encoding.UTF8.GetBytes(AiContractSerializer.Default.Serialize(contract)), findings);
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("/a", true)]
    [InlineData("/a/b/1", true)]
    [InlineData("/a/b/1/c~1d", true)]
    [InlineData("/a/b/1/c~0d", false)]
    [InlineData("/a/b/2", false)]
    [InlineData("/a/b/01", false)]
    [InlineData("/a/b/-", false)]
    [InlineData("/a/x", false)]
    [InlineData("/a/x/y", false)]
    [InlineData("/a/b/0/z", false)]
    public void The_locator_tells_a_pointer_that_resolves_from_one_that_falls_back_to_an_ancestor(string pointer, bool exact)
    {
        var utf8 = """{"a":{"b":[0,{"c/d":true}]}}"""u8.ToArray();

        foreach (var source in Sources(utf8))
        {
            using (source)
            {
                Assert.Equal(exact, source.ResolvesExactly(pointer));
            }
        }
    }

    private static string ComputationsFolder => Path.Combine(SampleFiles.RepositoryRoot, "samples", "computations");

    private static void AssertResolveExactly(byte[] utf8, IEnumerable<Diagnostic> findings, DocumentKind? document = null)
    {
        document ??= DocumentKind.Contract;
        var about = findings.Where(f => f.Document == document && f.Code != DiagnosticCatalogue.TooManyFindings.Code).ToList();

        // The reader pass knows the contract's schema only; other documents are located in their parsed form.
        var sources = document == DocumentKind.Contract ? Sources(utf8) : [new SourceDocument(utf8, JsonDocument.Parse(utf8))];
        foreach (var source in sources)
        {
            using (source)
            {
                var wrong = about.Where(f => !source.ResolvesExactly(f.Pointer)).Select(f => $"{f.Code} {f.Rule} at {f.Pointer}").Distinct().ToList();
                Assert.True(wrong.Count == 0, $"findings whose pointer does not resolve in the {document.Name.ToLowerInvariant()} document:\n" + string.Join("\n", wrong));
            }
        }
    }

    /// <summary>The document both ways the locator reads it: parsed, and by one reader pass over the bytes.</summary>
    private static IEnumerable<SourceDocument> Sources(byte[] utf8)
    {
        yield return new SourceDocument(utf8, JsonDocument.Parse(utf8));
        yield return new SourceDocument(utf8, 64, CompiledSchema.Contract, [], namesAreUnique: true);
    }
}

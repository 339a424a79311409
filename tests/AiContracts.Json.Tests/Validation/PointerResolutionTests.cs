using System.Text;
using System.Text.Json;
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

    private static void AssertResolveExactly(byte[] utf8, IEnumerable<Diagnostic> findings)
    {
        var inContract = findings.Where(f => f.Document == DocumentKind.Contract && f.Code != DiagnosticCatalogue.TooManyFindings.Code).ToList();
        foreach (var source in Sources(utf8))
        {
            using (source)
            {
                var wrong = inContract.Where(f => !source.ResolvesExactly(f.Pointer)).Select(f => $"{f.Code} {f.Rule} at {f.Pointer}").Distinct().ToList();
                Assert.True(wrong.Count == 0, "findings whose pointer does not resolve in the document:\n" + string.Join("\n", wrong));
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

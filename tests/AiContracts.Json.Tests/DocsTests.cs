using AiContracts.Domain;
using AiContracts.TestUtilities;

namespace AiContracts.Json.Tests;

/// <summary>The docs stay in step with the code.</summary>
public sealed class DocsTests
{
    [Fact]
    public void ModelDoc_ListsEveryPublicTypeOfTheDomain()
    {
        var doc = File.ReadAllText(Path.Combine(SampleFiles.RepositoryRoot, "docs", "model.md"));

        var missing = typeof(AiContract).Assembly.GetExportedTypes()
            .Where(t => !t.IsNested && !t.IsGenericType && !doc.Contains($"`{t.Name}`", StringComparison.Ordinal))
            .Select(t => t.Name)
            .ToList();

        Assert.True(missing.Count == 0, "docs/model.md is missing (run the tests once with AICONTRACTS_UPDATE_DOCS=1): " + string.Join(", ", missing));
    }

    [Fact]
    public void SamplesReadme_DescribesEverySampleWithItsSize()
    {
        var readme = File.ReadAllText(Path.Combine(SampleFiles.ContractsFolder, "README.md"));

        foreach (var file in SampleFiles.Contracts)
        {
            var name = Path.GetFileName(file);
            Assert.Contains($"## {name}", readme, StringComparison.Ordinal);
            var kb = Math.Round(new FileInfo(file).Length / 1000.0, 1).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
            Assert.Contains($"| `{name}` | {kb} KB |", readme, StringComparison.Ordinal);
            Assert.InRange(new FileInfo(file).Length, 5_000, 40_000);
        }
    }

    [Fact]
    public void RuleCatalogue_DocumentsExactlyTheCodesOfTheCatalogue()
    {
        var doc = File.ReadAllText(Path.Combine(SampleFiles.RepositoryRoot, "docs", "rules.md"));
        var documented = System.Text.RegularExpressions.Regex.Matches(doc, "^### (AIC[0-9]{4}) (.+)$", System.Text.RegularExpressions.RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Trim(), StringComparer.Ordinal);

        var catalogue = Domain.Diagnostics.DiagnosticCatalogue.All.ToDictionary(d => d.Code, d => d.Title, StringComparer.Ordinal);

        Assert.Equal(catalogue.Keys.Order(StringComparer.Ordinal), documented.Keys.Order(StringComparer.Ordinal));
        Assert.All(catalogue, entry => Assert.Equal(entry.Value, documented[entry.Key]));
    }
}

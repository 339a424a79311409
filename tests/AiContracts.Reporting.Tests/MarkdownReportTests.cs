using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AiContracts.Reporting.Tests;

/// <summary>The Markdown term sheet: an approved snapshot per sample, and well-formed to a Markdown parser.</summary>
public sealed class MarkdownReportTests
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public static TheoryData<string> SampleNames() => [.. Samples.Names];

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Sample_MatchesItsApprovedSnapshot(string name)
    {
        Snapshots.Verify(name + ".md", ContractReport.ToMarkdown(Samples.Contract(name)));
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Sample_ParsesWithWellFormedHeadingsTablesAndLinks(string name)
    {
        var markdown = ContractReport.ToMarkdown(Samples.Contract(name));
        var document = Markdown.Parse(markdown, Pipeline);

        var headings = document.Descendants<HeadingBlock>().ToList();
        Assert.Equal(1, headings.Count(h => h.Level == 1));
        Assert.Equal(1, headings[0].Level);
        for (var i = 1; i < headings.Count; i++)
        {
            Assert.True(headings[i].Level <= headings[i - 1].Level + 1, $"heading level jumps from {headings[i - 1].Level} to {headings[i].Level} at line {headings[i].Line + 1}");
        }

        string[] sections = ["1. Parties and term", "2. AI systems", "3. Service levels", "4. Data processing", "5. Integration", "6. Pricing", "7. Exit", "8. Governance"];
        var level2 = headings.Where(h => h.Level == 2).Select(Text).ToList();
        Assert.Equal(sections, level2.Take(sections.Length));
        Assert.StartsWith("9. Findings of the playbook ", level2[8], StringComparison.Ordinal);
        Assert.Equal("10. Completeness checklist", level2[9]);

        var tables = document.Descendants<Table>().ToList();
        Assert.NotEmpty(tables);
        foreach (var table in tables)
        {
            var rows = table.OfType<TableRow>().ToList();
            Assert.True(rows[0].IsHeader, $"table at line {table.Line + 1} has no header row");
            Assert.All(rows, row => Assert.Equal(rows[0].Count, row.Count));
        }

        // Only pipe tables: no table row left unparsed as a paragraph.
        Assert.DoesNotContain(document.Descendants<ParagraphBlock>(), p => Text(p).StartsWith('|'));

        // Every link points to an anchor the document defines.
        var anchors = System.Text.RegularExpressions.Regex.Matches(markdown, "<a id=\"([^\"]+)\"></a>").Select(m => m.Groups[1].Value).ToHashSet();
        var links = document.Descendants<LinkInline>().Select(l => l.Url!).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, url => Assert.True(url.StartsWith('#') && anchors.Contains(url[1..]), $"link {url} has no anchor"));
    }

    private static string Text(LeafBlock block) =>
        block.Inline is null ? string.Empty : string.Concat(block.Inline.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
}

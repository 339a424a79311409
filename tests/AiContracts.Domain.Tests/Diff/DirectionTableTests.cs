using System.Globalization;
using System.Text;
using AiContracts.Domain.Diff;
using AiContracts.TestUtilities;

namespace AiContracts.Domain.Tests.Diff;

/// <summary>The direction table covers the model exactly, and docs/diff.md lists it as it is.</summary>
public sealed class DirectionTableTests
{
    private static string DocsPath => Path.Combine(SampleFiles.RepositoryRoot, "docs", "diff.md");

    private const string TableStart = "<!-- direction table: generated from DirectionTable.Entries by DirectionTableTests; AICONTRACTS_UPDATE_SNAPSHOTS=1 rewrites it -->";

    private const string TableEnd = "<!-- end of direction table -->";

    [Fact]
    public void Every_member_of_every_record_of_the_model_has_exactly_one_row()
    {
        var rows = DirectionTable.Entries.Select(e => $"{e.Type}.{e.Member}").ToList();
        var members = ModelGraph.RecordTypes.SelectMany(t => ModelGraph.PropertiesOf(t).Select(p => $"{t.Name}.{p.Name}")).ToList();

        var missing = members.Except(rows, StringComparer.Ordinal).ToList();
        var unknown = rows.Except(members, StringComparer.Ordinal).ToList();
        var repeated = rows.GroupBy(r => r, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        Assert.True(missing.Count == 0, $"members without a row in DirectionTable (add one; NeedsReview when no direction is clear): {string.Join(", ", missing)}");
        Assert.True(unknown.Count == 0, $"rows naming no member of the model: {string.Join(", ", unknown)}");
        Assert.True(repeated.Count == 0, $"members with more than one row: {string.Join(", ", repeated)}");
    }

    [Fact]
    public void Json_names_are_the_members_written_by_the_serializer()
    {
        foreach (var entry in DirectionTable.Entries)
        {
            Assert.Equal(char.ToLowerInvariant(entry.Member[0]) + entry.Member[1..], entry.JsonName);
        }
    }

    [Fact]
    public void Ranked_rows_name_only_values_of_their_vocabulary_and_other_rows_have_no_ranking()
    {
        foreach (var entry in DirectionTable.Entries)
        {
            var type = ModelGraph.RecordTypes.Single(t => t.Name == entry.Type);
            var property = type.GetProperty(entry.Member)!;
            if (entry.Rule != DirectionRule.Ranked)
            {
                Assert.True(entry.Ranking.IsEmpty, $"{entry.Type}.{entry.Member} has a ranking but is {entry.Rule}");
                continue;
            }

            var vocabulary = property.PropertyType;
            var names = ((System.Collections.IEnumerable)vocabulary.GetProperty("List", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.FlattenHierarchy)!.GetValue(null)!)
                .Cast<object>().Select(v => v.ToString()!).ToHashSet(StringComparer.Ordinal);
            var ranked = entry.Ranking.SelectMany(r => r.Split(' ')).ToList();
            Assert.All(ranked, n => Assert.Contains(n, names));
            Assert.Equal(ranked.Count, ranked.Distinct(StringComparer.Ordinal).Count());
        }
    }

    [Fact]
    public void Docs_list_the_table_as_it_is()
    {
        var docs = File.ReadAllText(DocsPath).ReplaceLineEndings("\n");
        var start = docs.IndexOf(TableStart, StringComparison.Ordinal);
        var end = docs.IndexOf(TableEnd, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"docs/diff.md has no generated table between '{TableStart}' and '{TableEnd}'");

        var expected = docs[..(start + TableStart.Length)] + "\n" + Table() + docs[end..];
        if (Environment.GetEnvironmentVariable("AICONTRACTS_UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(DocsPath, expected);
            return;
        }

        Assert.Equal(expected, docs);
    }

    private static string Table()
    {
        var text = new StringBuilder();
        var counts = DirectionTable.Entries.GroupBy(e => e.Rule.Name).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}");
        text.Append(CultureInfo.InvariantCulture, $"{DirectionTable.Entries.Count} rows ({string.Join(", ", counts)}).\n\n");
        foreach (var type in DirectionTable.Entries.GroupBy(e => e.Type))
        {
            text.Append(CultureInfo.InvariantCulture, $"#### {type.Key}\n\n| member | rule | appearing | why |\n|---|---|---|---|\n");
            foreach (var e in type)
            {
                var rule = e.Rule == DirectionRule.Ranked ? $"Ranked: {string.Join(" < ", e.Ranking.Select(r => r.Replace(" ", " = ", StringComparison.Ordinal)))}" : e.Rule.Name;
                text.Append(CultureInfo.InvariantCulture, $"| `{e.JsonName}` | {rule} | {e.WhenAdded.Name} | {e.Note} |\n");
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}

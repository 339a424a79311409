using System.Globalization;
using System.Text;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Diff.Internal;

/// <summary>The members of one record of the model, each with its direction-table row and how it is compared.</summary>
internal interface IRecordSpec
{
    Type Type { get; }

    IEnumerable<DirectionEntry> Entries { get; }

    /// <summary>Compares two records of <see cref="Type"/> member by member.</summary>
    void Diff(object before, object after, DiffWalk walk, DiffSite site);
}

/// <summary>How one member of a record is compared between two versions.</summary>
internal abstract class MemberSpec<T>(DirectionEntry entry)
    where T : class
{
    public DirectionEntry Entry { get; } = entry;

    /// <summary>The clause group the member opens (members of <see cref="AiContract"/> only).</summary>
    public ClauseGroup? Group { get; init; }

    /// <summary>The member's name for people: <c>credit cap</c>.</summary>
    public string Label { get; init; } = Words(entry.Member);

    public abstract void Diff(T before, T after, DiffWalk walk, DiffSite site);

    public static string Words(string member)
    {
        var text = new StringBuilder(member.Length + 4);
        for (var i = 0; i < member.Length; i++)
        {
            var c = member[i];
            if (i > 0 && char.IsUpper(c) && (char.IsLower(member[i - 1]) || (i + 1 < member.Length && char.IsLower(member[i + 1]))))
            {
                text.Append(' ');
            }

            text.Append(i + 1 < member.Length && char.IsUpper(member[i + 1]) && char.IsUpper(c) ? c : char.ToLowerInvariant(c));
        }

        // Abbreviations read as people write them.
        return text.Replace("ai ", "AI ").Replace("kpi ", "KPI ").ToString();
    }
}

/// <summary>A scalar member: a number, period, date, flag, text or vocabulary value.</summary>
internal sealed class ValueSpec<T>(DirectionEntry entry, Func<T, object?> get, Func<T, T, bool?>? higherFavours)
    : MemberSpec<T>(entry)
    where T : class
{
    public override void Diff(T before, T after, DiffWalk walk, DiffSite site)
    {
        var b = get(before);
        var a = get(after);
        if (Equals(b, a) || Entry.Rule == DirectionRule.Identity)
        {
            return;
        }

        var json = Entry.JsonName;
        if (b is null)
        {
            var shown = DiffValues.Display(a);
            walk.Add(ChangeKind.Added, site.After / json, Entry, null, shown, Entry.WhenAdded, $"{Label} now {shown}", site.Subject);
        }
        else if (a is null)
        {
            var shown = DiffValues.Display(b);
            walk.Add(ChangeKind.Removed, site.Before / json, Entry, shown, null, Entry.WhenAdded.Mirror, $"{Label} no longer stated (was {shown})", site.Subject);
        }
        else
        {
            var (assessment, verb) = Assess(before, after, b, a);
            var (bs, @as) = (DiffValues.Display(b), DiffValues.Display(a));
            walk.Add(ChangeKind.Changed, site.After / json, Entry, bs, @as, assessment, $"{Label} {verb} from {bs} to {@as}", site.Subject);
        }
    }

    private (ChangeAssessment Assessment, string Verb) Assess(T beforeOwner, T afterOwner, object b, object a)
    {
        var rule = Entry.Rule;
        if (rule == DirectionRule.Neutral)
        {
            return (ChangeAssessment.Neutral, "changed");
        }

        if (rule == DirectionRule.Ranked)
        {
            var (rb, ra) = (Rank(b), Rank(a));
            return rb is null || ra is null || rb == ra
                ? (ChangeAssessment.NeedsReview, "changed")
                : (ra > rb ? ChangeAssessment.Favourable : ChangeAssessment.Unfavourable, "changed");
        }

        var sign = DiffValues.Compare(b, a);
        var verb = sign is { } s ? DiffValues.Verb(a, s) : "changed";
        bool? higher = rule == DirectionRule.HigherIsBetter || rule == DirectionRule.TrueIsBetter ? true
            : rule == DirectionRule.LowerIsBetter || rule == DirectionRule.FalseIsBetter ? false
            : rule == DirectionRule.ByKpiDirection || rule == DirectionRule.ByHolder ? higherFavours?.Invoke(beforeOwner, afterOwner)
            : null;
        if (higher is null || sign is null or 0)
        {
            // No direction, or the same amount written differently (P1M and P31D from January): a person decides.
            return (ChangeAssessment.NeedsReview, verb);
        }

        return ((sign > 0) == higher ? ChangeAssessment.Favourable : ChangeAssessment.Unfavourable, verb);
    }

    private int? Rank(object value)
    {
        var name = DiffValues.Name(value);
        for (var i = 0; i < Entry.Ranking.Count; i++)
        {
            foreach (var part in Entry.Ranking[i].Split(' '))
            {
                if (part == name)
                {
                    return i;
                }
            }
        }

        return null;
    }
}

/// <summary>A nested clause, compared member by member.</summary>
internal sealed class ClauseSpec<T, TC>(DirectionEntry entry, Func<T, TC?> get, RecordSpec<TC> spec)
    : MemberSpec<T>(entry)
    where T : class
    where TC : class
{
    public override void Diff(T before, T after, DiffWalk walk, DiffSite site)
    {
        var b = get(before);
        var a = get(after);
        if (ReferenceEquals(b, a) || (b is not null && b.Equals(a)))
        {
            return;
        }

        if (b is null)
        {
            walk.Add(ChangeKind.Added, site.After / Entry.JsonName, Entry, null, "stated", Entry.WhenAdded, $"{Label} added", site.Subject);
        }
        else if (a is null)
        {
            walk.Add(ChangeKind.Removed, site.Before / Entry.JsonName, Entry, "stated", null, Entry.WhenAdded.Mirror, $"{Label} removed", site.Subject);
        }
        else
        {
            spec.Diff(b, a, walk, site.Member(Entry.JsonName));
        }
    }
}

/// <summary>A list of records, matched by identity (a key) or, where order is the meaning, by position.</summary>
internal sealed class ListSpec<T, TC>(
    DirectionEntry entry,
    Func<T, ValueArray<TC>> get,
    RecordSpec<TC> spec,
    Func<TC, string>? key,
    Func<TC, string> describe,
    string noun,
    Func<TC, ChangeAssessment>? whenAdded)
    : MemberSpec<T>(entry)
    where T : class
    where TC : class
{
    public override void Diff(T before, T after, DiffWalk walk, DiffSite site)
    {
        var b = get(before);
        var a = get(after);
        if (b.Equals(a))
        {
            return;
        }

        if (key is null)
        {
            Positional(b, a, walk, site);
        }
        else
        {
            Keyed(b, a, key, walk, site);
        }
    }

    private void Positional(ValueArray<TC> b, ValueArray<TC> a, DiffWalk walk, DiffSite site)
    {
        for (var i = 0; i < Math.Max(b.Count, a.Count); i++)
        {
            if (i >= a.Count)
            {
                Removed(b[i], i, walk, site);
            }
            else if (i >= b.Count)
            {
                Added(a[i], i, walk, site);
            }
            else if (!b[i].Equals(a[i]))
            {
                spec.Diff(b[i], a[i], walk, site.Item(Entry.JsonName, i, i, describe(a[i])));
            }
        }
    }

    private void Keyed(ValueArray<TC> b, ValueArray<TC> a, Func<TC, string> keyOf, DiffWalk walk, DiffSite site)
    {
        var beforeIndex = new Dictionary<string, int>(b.Count, StringComparer.Ordinal);
        var keys = Keys(b, keyOf);
        for (var i = 0; i < b.Count; i++)
        {
            beforeIndex[keys[i]] = i;
        }

        // Pairs of (index before, index after) in the later document's order; the ones off the longest increasing run moved.
        var afterKeys = Keys(a, keyOf);
        var matchedBefore = new int[a.Count];
        var matched = new bool[b.Count];
        for (var j = 0; j < a.Count; j++)
        {
            matchedBefore[j] = beforeIndex.TryGetValue(afterKeys[j], out var i) ? i : -1;
            if (matchedBefore[j] >= 0)
            {
                matched[matchedBefore[j]] = true;
            }
        }

        var stays = LongestIncreasingRun(matchedBefore);
        var nextRemoved = 0;
        for (var j = 0; j < a.Count; j++)
        {
            var i = matchedBefore[j];
            if (i < 0)
            {
                Added(a[j], j, walk, site);
                continue;
            }

            // Removals are told where they stood: before the first later item that followed them.
            for (; nextRemoved < i; nextRemoved++)
            {
                if (!matched[nextRemoved])
                {
                    Removed(b[nextRemoved], nextRemoved, walk, site);
                }
            }

            var itemSite = site.Item(Entry.JsonName, i, j, describe(a[j]));
            if (i != j && walk.PointerMap is { } map)
            {
                map[itemSite.Before] = itemSite.After;
            }

            if (!stays[j])
            {
                walk.Add(
                    ChangeKind.Moved,
                    itemSite.After,
                    Entry,
                    (i + 1).ToString(CultureInfo.InvariantCulture),
                    (j + 1).ToString(CultureInfo.InvariantCulture),
                    ChangeAssessment.Neutral,
                    string.Create(CultureInfo.InvariantCulture, $"{noun} {describe(a[j])} moved from position {i + 1} to {j + 1}; order carries no meaning"),
                    site.Subject);
            }

            if (!b[i].Equals(a[j]))
            {
                spec.Diff(b[i], a[j], walk, itemSite);
            }
        }

        for (; nextRemoved < b.Count; nextRemoved++)
        {
            if (!matched[nextRemoved])
            {
                Removed(b[nextRemoved], nextRemoved, walk, site);
            }
        }
    }

    private void Added(TC item, int index, DiffWalk walk, DiffSite site)
    {
        var shown = describe(item);
        walk.Add(ChangeKind.Added, DiffSite.Index(site.After, Entry.JsonName, index), Entry, null, shown, whenAdded?.Invoke(item) ?? Entry.WhenAdded, $"{noun} {shown} added", site.Subject);
    }

    private void Removed(TC item, int index, DiffWalk walk, DiffSite site)
    {
        var shown = describe(item);
        walk.Add(ChangeKind.Removed, DiffSite.Index(site.Before, Entry.JsonName, index), Entry, shown, null, (whenAdded?.Invoke(item) ?? Entry.WhenAdded).Mirror, $"{noun} {shown} removed", site.Subject);
    }

    /// <summary>Each item's key; a key met again gets its occurrence (<c>key#2</c>), so that duplicates still pair up in order.</summary>
    private static string[] Keys(ValueArray<TC> items, Func<TC, string> keyOf)
    {
        var keys = new string[items.Count];
        Dictionary<string, int>? seen = null;
        for (var i = 0; i < items.Count; i++)
        {
            var k = keyOf(items[i]);
            seen ??= new Dictionary<string, int>(items.Count, StringComparer.Ordinal);
            if (seen.TryGetValue(k, out var count))
            {
                seen[k] = count + 1;
                k = string.Create(CultureInfo.InvariantCulture, $"{k}#{count + 1}");
            }
            else
            {
                seen[k] = 1;
            }

            keys[i] = k;
        }

        return keys;
    }

    /// <summary>Marks the entries (of value 0 or more) on one longest strictly increasing subsequence: O(n log n).</summary>
    private static bool[] LongestIncreasingRun(int[] values)
    {
        var stays = new bool[values.Length];
        var tails = new List<int>(); // index in values of the smallest tail of a run of each length
        var previous = new int[values.Length];
        foreach (var (value, j) in values.Select((v, j) => (v, j)))
        {
            if (value < 0)
            {
                continue;
            }

            int lo = 0, hi = tails.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (values[tails[mid]] < value)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            previous[j] = lo > 0 ? tails[lo - 1] : -1;
            if (lo == tails.Count)
            {
                tails.Add(j);
            }
            else
            {
                tails[lo] = j;
            }
        }

        for (var j = tails.Count > 0 ? tails[^1] : -1; j >= 0; j = previous[j])
        {
            stays[j] = true;
        }

        return stays;
    }
}

/// <summary>A list of plain values (names, vocabulary values, ids) compared as a set.</summary>
internal sealed class SetSpec<T, TV>(DirectionEntry entry, Func<T, ValueArray<TV>> get)
    : MemberSpec<T>(entry)
    where T : class
{
    public override void Diff(T before, T after, DiffWalk walk, DiffSite site)
    {
        var b = get(before);
        var a = get(after);
        if (b.Equals(a))
        {
            return;
        }

        var added = Entry.Rule == DirectionRule.MoreIsBetter ? ChangeAssessment.Favourable
            : Entry.Rule == DirectionRule.FewerIsBetter ? ChangeAssessment.Unfavourable
            : Entry.Rule == DirectionRule.Neutral ? ChangeAssessment.Neutral
            : ChangeAssessment.NeedsReview;
        foreach (var (i, shown) in Unmatched(b, a))
        {
            walk.Add(ChangeKind.Removed, DiffSite.Index(site.Before, Entry.JsonName, i), Entry, shown, null, added.Mirror, $"{Label}: {shown} removed", site.Subject);
        }

        foreach (var (j, shown) in Unmatched(a, b))
        {
            walk.Add(ChangeKind.Added, DiffSite.Index(site.After, Entry.JsonName, j), Entry, null, shown, added, $"{Label}: {shown} added", site.Subject);
        }
    }

    /// <summary>The values of <paramref name="items"/> (index and display text) that <paramref name="others"/> does not hold as often, as multisets.</summary>
    private static List<(int Index, string Shown)> Unmatched(ValueArray<TV> items, ValueArray<TV> others)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var value in others)
        {
            var shown = DiffValues.Display(value);
            counts[shown] = counts.GetValueOrDefault(shown) + 1;
        }

        var unmatched = new List<(int, string)>();
        for (var i = 0; i < items.Count; i++)
        {
            var shown = DiffValues.Display(items[i]);
            if (counts.GetValueOrDefault(shown) > 0)
            {
                counts[shown]--;
            }
            else
            {
                unmatched.Add((i, shown));
            }
        }

        return unmatched;
    }
}

/// <summary>The members of one record type and how each is compared: one part of the direction table.</summary>
internal sealed class RecordSpec<T> : IRecordSpec
    where T : class
{
    private readonly List<MemberSpec<T>> _members = [];

    public Type Type => typeof(T);

    public IEnumerable<DirectionEntry> Entries => _members.Select(m => m.Entry);

    void IRecordSpec.Diff(object before, object after, DiffWalk walk, DiffSite site) => Diff((T)before, (T)after, walk, site);

    public void Diff(T before, T after, DiffWalk walk, DiffSite site)
    {
        foreach (var member in _members)
        {
            if (member.Group is { } group)
            {
                walk.Group = group;
            }

            member.Diff(before, after, walk, site);
        }
    }

    public RecordSpec<T> Add(MemberSpec<T> member)
    {
        _members.Add(member);
        return this;
    }

    public RecordSpec<T> Value(string member, Func<T, object?> get, DirectionRule rule, ChangeAssessment? whenAdded = null, string? note = null, Func<T, T, bool?>? higherFavours = null, ClauseGroup? group = null) =>
        Add(new ValueSpec<T>(Entry(member, rule, whenAdded, note), get, higherFavours) { Group = group });

    public RecordSpec<T> Ranked(string member, Func<T, object?> get, string note, params string[] ranking) =>
        Add(new ValueSpec<T>(Entry(member, DirectionRule.Ranked, null, note, ranking), get, null));

    public RecordSpec<T> Identity(string member, string? note = null, ClauseGroup? group = null) =>
        Add(new ValueSpec<T>(Entry(member, DirectionRule.Identity, ChangeAssessment.Neutral, note), _ => null, null) { Group = group });

    public RecordSpec<T> Clause<TC>(string member, Func<T, TC?> get, RecordSpec<TC> spec, ChangeAssessment whenAdded, string? note = null, ClauseGroup? group = null)
        where TC : class =>
        Add(new ClauseSpec<T, TC>(Entry(member, DirectionRule.Clause, whenAdded, note), get, spec) { Group = group });

    public RecordSpec<T> List<TC>(
        string member,
        Func<T, ValueArray<TC>> get,
        RecordSpec<TC> spec,
        Func<TC, string>? key,
        Func<TC, string> describe,
        string noun,
        ChangeAssessment whenAdded,
        string? note = null,
        Func<TC, ChangeAssessment>? whenAddedOf = null,
        ClauseGroup? group = null)
        where TC : class =>
        Add(new ListSpec<T, TC>(Entry(member, DirectionRule.Items, whenAdded, note), get, spec, key, describe, noun, whenAddedOf) { Group = group });

    public RecordSpec<T> Set<TV>(string member, Func<T, ValueArray<TV>> get, DirectionRule rule, string? note = null, ClauseGroup? group = null) =>
        Add(new SetSpec<T, TV>(Entry(member, rule, null, note), get) { Group = group });

    public static DirectionEntry Entry(string member, DirectionRule rule, ChangeAssessment? whenAdded = null, string? note = null, string[]? ranking = null) => new()
    {
        Type = typeof(T).Name,
        Member = member,
        JsonName = char.ToLowerInvariant(member[0]) + member[1..],
        Rule = rule,
        WhenAdded = whenAdded ?? (rule == DirectionRule.Neutral ? ChangeAssessment.Neutral : ChangeAssessment.NeedsReview),
        Ranking = ranking is null ? default : ValueArray.From(ranking),
        Note = note,
    };
}

using System.Globalization;

namespace AiContracts.Domain.Diff.Internal;

/// <summary>Where a walk stands in both documents: the pointer of the element in each, and the item it is part of.</summary>
/// <param name="Before">The element's pointer in the earlier document.</param>
/// <param name="After">The element's pointer in the later document.</param>
/// <param name="Subject">The list item the element belongs to, for reasons (<c>slo-availability</c>), or null at the top.</param>
internal readonly record struct DiffSite(string Before, string After, string? Subject)
{
    public static DiffSite Root { get; } = new(string.Empty, string.Empty, null);

    public DiffSite Member(string json) => new($"{Before}/{json}", $"{After}/{json}", Subject);

    public DiffSite Item(string json, int before, int after, string describe) =>
        new(Index(Before, json, before), Index(After, json, after), Subject is null ? describe : $"{Subject} {describe}");

    public static string Index(string pointer, string json, int index) => string.Create(CultureInfo.InvariantCulture, $"{pointer}/{json}/{index}");
}

/// <summary>The state of one diff: the changes found so far, the clause group walked, and where moved list items went.</summary>
internal sealed class DiffWalk(bool mapPointers)
{
    public List<ContractChange> Changes { get; } = [];

    public ClauseGroup Group { get; set; } = ClauseGroup.General;

    /// <summary>Pointers of list items in the earlier document that stand at another index in the later one, when findings are compared.</summary>
    public Dictionary<string, string>? PointerMap { get; } = mapPointers ? new(StringComparer.Ordinal) : null;

    public void Add(ChangeKind kind, string pointer, DirectionEntry entry, string? before, string? after, ChangeAssessment assessment, string reason, string? subject) =>
        Changes.Add(new ContractChange
        {
            Pointer = pointer,
            Group = Group,
            Kind = kind,
            Member = $"{entry.Type}.{entry.Member}",
            Before = before,
            After = after,
            Assessment = assessment,
            Reason = subject is null ? reason : $"{reason} ({subject})",
        });

    /// <summary>A pointer of the earlier document as it reads in the later one (items matched by identity may stand elsewhere).</summary>
    public string Translate(string pointer)
    {
        if (PointerMap is not { Count: > 0 } map)
        {
            return pointer;
        }

        for (var end = pointer.Length; end > 0; end = pointer.LastIndexOf('/', end - 1))
        {
            if (map.TryGetValue(pointer[..end], out var mapped))
            {
                return mapped + pointer[end..];
            }
        }

        return pointer;
    }
}

using AiContracts.Domain.Diagnostics;

namespace AiContracts.Domain.Diff.Internal;

/// <summary>Where a walk stands in both documents: the pointer of the element in each, and the item it is part of.</summary>
/// <param name="Before">The element's pointer in the earlier document.</param>
/// <param name="After">The element's pointer in the later document.</param>
/// <param name="Subject">The list item the element belongs to, for reasons (<c>slo-availability</c>), or null at the top.</param>
internal readonly record struct DiffSite(JsonPointer Before, JsonPointer After, string? Subject)
{
    public static DiffSite Root { get; } = new(JsonPointer.Root, JsonPointer.Root, null);

    public DiffSite Member(string json) => new(Before / json, After / json, Subject);

    public DiffSite Item(string json, int before, int after, string describe) =>
        new(Index(Before, json, before), Index(After, json, after), Subject is null ? describe : $"{Subject} {describe}");

    public static JsonPointer Index(JsonPointer pointer, string json, int index) => pointer / json / index;
}

/// <summary>The state of one diff: the changes found so far, the clause group walked, and where moved list items went.</summary>
internal sealed class DiffWalk(bool mapPointers)
{
    public List<ContractChange> Changes { get; } = [];

    public ClauseGroup Group { get; set; } = ClauseGroup.General;

    /// <summary>Pointers of list items in the earlier document that stand at another index in the later one, when findings are compared.</summary>
    public Dictionary<JsonPointer, JsonPointer>? PointerMap { get; } = mapPointers ? [] : null;

    public void Add(ChangeKind kind, JsonPointer pointer, DirectionEntry entry, string? before, string? after, ChangeAssessment assessment, string reason, string? subject) =>
        Changes.Add(new ContractChange
        {
            Pointer = pointer.ToString(),
            Group = Group,
            Kind = kind,
            Member = $"{entry.Type}.{entry.Member}",
            Before = before,
            After = after,
            Assessment = assessment,
            Reason = subject is null ? reason : $"{reason} ({subject})",
        });

    /// <summary>A pointer of the earlier document as it reads in the later one (items matched by identity may stand elsewhere).</summary>
    public JsonPointer Translate(JsonPointer pointer)
    {
        if (PointerMap is not { Count: > 0 } map)
        {
            return pointer;
        }

        for (var ancestor = pointer; !ancestor.IsRoot; ancestor = ancestor.GetParent())
        {
            if (map.TryGetValue(ancestor, out var mapped))
            {
                return mapped.Append(JsonPointer.Create([.. pointer.Segments.Skip(ancestor.Depth)]));
            }
        }

        return pointer;
    }
}

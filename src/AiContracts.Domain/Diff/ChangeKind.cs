using Ardalis.SmartEnum;

namespace AiContracts.Domain.Diff;

/// <summary>What happened to an element of a contract between two versions.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class ChangeKind : SmartEnum<ChangeKind>
{
    /// <summary>The element is in the later version only (its pointer is in the later document).</summary>
    public static readonly ChangeKind Added = new(nameof(Added), 1);

    /// <summary>The element is in the earlier version only (its pointer is in the earlier document).</summary>
    public static readonly ChangeKind Removed = new(nameof(Removed), 2);

    /// <summary>The element is in both versions with different values.</summary>
    public static readonly ChangeKind Changed = new(nameof(Changed), 3);

    /// <summary>An item of a list matched by identity stands in a different order relative to the others.</summary>
    public static readonly ChangeKind Moved = new(nameof(Moved), 4);

    private ChangeKind(string name, int value)
        : base(name, value)
    {
    }
}

namespace AiContracts.OpenSlo.Internal;

/// <summary>The kind of a YAML node.</summary>
internal enum YamlNodeKind
{
    Scalar,
    Sequence,
    Mapping,
}

/// <summary>
/// One node of a parsed YAML document, with the position where it starts. Aliases share the anchored node (no copy),
/// so a document's memory stays linear in its text; <see cref="Size"/> counts the nodes with aliases expanded, which the
/// reader bounds.
/// </summary>
internal sealed class YamlNode
{
    private static readonly List<YamlNode> NoItems = [];
    private static readonly List<KeyValuePair<YamlNode, YamlNode>> NoEntries = [];

    /// <summary>Mappings with more entries than this look their keys up in a dictionary.</summary>
    private const int SmallMapping = 8;

    private Dictionary<string, YamlNode>? index;

    internal YamlNode(YamlNodeKind kind, long line, long column)
    {
        Kind = kind;
        Line = line;
        Column = column;
        // Scalars, most of a document's nodes, share empty lists (the reader adds only to collections).
        Items = kind == YamlNodeKind.Sequence ? [] : NoItems;
        Entries = kind == YamlNodeKind.Mapping ? [] : NoEntries;
    }

    internal YamlNodeKind Kind { get; }

    /// <summary>The 1-based line where the node starts.</summary>
    internal long Line { get; }

    /// <summary>The 1-based column (UTF-16 code unit in the line, as the parser counts) where the node starts.</summary>
    internal long Column { get; }

    /// <summary>The scalar's text; null for collections.</summary>
    internal string? Value { get; init; }

    /// <summary>Whether the scalar was written without quotes (a plain scalar can be a number, a boolean or null).</summary>
    internal bool IsPlain { get; init; }

    /// <summary>The items of a sequence.</summary>
    internal List<YamlNode> Items { get; }

    /// <summary>The entries of a mapping, in document order; keys are scalars.</summary>
    internal List<KeyValuePair<YamlNode, YamlNode>> Entries { get; }

    /// <summary>The number of nodes under and including this one, with aliases expanded.</summary>
    internal long Size { get; set; } = 1;

    /// <summary>Whether the collection was written in flow style (<c>[a, b]</c>, <c>{a: b}</c>).</summary>
    internal bool IsFlow { get; init; }

    /// <summary>The value of a mapping's key, or null when the node is not a mapping or has no such key.</summary>
    /// <remarks>
    /// A scan of the entries for a small mapping (an OpenSLO mapping has a handful of keys); a dictionary once the
    /// mapping has more than <see cref="SmallMapping"/> entries, so that reading a mapping of n keys (each looked up
    /// when it is added, to find a repeated key) costs time linear in n, not quadratic.
    /// </remarks>
    internal YamlNode? this[string key]
    {
        get
        {
            if (index is not null)
            {
                KeyComparisons++;
                return index.GetValueOrDefault(key);
            }

            foreach (var (k, v) in Entries)
            {
                KeyComparisons++;
                if (k.Value == key)
                {
                    return v;
                }
            }

            return null;
        }
    }

    /// <summary>Adds an entry to a mapping; false, adding nothing, when the mapping already has the key.</summary>
    internal bool TryAdd(YamlNode key, YamlNode value)
    {
        var name = key.Value!;
        if (this[name] is not null)
        {
            return false;
        }

        Entries.Add(new(key, value));
        if (index is not null)
        {
            index.Add(name, value);
        }
        else if (Entries.Count > SmallMapping)
        {
            index = new Dictionary<string, YamlNode>(Entries.Count * 2, StringComparer.Ordinal);
            foreach (var (k, v) in Entries)
            {
                index.Add(k.Value!, v);
            }
        }

        return true;
    }

    /// <summary>How many keys lookups have compared on this thread; the tests bound it instead of timing the reader.</summary>
    [ThreadStatic]
    internal static long KeyComparisons;

    /// <summary>A plain scalar that YAML 1.2's core schema reads as null (or an empty value).</summary>
    internal bool IsNull => Kind == YamlNodeKind.Scalar && IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    /// <summary>A short description of the node's kind for messages.</summary>
    internal string Describe() => Kind switch
    {
        YamlNodeKind.Sequence => "a sequence",
        YamlNodeKind.Mapping => "a mapping",
        _ => IsNull ? "null" : "a scalar",
    };
}

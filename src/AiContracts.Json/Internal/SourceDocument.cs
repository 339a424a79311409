using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace AiContracts.Json.Internal;

/// <summary>
/// One document being read: its UTF-8 bytes (without a byte-order mark), the <see cref="JsonDocument"/> parsed over
/// them without a copy, and positions resolved per finding from the parsed elements (the raw value of an element is a
/// span inside the bytes, so its offset is where the two overlap). The table of line starts is built the first time a
/// position is asked for.
/// </summary>
/// <remarks>Not thread-safe; one per read. Disposing it returns the parsed document's buffers.</remarks>
internal sealed class SourceDocument : IDisposable
{
    private List<int>? _lineStarts;
    private Dictionary<string, (JsonElement Element, int Offset)>? _resolved;

    internal SourceDocument(ReadOnlyMemory<byte> utf8, JsonDocument document, bool namesAreUnique = false)
    {
        Utf8 = utf8;
        Document = document;
        NamesAreUnique = namesAreUnique;
    }

    /// <summary>
    /// Whether the parser has already found that no object repeats a member name (after unescaping); when false, the
    /// names have not been checked.
    /// </summary>
    internal bool NamesAreUnique { get; }

    /// <summary>The document's bytes, without a byte-order mark.</summary>
    internal ReadOnlyMemory<byte> Utf8 { get; }

    /// <summary>The parsed document.</summary>
    internal JsonDocument Document { get; }

    /// <summary>The root element.</summary>
    internal JsonElement Root => Document.RootElement;

    /// <summary>The 1-based line and column (UTF-8 bytes) of a byte offset.</summary>
    internal (int Line, int Column) PositionOf(int offset)
    {
        var starts = LineStarts();
        var line = starts.BinarySearch(offset);
        line = line >= 0 ? line : ~line - 1;
        return (line + 1, offset - starts[line] + 1);
    }

    /// <summary>The byte offset of an element's first byte (a string's opening quote).</summary>
    internal int OffsetOf(JsonElement element) =>
        Utf8.Span.Overlaps(JsonMarshal.GetRawUtf8Value(element), out var offset) ? offset : 0;

    /// <summary>The byte offset of a member's name (its opening quote).</summary>
    internal int OffsetOf(JsonProperty property) =>
        Utf8.Span.Overlaps(JsonMarshal.GetRawUtf8PropertyName(property), out var offset) ? Math.Max(0, offset - 1) : 0;

    /// <summary>
    /// The position of the element at <paramref name="pointer"/>: of the member's name for a member, of the value for
    /// an array element or the root. A pointer that does not resolve gets the position of its deepest element that does.
    /// </summary>
    internal (int Line, int Column) Locate(string pointer) => PositionOf(OffsetOf(pointer));

    /// <summary>The byte offset the position of <paramref name="pointer"/> is taken from (see <see cref="Locate"/>).</summary>
    internal int OffsetOf(string pointer)
    {
        // Findings share prefixes (the same KPI, the same clause): start from the longest prefix already resolved.
        _resolved ??= new Dictionary<string, (JsonElement Element, int Offset)>(StringComparer.Ordinal);
        var lookup = _resolved.GetAlternateLookup<ReadOnlySpan<char>>();
        var element = Root;
        var offset = OffsetOf(element);
        var start = 0;
        for (var end = pointer.Length; end > 0; end = pointer.LastIndexOf('/', end - 1))
        {
            if (lookup.TryGetValue(pointer.AsSpan(0, end), out var known))
            {
                (element, offset, start) = (known.Element, known.Offset, end);
                break;
            }
        }

        var rest = pointer.AsSpan(start);
        Span<byte> small = stackalloc byte[256];
        while (rest.Length > 0 && rest[0] == '/')
        {
            rest = rest[1..];
            var end = rest.IndexOf('/');
            var raw = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[end..];
            if (element.ValueKind == JsonValueKind.Object)
            {
                // The name as UTF-8 once, not once per member compared.
                var name = raw.Contains('~') ? raw.ToString().Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal).AsSpan() : raw;
                // (A name that is not valid UTF-16, or a long one, is compared as it is.)
                var transcoded = System.Text.Unicode.Utf8.FromUtf16(name, small, out _, out var written, replaceInvalidSequences: false) == System.Buffers.OperationStatus.Done;
                var utf8Name = small[..(transcoded ? written : 0)];
                var found = false;
                foreach (var property in element.EnumerateObject())
                {
                    if (transcoded ? property.NameEquals(utf8Name) : property.NameEquals(name))
                    {
                        offset = OffsetOf(property);
                        element = property.Value;
                        found = true;
                        break;
                    }
                }

                if (!found)
                {
                    return offset;
                }
            }
            else if (element.ValueKind == JsonValueKind.Array
                && int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                && index < element.GetArrayLength())
            {
                element = element[index];
                offset = OffsetOf(element);
            }
            else
            {
                return offset;
            }

            _resolved[pointer[..(pointer.Length - rest.Length)]] = (element, offset);
        }

        return offset;
    }

    /// <inheritdoc/>
    public void Dispose() => Document.Dispose();

    private List<int> LineStarts()
    {
        if (_lineStarts is null)
        {
            _lineStarts = [0];
            var span = Utf8.Span;
            for (int at = 0, next; (next = span[at..].IndexOf((byte)'\n')) >= 0; at += next + 1)
            {
                _lineStarts.Add(at + next + 1);
            }
        }

        return _lineStarts;
    }
}

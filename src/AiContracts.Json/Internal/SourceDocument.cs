using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using AiContracts.Domain.Diagnostics;

namespace AiContracts.Json.Internal;

/// <summary>
/// One document being read: its UTF-8 bytes (without a byte-order mark), already known to be JSON; the schema's
/// findings when the pipeline evaluated it while checking the text; and the <see cref="JsonDocument"/> parsed over the
/// bytes without a copy, only when a stage asks for it (a valid document is read from its bytes and never parsed into
/// one). Positions are resolved per finding: from the parsed elements when there are some (the raw value of an element
/// is a span inside the bytes, so its offset is where the two overlap), otherwise by one pass of a reader over the
/// bytes for all the findings at once (<see cref="Resolve"/>). The table of line starts is built the first time a
/// position is asked for.
/// </summary>
/// <remarks>Not thread-safe; one per read. Disposing it returns the parsed document's buffers.</remarks>
internal sealed class SourceDocument : IDisposable
{
    private readonly int _maxDepth;
    private readonly CompiledSchema? _evaluated;
    private readonly List<SchemaError>? _schemaErrors;
    private JsonDocument? _document;
    private Domain.Internal.LineIndex? _lines;
    private Dictionary<string, (JsonElement Element, int Offset)>? _resolved;
    private Dictionary<string, (int Offset, bool Exact)>? _offsets;

    /// <summary>A document parsed into a <see cref="JsonDocument"/>.</summary>
    internal SourceDocument(ReadOnlyMemory<byte> utf8, JsonDocument document, bool namesAreUnique = false)
    {
        Utf8 = utf8;
        _document = document;
        NamesAreUnique = namesAreUnique;
    }

    /// <summary>A document read by <paramref name="schema"/>'s evaluation of its bytes, not parsed (yet).</summary>
    /// <param name="utf8">The bytes, which the evaluation found to be JSON within <paramref name="maxDepth"/>.</param>
    /// <param name="maxDepth">The depth limit, for parsing the bytes if a stage asks for the parsed document.</param>
    /// <param name="schema">The schema evaluated.</param>
    /// <param name="schemaErrors">Its findings.</param>
    /// <param name="namesAreUnique">Whether the evaluation found that no object repeats a member name.</param>
    internal SourceDocument(ReadOnlyMemory<byte> utf8, int maxDepth, CompiledSchema schema, List<SchemaError> schemaErrors, bool namesAreUnique)
    {
        Utf8 = utf8;
        _maxDepth = maxDepth;
        _evaluated = schema;
        _schemaErrors = schemaErrors;
        NamesAreUnique = namesAreUnique;
    }

    /// <summary>
    /// Whether the parser has already found that no object repeats a member name (after unescaping); when false, the
    /// names have not been checked.
    /// </summary>
    internal bool NamesAreUnique { get; }

    /// <summary>The document's bytes, without a byte-order mark.</summary>
    internal ReadOnlyMemory<byte> Utf8 { get; }

    /// <summary>The parsed document, parsed on first use (repeated names allowed: they have been checked).</summary>
    internal JsonDocument Document => _document ??= JsonDocument.Parse(Utf8, new JsonDocumentOptions { MaxDepth = _maxDepth });

    /// <summary>
    /// The findings of <paramref name="schema"/> on this document, at most <paramref name="limit"/> and one: those found
    /// while the text was checked, or found now.
    /// </summary>
    internal List<SchemaError> SchemaErrors(CompiledSchema schema, int limit)
    {
        if (ReferenceEquals(schema, _evaluated))
        {
            return _schemaErrors!;
        }

        var errors = new List<SchemaError>();
        schema.Evaluate(Root, errors, limit);
        return errors;
    }

    /// <summary>The root element.</summary>
    internal JsonElement Root => Document.RootElement;

    /// <summary>The 1-based line and column (UTF-8 bytes) of a byte offset.</summary>
    internal (int Line, int Column) PositionOf(int offset) => (_lines ??= new Domain.Internal.LineIndex(Utf8)).AtByte(offset);

    /// <summary>The byte offset of an element's first byte (a string's opening quote).</summary>
    internal int OffsetOf(JsonElement element) =>
        Utf8.Span.Overlaps(JsonMarshal.GetRawUtf8Value(element), out var offset) ? offset : 0;

    /// <summary>The byte offset of a member's name (its opening quote).</summary>
    internal int OffsetOf(JsonProperty property) =>
        Utf8.Span.Overlaps(JsonMarshal.GetRawUtf8PropertyName(property), out var offset) ? Math.Max(0, offset - 1) : 0;

    /// <summary>
    /// The position of the element at <paramref name="pointer"/>: of the member's name for a member, of the value for
    /// an array element or the root. A pointer that does not resolve gets the position of its deepest element that does
    /// (<see cref="ResolvesExactly"/> tells the two apart).
    /// </summary>
    internal (int Line, int Column) Locate(string pointer) => PositionOf(Find(pointer).Offset);

    /// <summary>
    /// Whether <paramref name="pointer"/> names an element of the document, rather than getting the position of an
    /// ancestor from <see cref="Locate"/>: the tests hold every finding's pointer to it.
    /// </summary>
    internal bool ResolvesExactly(string pointer) => Find(pointer).Exact;

    /// <summary>
    /// Prepares <see cref="Locate"/> for these pointers. When the document has not been parsed, one pass of a reader
    /// over the bytes finds them all (it skips what no pointer leads into, and stops once every pointer is found), so
    /// that the document is not parsed for positions only.
    /// </summary>
    internal void Resolve(IEnumerable<string> pointers)
    {
        if (_document is not null)
        {
            return;
        }

        var root = new PointerTrie();
        foreach (var pointer in pointers)
        {
            if (_offsets?.ContainsKey(pointer) != true)
            {
                root.Add(pointer);
            }
        }

        var left = root.Tally();
        if (left == 0)
        {
            return;
        }

        var reader = new Utf8JsonReader(Utf8.Span, new JsonReaderOptions { MaxDepth = _maxDepth });
        reader.Read();
        root.Walk(ref reader, (int)reader.TokenStartIndex, ref left);
        _offsets ??= new Dictionary<string, (int Offset, bool Exact)>(StringComparer.Ordinal);
        root.Collect(_offsets, 0);
    }

    /// <summary>
    /// The byte offset the position of <paramref name="pointer"/> is taken from (see <see cref="Locate"/>), and whether
    /// it is the offset of the element the pointer names rather than of an ancestor.
    /// </summary>
    private (int Offset, bool Exact) Find(string pointer)
    {
        if (_document is null)
        {
            if (_offsets is null || !_offsets.TryGetValue(pointer, out var found))
            {
                Resolve([pointer]);
                found = _offsets!.GetValueOrDefault(pointer, (0, false));
            }

            return found;
        }

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
                var name = raw.Contains('~') ? JsonPointer.Unescape(raw).AsSpan() : raw;
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
                    return (offset, false);
                }
            }
            else if (element.ValueKind == JsonValueKind.Array && IsIndex(raw, out var index) && index < element.GetArrayLength())
            {
                element = element[index];
                offset = OffsetOf(element);
            }
            else
            {
                return (offset, false);
            }

            _resolved[pointer[..(pointer.Length - rest.Length)]] = (element, offset);
        }

        return (offset, true);
    }

    /// <summary>Whether a segment is an array index as RFC 6901 writes one: digits, without a leading zero unless it is 0.</summary>
    private static bool IsIndex(ReadOnlySpan<char> segment, out int index)
    {
        index = -1;
        return (segment.Length == 1 || (segment.Length > 1 && segment[0] != '0'))
            && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out index);
    }

    /// <inheritdoc/>
    public void Dispose() => _document?.Dispose();

    /// <summary>
    /// The pointers whose positions are asked for, as a tree of their segments; each node gets the offset of the element
    /// it names (of the member's name for a member) when a reader walks the document.
    /// </summary>
    private sealed class PointerTrie
    {
        private readonly string _text = string.Empty;
        private readonly int _start;
        private readonly int _length;
        private readonly int _index = -1;
        private readonly byte[] _utf8 = [];
        private List<PointerTrie>? _children;
        private string? _pointer;
        private int _offset = -1;

        public PointerTrie()
        {
        }

        private PointerTrie(string text, int start, int length)
        {
            (_text, _start, _length) = (text, start, length);
            _index = IsIndex(Segment, out var index) ? index : -1;
            _utf8 = System.Text.Encoding.UTF8.GetBytes(_text, _start, _length);
        }

        /// <summary>The pointers at or below this node not yet found.</summary>
        public int Count { get; private set; }

        /// <summary>The segment this node stands for, unescaped.</summary>
        private ReadOnlySpan<char> Segment => _text.AsSpan(_start, _length);

        /// <summary>Adds a pointer; false when it is there already.</summary>
        public bool Add(string pointer)
        {
            var node = this;
            for (var at = 0; at < pointer.Length;)
            {
                var end = pointer.IndexOf('/', at + 1);
                end = end < 0 ? pointer.Length : end;
                var (text, start, length) = (pointer, at + 1, end - at - 1);
                if (pointer.AsSpan(start, length).Contains('~'))
                {
                    text = JsonPointer.Unescape(pointer.AsSpan(start, length));
                    (start, length) = (0, text.Length);
                }

                PointerTrie? child = null;
                foreach (var candidate in node._children ?? [])
                {
                    if (candidate.Segment.SequenceEqual(text.AsSpan(start, length)))
                    {
                        child = candidate;
                        break;
                    }
                }

                if (child is null)
                {
                    child = new PointerTrie(text, start, length);
                    (node._children ??= []).Add(child);
                }

                node = child;
                at = end;
            }

            if (node._pointer is not null)
            {
                return false;
            }

            node._pointer = pointer;
            return true;
        }

        /// <summary>Counts the pointers at or below each node, once they are all added.</summary>
        public int Tally()
        {
            Count = _pointer is null ? 0 : 1;
            foreach (var child in _children ?? [])
            {
                Count += child.Tally();
            }

            return Count;
        }

        /// <summary>
        /// Records <paramref name="offset"/> for this node, whose value the reader is at, and walks into the value for the
        /// nodes below; leaves the reader at the value's last token, or anywhere once <paramref name="left"/> is zero.
        /// </summary>
        public void Walk(ref Utf8JsonReader reader, int offset, ref int left)
        {
            _offset = offset;
            left -= _pointer is null ? 0 : 1;
            var below = Count - (_pointer is null ? 0 : 1);
            if (left == 0)
            {
                return;
            }

            if (below == 0 || _children is null)
            {
                reader.Skip();
                return;
            }

            var isObject = reader.TokenType == JsonTokenType.StartObject;
            if (!isObject && reader.TokenType != JsonTokenType.StartArray)
            {
                return;
            }

            var end = isObject ? JsonTokenType.EndObject : JsonTokenType.EndArray;
            for (var index = 0; reader.Read() && reader.TokenType != end; index++)
            {
                var at = (int)reader.TokenStartIndex;
                PointerTrie? child = null;
                if (below > 0)
                {
                    foreach (var candidate in _children)
                    {
                        if (candidate._offset < 0 && (isObject ? reader.ValueTextEquals(candidate._utf8) : candidate._index == index))
                        {
                            child = candidate;
                            break;
                        }
                    }
                }

                if (isObject)
                {
                    reader.Read();
                }

                if (child is null)
                {
                    reader.Skip();
                    continue;
                }

                var before = left;
                child.Walk(ref reader, at, ref left);
                below -= before - left;
                if (left == 0)
                {
                    return;
                }
            }
        }

        /// <summary>
        /// Gives each pointer the offset of its deepest node found (of an ancestor for a pointer that does not resolve
        /// fully, which is then not exact).
        /// </summary>
        public void Collect(Dictionary<string, (int Offset, bool Exact)> offsets, int inherited)
        {
            var offset = _offset >= 0 ? _offset : inherited;
            if (_pointer is not null)
            {
                offsets[_pointer] = (offset, _offset >= 0);
            }

            foreach (var child in _children ?? [])
            {
                child.Collect(offsets, offset);
            }
        }
    }
}

using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Internal;
using AiContracts.Json.Internal.Converters;

namespace AiContracts.Json.Internal;

/// <summary>
/// The text stage every document goes through once it is parsed: each repeated member name (every repetition, at the
/// repetition) and each string or member name whose escapes make a lone surrogate (<c>"\ud800"</c>, at the escape).
/// One walk of the parsed document, skipped when the parser has already found no repeated name and no string escapes a
/// surrogate; a pointer and a message are built only for what it reports.
/// </summary>
internal static class DocumentText
{
    private const string Rule = "syntax";

    /// <summary>Objects with at most this many members are checked for repeated names pair by pair, without a set.</summary>
    private const int SmallObject = 16;

    /// <summary>Walks the document and adds its findings.</summary>
    /// <param name="source">The document.</param>
    /// <param name="findings">Receives the findings, each with its position.</param>
    /// <param name="limit">Stops after this many findings in <paramref name="findings"/>.</param>
    /// <param name="typeName">Names the object that holds a member, from the path of the object; for messages.</param>
    /// <returns>Whether every string is valid text (no lone surrogate): the later stages may read strings.</returns>
    internal static bool Check(SourceDocument source, List<Diagnostic> findings, int limit, Func<IReadOnlyList<string>, string> typeName)
    {
        // Without an escaped surrogate anywhere (\uD800 to \uDFFF, either case), no string needs to be looked at.
        // When the parser has found no repeated name, and no string can hold a lone surrogate, there is nothing to look at.
        var maySurrogate = HasSurrogateEscape(source.Utf8.Span);
        if (source.NamesAreUnique && !maySurrogate)
        {
            return true;
        }

        var walker = new Walker(source, findings, limit, typeName) { MaySurrogate = maySurrogate, CheckNames = !source.NamesAreUnique };
        walker.Walk(source.Root);
        return walker.TextIsValid;
    }

    /// <summary>Whether the bytes hold <c>\uD8</c> to <c>\uDF</c> anywhere (a superset of where a surrogate is escaped).</summary>
    internal static bool HasSurrogateEscape(ReadOnlySpan<byte> utf8)
    {
        for (var at = utf8.IndexOf("\\u"u8); at >= 0; at = utf8.IndexOf("\\u"u8))
        {
            utf8 = utf8[(at + 2)..];
            if (utf8.Length >= 2 && utf8[0] is (byte)'d' or (byte)'D' && utf8[1] is (>= (byte)'8' and <= (byte)'9') or (>= (byte)'a' and <= (byte)'f') or (>= (byte)'A' and <= (byte)'F'))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class Walker(SourceDocument source, List<Diagnostic> findings, int limit, Func<IReadOnlyList<string>, string> typeName)
    {
        // The path from the root: a member (its property) or an array index; turned into a pointer only for a finding.
        private readonly List<(JsonProperty Property, int Index)> _path = [];
        private readonly List<(int Key, ReadOnlyMemory<byte> Name)> _names = [];

        public bool TextIsValid { get; private set; } = true;

        /// <summary>Whether the document may hold an escaped surrogate; when not, strings need no look.</summary>
        public bool MaySurrogate { get; init; } = true;

        /// <summary>Whether repeated member names are looked for; not when the parser has found none.</summary>
        public bool CheckNames { get; init; } = true;

        public void Walk(JsonElement element)
        {
            if (findings.Count > limit)
            {
                return;
            }

            switch (element.ValueKind)
            {
                case JsonValueKind.String when MaySurrogate:
                    CheckText(JsonMarshal.GetRawUtf8Value(element), element, null);
                    break;
                case JsonValueKind.Array:
                    var index = 0;
                    foreach (var item in element.EnumerateArray())
                    {
                        _path.Add((default, index++));
                        Walk(item);
                        _path.RemoveAt(_path.Count - 1);
                    }

                    break;
                case JsonValueKind.Object:
                    WalkObject(element);
                    break;
            }
        }

        /// <summary>Checks each member's name and value, and reports every repetition of a name, at the repetition.</summary>
        private void WalkObject(JsonElement element)
        {
            // The names of the objects being walked, as a stack: this object's are _names[first..] until it ends.
            var first = _names.Count;
            HashSet<ReadOnlyMemory<byte>>? seen = null;
            foreach (var property in element.EnumerateObject())
            {
                var raw = JsonMarshal.GetRawUtf8PropertyName(property);
                _path.Add((property, -1));
                CheckText(raw, default, property);
                if (!CheckNames)
                {
                    Walk(property.Value);
                    _path.RemoveAt(_path.Count - 1);
                    continue;
                }

                var name = NameOf(raw, property);
                var key = Key(name.Span);
                var repeated = false;
                if (seen is null && _names.Count - first < SmallObject)
                {
                    for (var j = first; j < _names.Count && !repeated; j++)
                    {
                        repeated = _names[j].Key == key && _names[j].Name.Span.SequenceEqual(name.Span);
                    }
                }
                else
                {
                    if (seen is null)
                    {
                        seen = new HashSet<ReadOnlyMemory<byte>>(NameComparer.Instance);
                        for (var j = first; j < _names.Count; j++)
                        {
                            seen.Add(_names[j].Name);
                        }
                    }

                    repeated = !seen.Add(name);
                }

                _names.Add((key, name));
                if (repeated && findings.Count <= limit)
                {
                    var segments = Segments();
                    var (line, column) = source.PositionOf(source.OffsetOf(property));
                    findings.Add(DiagnosticCatalogue.DuplicateMember.Create(Pointer(segments), Rule, ("member", JsonTokens.Shorten(SafeName(property))), ("type", typeName(segments[..^1]))) with { Line = line, Column = column });
                }

                Walk(property.Value);
                _path.RemoveAt(_path.Count - 1);
            }

            _names.RemoveRange(first, _names.Count - first);
        }

        /// <summary>A cheap fingerprint of a name (its length and three of its bytes): names with different keys differ.</summary>
        private static int Key(ReadOnlySpan<byte> name) =>
            name.Length == 0 ? 0 : name.Length ^ (name[0] << 8) ^ (name[^1] << 16) ^ (name[name.Length / 2] << 24);

        /// <summary>The member's name as UTF-8 without escapes: a slice of the document unless it has escapes.</summary>
        private ReadOnlyMemory<byte> NameOf(ReadOnlySpan<byte> raw, JsonProperty property)
        {
            if (raw.IndexOf((byte)'\\') < 0 && source.Utf8.Span.Overlaps(raw, out var offset))
            {
                return source.Utf8.Slice(offset, raw.Length);
            }

            // A name with escapes (or, defensively, one outside the buffer); a lone surrogate is reported, its raw text compared.
            return TextInput.LoneSurrogateEscape(raw) >= 0 ? raw.ToArray() : Encoding.UTF8.GetBytes(property.Name);
        }

        private void CheckText(ReadOnlySpan<byte> raw, JsonElement element, JsonProperty? property)
        {
            var at = MaySurrogate ? TextInput.LoneSurrogateEscape(raw) : -1;
            if (at < 0)
            {
                return;
            }

            TextIsValid = false;
            if (findings.Count > limit)
            {
                return;
            }

            var offset = source.Utf8.Span.Overlaps(raw, out var start) ? start + at : property is { } p ? source.OffsetOf(p) : source.OffsetOf(element);
            var (line, column) = source.PositionOf(offset);
            var escape = Encoding.UTF8.GetString(raw.Slice(at, Math.Min(6, raw.Length - at)));
            var what = property is null ? "The string" : "The member name";
            findings.Add(DiagnosticCatalogue.InvalidValue.Create(Pointer(Segments()), Rule, ("detail", $"{what} has a lone surrogate ({escape}), which is not valid Unicode; write the character it stands for, or remove the escape.")) with { Line = line, Column = column });
        }

        private List<string> Segments()
        {
            var segments = new List<string>(_path.Count);
            foreach (var (property, index) in _path)
            {
                segments.Add(index >= 0 ? index.ToString(CultureInfo.InvariantCulture) : SafeName(property));
            }

            return segments;
        }

        /// <summary>A member's name, or its raw escaped text when it cannot be unescaped (a lone surrogate).</summary>
        private static string SafeName(JsonProperty property)
        {
            var raw = JsonMarshal.GetRawUtf8PropertyName(property);
            return TextInput.LoneSurrogateEscape(raw) >= 0 ? Encoding.UTF8.GetString(raw) : property.Name;
        }

        private static string Pointer(List<string> segments)
        {
            var builder = new StringBuilder();
            foreach (var segment in segments)
            {
                builder.Append('/').Append(JsonPointer.Escape(segment));
            }

            return builder.ToString();
        }
    }

    private sealed class NameComparer : IEqualityComparer<ReadOnlyMemory<byte>>
    {
        public static readonly NameComparer Instance = new();

        public bool Equals(ReadOnlyMemory<byte> x, ReadOnlyMemory<byte> y) => x.Span.SequenceEqual(y.Span);

        public int GetHashCode(ReadOnlyMemory<byte> obj)
        {
            var hash = new HashCode();
            hash.AddBytes(obj.Span);
            return hash.ToHashCode();
        }
    }
}

using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace AiContracts.Domain.Diagnostics;

/// <summary>
/// An RFC 6901 JSON Pointer: the path of one element of a JSON document, as member names and array indexes from the
/// root down. A pointer is built from typed segments (<see cref="Append(string)"/>, <see cref="Append(int)"/>, or the
/// <c>/</c> operator: <c>JsonPointer.Root / "pricing" / "meters" / 3</c>), each escaped once when it is appended
/// (<c>~</c> as <c>~0</c>, <c>/</c> as <c>~1</c>), or parsed once from its text (<see cref="Parse"/>); it is kept as
/// its escaped text, which <see cref="ToString"/> returns without copying, and compared by that text (ordinal), which
/// is the same as comparing the segments.
/// </summary>
/// <remarks>
/// <para>
/// A segment is text: the pointer does not know whether <c>3</c> names an array element or a member called "3", and
/// <c>Append(3)</c> and <c>Append("3")</c> give equal pointers, as RFC 6901 says.
/// </para>
/// <para>The default value is <see cref="Root"/>. Thread safety: immutable; safe to share across threads.</para>
/// </remarks>
public readonly struct JsonPointer : IEquatable<JsonPointer>
{
    private static readonly SearchValues<char> Escaped = SearchValues.Create("~/");

    // The escaped text; null for the root (the default value).
    private readonly string? _text;

    private JsonPointer(string text) => _text = text.Length == 0 ? null : text;

    /// <summary>The pointer of the whole document: no segment, the empty text.</summary>
    public static JsonPointer Root => default;

    /// <summary>The same as <see cref="Root"/>, under the name RFC 6901 gives its text (the empty string).</summary>
    public static JsonPointer Empty => default;

    /// <summary>Whether this is <see cref="Root"/>, the pointer of the whole document.</summary>
    public bool IsRoot => _text is null;

    /// <summary>The number of segments: 0 for <see cref="Root"/>, 2 for <c>/pricing/meters</c>.</summary>
    public int Depth => _text is null ? 0 : _text.AsSpan().Count('/');

    /// <summary>The pointer of the element that holds this one: <c>/pricing</c> for <c>/pricing/meters</c>.</summary>
    /// <returns>The pointer without its last segment.</returns>
    /// <exception cref="InvalidOperationException">This is <see cref="Root"/>, which has no parent.</exception>
    /// <remarks>
    /// A method rather than a property, so that a serializer that walks public properties (a <see cref="Diagnostic"/>
    /// written by reflection) neither follows parents up to the root nor meets an exception.
    /// </remarks>
    public JsonPointer GetParent() => _text is null
        ? throw new InvalidOperationException("The root pointer has no parent.")
        : new JsonPointer(_text[..Math.Max(0, _text.LastIndexOf('/'))]);

    /// <summary>The segments from the root down, unescaped: <c>a/b</c> and <c>c</c> for <c>/a~1b/c</c>; none for <see cref="Root"/>.</summary>
    public IEnumerable<string> Segments
    {
        get
        {
            var text = _text;
            if (text is null)
            {
                yield break;
            }

            for (var at = text.IndexOf('/'); at >= 0;)
            {
                var end = text.IndexOf('/', at + 1);
                yield return Unescape(text.AsSpan(at + 1, (end < 0 ? text.Length : end) - at - 1));
                at = end;
            }
        }
    }

    /// <summary>The pointer of a member of the element this pointer names: <c>/pricing</c> then <c>/pricing/meters</c>.</summary>
    /// <param name="name">The member's name, as it is in the document (it is escaped here); may be empty.</param>
    /// <returns>The longer pointer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public JsonPointer Append(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return new JsonPointer(name.AsSpan().ContainsAny(Escaped)
            ? string.Concat(_text, "/", Escape(name))
            : string.Concat(_text, "/", name));
    }

    /// <summary>The pointer of an element of the array this pointer names: <c>/pricing/meters</c> then <c>/pricing/meters/3</c>.</summary>
    /// <param name="index">The element's 0-based index.</param>
    /// <returns>The longer pointer.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    public JsonPointer Append(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return new JsonPointer(string.Create(CultureInfo.InvariantCulture, $"{_text}/{index}"));
    }

    /// <summary>This pointer followed by the segments of <paramref name="relative"/>: <c>/a</c> and <c>/b/0</c> give <c>/a/b/0</c>.</summary>
    /// <param name="relative">The segments to append, as a pointer from this one's element.</param>
    /// <returns>The longer pointer.</returns>
    public JsonPointer Append(JsonPointer relative) =>
        relative._text is null ? this : _text is null ? relative : new JsonPointer(string.Concat(_text, relative._text));

    /// <summary>Whether <paramref name="ancestor"/> names this element or one that holds it: <c>/a/b</c> starts with <c>/a</c>, not with <c>/a/bc</c> nor <c>/ab</c>; every pointer starts with <see cref="Root"/>.</summary>
    /// <param name="ancestor">The pointer that may lead here.</param>
    /// <returns>True when every segment of <paramref name="ancestor"/> is the segment at the same place in this pointer.</returns>
    public bool StartsWith(JsonPointer ancestor)
    {
        var prefix = ancestor._text;
        if (prefix is null)
        {
            return true;
        }

        var text = _text;
        return text is not null
            && text.StartsWith(prefix, StringComparison.Ordinal)
            && (text.Length == prefix.Length || text[prefix.Length] == '/');
    }

    /// <summary>Reads the RFC 6901 text of a pointer: empty, or segments each after a <c>/</c>, with <c>~</c> written only as <c>~0</c> or <c>~1</c>.</summary>
    /// <param name="text">The text, for example <c>/pricing/meters/3</c> or the empty string.</param>
    /// <returns>The pointer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a JSON Pointer: it does not start with <c>/</c>, or has a <c>~</c> not followed by <c>0</c> or <c>1</c>.</exception>
    public static JsonPointer Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsValid(text, out var error)
            ? new JsonPointer(text)
            : throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"'{text}' is not a JSON Pointer (RFC 6901): {error}"));
    }

    /// <summary>Reads the RFC 6901 text of a pointer as <see cref="Parse"/> does, without an exception.</summary>
    /// <param name="text">The text; null is not a pointer.</param>
    /// <param name="pointer">The pointer when the text is one; <see cref="Root"/> otherwise.</param>
    /// <returns>Whether <paramref name="text"/> is a JSON Pointer.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out JsonPointer pointer)
    {
        if (text is not null && IsValid(text, out _))
        {
            pointer = new JsonPointer(text);
            return true;
        }

        pointer = default;
        return false;
    }

    /// <summary>The pointer of these segments from the root down, each escaped once.</summary>
    /// <param name="segments">Member names or array indexes as text, unescaped.</param>
    /// <returns>The pointer; <see cref="Root"/> for no segment.</returns>
    /// <exception cref="ArgumentNullException">A segment is null.</exception>
    public static JsonPointer Create(params ReadOnlySpan<string> segments)
    {
        var pointer = Root;
        foreach (var segment in segments)
        {
            pointer = pointer.Append(segment);
        }

        return pointer;
    }

    /// <summary>The pointer of a member, as <see cref="Append(string)"/>: <c>JsonPointer.Root / "pricing"</c>.</summary>
    /// <param name="pointer">The pointer of the object.</param>
    /// <param name="name">The member's name, unescaped.</param>
    /// <returns>The longer pointer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static JsonPointer operator /(JsonPointer pointer, string name) => pointer.Append(name);

    /// <summary>The pointer of an array element, as <see cref="Append(int)"/>: <c>JsonPointer.Root / "meters" / 3</c>.</summary>
    /// <param name="pointer">The pointer of the array.</param>
    /// <param name="index">The element's 0-based index.</param>
    /// <returns>The longer pointer.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    public static JsonPointer operator /(JsonPointer pointer, int index) => pointer.Append(index);

    /// <summary>Whether two pointers are equal (<see cref="Equals(JsonPointer)"/>).</summary>
    /// <param name="left">A pointer.</param>
    /// <param name="right">Another.</param>
    /// <returns>True when they name the same element.</returns>
    public static bool operator ==(JsonPointer left, JsonPointer right) => left.Equals(right);

    /// <summary>Whether two pointers differ (<see cref="Equals(JsonPointer)"/>).</summary>
    /// <param name="left">A pointer.</param>
    /// <param name="right">Another.</param>
    /// <returns>True when they name different elements.</returns>
    public static bool operator !=(JsonPointer left, JsonPointer right) => !left.Equals(right);

    /// <summary>Whether the two pointers have the same segments (their texts are equal, ordinal).</summary>
    /// <param name="other">The other pointer.</param>
    /// <returns>True when they name the same element.</returns>
    public bool Equals(JsonPointer other) => string.Equals(_text, other._text, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is JsonPointer other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _text is null ? 0 : StringComparer.Ordinal.GetHashCode(_text);

    /// <summary>The RFC 6901 text: <c>/pricing/meters/3</c>, or the empty string for <see cref="Root"/>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _text ?? string.Empty;

    /// <summary>
    /// A pointer holding <paramref name="text"/> as it is, checked or not: what <see cref="Diagnostic.Pointer"/> keeps,
    /// since it has always accepted any text. Text that is not a pointer keeps its text (<see cref="ToString"/>) and
    /// equality; its segments are read leniently (text before the first <c>/</c> is ignored, a <c>~</c> that escapes
    /// nothing is kept).
    /// </summary>
    internal static JsonPointer FromText(string text) => new(text);

    /// <summary>A segment escaped for a pointer's text: <c>~</c> as <c>~0</c>, then <c>/</c> as <c>~1</c>.</summary>
    internal static string Escape(string segment) =>
        segment.AsSpan().ContainsAny(Escaped)
            ? segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)
            : segment;

    /// <summary>A segment of a pointer's text unescaped, left to right: <c>~0</c> is <c>~</c>, <c>~1</c> is <c>/</c> (so <c>~01</c> is <c>~1</c>); any other <c>~</c> is kept.</summary>
    internal static string Unescape(ReadOnlySpan<char> segment)
    {
        var tilde = segment.IndexOf('~');
        if (tilde < 0)
        {
            return segment.ToString();
        }

        var builder = new System.Text.StringBuilder(segment.Length);
        for (var at = 0; at < segment.Length; at++)
        {
            var c = segment[at];
            if (c == '~' && at + 1 < segment.Length && segment[at + 1] is '0' or '1')
            {
                builder.Append(segment[++at] == '0' ? '~' : '/');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool IsValid(string text, out string? error)
    {
        error = null;
        if (text.Length > 0 && text[0] != '/')
        {
            error = "it does not start with '/'.";
            return false;
        }

        for (var at = text.IndexOf('~'); at >= 0; at = text.IndexOf('~', at + 1))
        {
            if (at + 1 == text.Length || text[at + 1] is not ('0' or '1'))
            {
                error = string.Create(CultureInfo.InvariantCulture, $"the '~' at index {at} is not followed by 0 or 1.");
                return false;
            }
        }

        return true;
    }
}

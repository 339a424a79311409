using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AiContracts.Domain.Diagnostics;

namespace AiContracts.Json.Internal;

/// <summary>One violation found by <see cref="CompiledSchema"/>: the instance location and the failing keyword.</summary>
/// <param name="Pointer">The RFC 6901 pointer of the element.</param>
/// <param name="Keyword">The JSON Schema keyword.</param>
internal readonly record struct SchemaError(string Pointer, string Keyword);

/// <summary>
/// The contract schema compiled into a tree of checks that one <see cref="Utf8JsonReader"/> pass over a document's
/// bytes evaluates (no parsed document; where anyOf needs a value twice, a copy of the reader reads it again), reporting
/// every violation as an instance location and a keyword, the shape JsonSchema.Net's list output has. It reads exactly the keywords
/// the published schema uses (<c>$ref</c> into <c>$defs</c>, <c>type</c>, <c>anyOf</c>, <c>enum</c> of strings,
/// <c>properties</c>, <c>required</c>, <c>additionalProperties</c>, <c>items</c>, <c>pattern</c>, <c>minimum</c>,
/// <c>maximum</c>, <c>format</c> date and date-time) and refuses to compile a schema with any other, so that the
/// schema cannot grow a constraint this evaluator would silently skip. Tests hold its findings equal to JsonSchema.Net's
/// on the samples, on generated contracts and on mutations of them.
/// </summary>
/// <remarks>
/// Where it is stricter than JsonSchema.Net it follows the JSON Schema specification: <c>pattern</c> is an ECMA-262
/// regular expression, so <c>$</c> matches only at the end of the string (.NET's <c>$</c> also matches before a final
/// line feed). A repeated member name, which JSON Schema leaves undefined, is evaluated once (at its first occurrence);
/// the pipeline's text stage reports every repetition (<see cref="DocumentText"/>), sent there by this pass when it
/// finds one. Thread safety: the compiled tree is immutable (a node's derived flag is decided once, the same way by
/// any thread); safe to share across threads.
/// </remarks>
internal sealed class CompiledSchema
{
    private static readonly FrozenSet<string> Annotations =
        FrozenSet.ToFrozenSet(["$schema", "$id", "$comment", "$defs", "title", "description", "examples", "default"], StringComparer.Ordinal);

    private static readonly Lazy<CompiledSchema> LazyContract = new(() => Compile(ContractSchema.Text));

    private readonly Node _root;

    private CompiledSchema(Node root) => _root = root;

    /// <summary>The published contract schema, compiled.</summary>
    internal static CompiledSchema Contract => LazyContract.Value;

    [Flags]
    private enum JsonTypes
    {
        None = 0,
        Null = 1,
        Boolean = 2,
        Object = 4,
        Array = 8,
        Number = 16,
        Integer = 32,
        String = 64,
    }

    private enum StringFormat
    {
        None,
        Date,
        DateTime,
    }

    /// <summary>Compiles a schema document.</summary>
    /// <param name="schemaText">The schema.</param>
    /// <returns>The compiled schema.</returns>
    /// <exception cref="NotSupportedException">The schema uses a keyword or a form of one that this evaluator does not implement.</exception>
    internal static CompiledSchema Compile(string schemaText)
    {
        using var document = JsonDocument.Parse(schemaText);
        var compiler = new Compiler(document.RootElement);
        var root = compiler.Compile(document.RootElement, "#");
        compiler.ResolveReferences();
        return new CompiledSchema(root);
    }

    /// <summary>Evaluates a parsed document and collects its violations in document order.</summary>
    /// <param name="instance">The document's root.</param>
    /// <param name="errors">Receives the violations.</param>
    /// <param name="limit">Stops after this many violations.</param>
    /// <returns>Whether the document is valid.</returns>
    internal bool Evaluate(JsonElement instance, List<SchemaError> errors, int limit)
    {
        var utf8 = JsonMarshal.GetRawUtf8Value(instance);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxReaderDepth });
        reader.Read();
        var path = new PathStack(utf8);
        var before = errors.Count;
        Evaluate(_root, ref reader, ref path, errors, limit, null);
        return errors.Count == before;
    }

    /// <summary>
    /// Evaluates a document from its UTF-8 text in one pass of a reader, with no parsed document: every violation in
    /// document order, as <see cref="Evaluate(JsonElement, List{SchemaError}, int)"/> finds them; and, on the way,
    /// whether any object repeats a member name.
    /// </summary>
    /// <param name="utf8">The document, valid UTF-8 without a byte-order mark.</param>
    /// <param name="maxDepth">The depth limit.</param>
    /// <param name="errors">Receives the violations.</param>
    /// <param name="limit">Stops after this many violations.</param>
    /// <param name="namesAreUnique">
    /// True when the whole document was read and no object repeats a member name (an unknown name with escapes counts
    /// as a possible repetition); false otherwise, including when the evaluation stopped at <paramref name="limit"/>.
    /// </param>
    /// <returns>Whether the document is valid.</returns>
    /// <exception cref="JsonException">The text is not JSON, or nests deeper than <paramref name="maxDepth"/>.</exception>
    internal bool Evaluate(ReadOnlyMemory<byte> utf8, int maxDepth, List<SchemaError> errors, int limit, out bool namesAreUnique)
    {
        var reader = new Utf8JsonReader(utf8.Span, new JsonReaderOptions { MaxDepth = maxDepth });
        reader.Read();
        var path = new PathStack(utf8.Span);
        var names = new NameCheck(utf8);
        var before = errors.Count;
        var complete = Evaluate(_root, ref reader, ref path, errors, limit, names) || errors.Count <= limit;
        if (complete)
        {
            // Content after the root value is a syntax error; the reader says so.
            while (reader.Read())
            {
            }
        }

        namesAreUnique = complete && names.Unique;
        return errors.Count == before;
    }

    /// <summary>Whether a document is valid, stopping at the first violation.</summary>
    /// <param name="instance">The document's root.</param>
    /// <returns>Whether it is valid.</returns>
    internal bool IsValid(JsonElement instance)
    {
        var utf8 = JsonMarshal.GetRawUtf8Value(instance);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxReaderDepth });
        reader.Read();
        var path = new PathStack(utf8);
        return Evaluate(_root, ref reader, ref path, null, 0, null);
    }

    /// <summary>The depth a reader over an already parsed document allows (the parser has applied the real limit).</summary>
    private const int MaxReaderDepth = 4096;

    /// <summary>
    /// Evaluates a node on the value the reader is at, leaving the reader at the value's last token. With
    /// <paramref name="errors"/> null it stops at the first violation (and may leave the reader inside the value: such a
    /// reader is a copy, thrown away). <paramref name="names"/> checks member names for repetition on the one reader
    /// that walks the whole document; null on copies.
    /// </summary>
    private static bool Evaluate(Node node, ref Utf8JsonReader reader, ref PathStack path, List<SchemaError>? errors, int limit, NameCheck? names)
    {
        while (node.Reference is { } target && node.IsPureReference)
        {
            node = target;
        }

        if (node.AlwaysFails)
        {
            Skip(ref reader, names);
            return Fail(errors, ref path, "false");
        }

        if (node.Reference is { } referenced)
        {
            var copy = reader;
            if (!Evaluate(referenced, ref copy, ref path, errors, limit, null) && errors is null)
            {
                return false;
            }
        }

        var valid = true;
        if (node.Types != JsonTypes.None && !HasType(ref reader, node.Types))
        {
            // A value of the wrong type fails its other keywords too: the type says it.
            Skip(ref reader, names);
            return Fail(errors, ref path, "type");
        }

        if (node.AnyOf is { } branches)
        {
            // The schema's optional members are anyOf [X, {"type": "null"}]: null matches the second branch, anything else
            // can only match the first, so evaluate it once, in the caller's mode, on this reader.
            if (branches.Length == 2 && branches[1].IsNullOnly && !node.HasOwnChecks)
            {
                return reader.TokenType == JsonTokenType.Null || Evaluate(branches[0], ref reader, ref path, errors, limit, names);
            }

            if (!EvaluateAnyOf(branches, reader, ref path, errors, limit))
            {
                valid = false;
                if (errors is null)
                {
                    return false;
                }
            }
        }

        switch (reader.TokenType)
        {
            case JsonTokenType.String when node.HasStringChecks:
                valid &= EvaluateString(node, ref reader, ref path, errors);
                break;
            case JsonTokenType.Number when node.Minimum is not null || node.Maximum is not null:
                valid &= EvaluateRange(node, ref reader, ref path, errors);
                break;
            case JsonTokenType.StartObject when node.HasObjectChecks:
                valid &= EvaluateObject(node, ref reader, ref path, errors, limit, names);
                break;
            case JsonTokenType.StartArray when node.Items is not null:
                var index = 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    path.PushIndex(index++);
                    valid &= Evaluate(node.Items, ref reader, ref path, errors, limit, names);
                    path.Pop();
                    if ((!valid && errors is null) || errors?.Count > limit)
                    {
                        return false;
                    }
                }

                break;
            default:
                Skip(ref reader, names);
                break;
        }

        return valid;
    }

    /// <summary>
    /// Moves the reader to the last token of the value it is at; on the reader that walks the whole document, checks the
    /// member names of every object inside for repetition.
    /// </summary>
    private static void Skip(ref Utf8JsonReader reader, NameCheck? names)
    {
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return;
        }

        if (names is null)
        {
            reader.Skip();
            return;
        }

        if (reader.TokenType == JsonTokenType.StartArray)
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                Skip(ref reader, names);
            }

            return;
        }

        var first = names.Open();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            names.Add(ref reader, first);
            reader.Read();
            Skip(ref reader, names);
        }

        names.Close(first);
    }

    private static bool EvaluateAnyOf(Node[] branches, Utf8JsonReader reader, ref PathStack path, List<SchemaError>? errors, int limit)
    {
        var flag = new PathStack(default);
        foreach (var branch in branches)
        {
            var copy = reader;
            if (Evaluate(branch, ref copy, ref flag, null, 0, null))
            {
                return true;
            }
        }

        if (errors is not null)
        {
            // Report what the non-null branches say; a branch that only allows null ("should be null") adds nothing.
            var before = errors.Count;
            foreach (var branch in branches)
            {
                if (!branch.IsNullOnly)
                {
                    var copy = reader;
                    Evaluate(branch, ref copy, ref path, errors, limit, null);
                }
            }

            if (errors.Count == before)
            {
                Fail(errors, ref path, "anyOf");
            }
        }

        return false;
    }

    private static bool EvaluateString(Node node, ref Utf8JsonReader reader, ref PathStack path, List<SchemaError>? errors)
    {
        var raw = reader.ValueSpan;
        var valid = true;
        if (node.Enum is { } values)
        {
            // Compared as UTF-8 (a string with escapes unescaped first): most strings the schema checks are names from a
            // list, and need no other check.
            if (!IsListed(values, reader.ValueIsEscaped ? Encoding.UTF8.GetBytes(reader.GetString()!) : raw))
            {
                valid = Fail(errors, ref path, "enum");
                if (errors is null)
                {
                    return false;
                }
            }

            if (node.Pattern is null && node.Format == StringFormat.None)
            {
                return valid;
            }
        }

        char[]? rented = null;
        string? unescaped = null;
        Span<char> small = stackalloc char[256];
        scoped ReadOnlySpan<char> text;
        if (reader.ValueIsEscaped)
        {
            unescaped = reader.GetString()!;
            text = unescaped;
        }
        else
        {
            var buffer = raw.Length <= small.Length ? small : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(raw.Length));
            var written = Encoding.UTF8.GetChars(raw, buffer);
            text = buffer[..written];
        }

        try
        {
            if ((valid || errors is not null) && node.Pattern is { } pattern && !pattern.IsMatch(text))
            {
                valid = Fail(errors, ref path, "pattern");
            }

            if ((valid || errors is not null) && node.Format != StringFormat.None && !HasFormat(text, node.Format))
            {
                valid = Fail(errors, ref path, "format");
            }

            return valid;
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private static bool IsListed(byte[][] values, ReadOnlySpan<byte> raw)
    {
        foreach (var value in values)
        {
            if (raw.SequenceEqual(value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EvaluateRange(Node node, ref Utf8JsonReader reader, ref PathStack path, List<SchemaError>? errors)
    {
        var valid = true;
        CompareToLimits(ref reader, node.Minimum, node.Maximum, out var belowMinimum, out var aboveMaximum);
        if (belowMinimum)
        {
            valid = Fail(errors, ref path, "minimum");
        }

        if (aboveMaximum && (valid || errors is not null))
        {
            valid = Fail(errors, ref path, "maximum");
        }

        return valid;
    }

    private static bool EvaluateObject(Node node, ref Utf8JsonReader reader, ref PathStack path, List<SchemaError>? errors, int limit, NameCheck? names)
    {
        var valid = true;
        var properties = node.Properties;
        var required = node.Required;
        var slots = properties?.Length ?? required?.Length ?? 0;
        Span<bool> seen = slots <= 128 ? stackalloc bool[slots] : new bool[slots];
        var first = names?.Open() ?? 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var index = -1;
            if (properties is not null)
            {
                // Compared as UTF-8 (a name with escapes unescaped first), length first: cheaper than decoding the name
                // to look it up.
                index = IndexOf(properties, reader.ValueIsEscaped ? Encoding.UTF8.GetBytes(reader.GetString()!) : reader.ValueSpan);
            }
            else
            {
                // Only 'required' (no 'properties'): the slot of a required name, to tell whether each was seen.
                for (var i = 0; i < required!.Length; i++)
                {
                    if (reader.ValueTextEquals(required[i]))
                    {
                        seen[i] = true;
                        break;
                    }
                }
            }

            var known = index >= 0;
            path.PushName(ref reader);
            if (!known)
            {
                names?.Add(ref reader, first);
            }

            reader.Read();
            if (known && !seen[index])
            {
                seen[index] = true;
                valid &= Evaluate(properties![index].Node, ref reader, ref path, errors, limit, names);
            }
            else
            {
                if (known && names is not null)
                {
                    // The second occurrence of a described member: a repeated name (the text stage reports it).
                    names.Unique = false;
                }

                if (!known && node.AdditionalPropertiesForbidden)
                {
                    valid = Fail(errors, ref path, "additionalProperties");
                }

                Skip(ref reader, names);
            }

            path.Pop();
            if ((!valid && errors is null) || errors?.Count > limit)
            {
                return false;
            }
        }

        names?.Close(first);
        if (required is not null)
        {
            for (var i = 0; i < required.Length; i++)
            {
                if (!seen[node.RequiredSlots?[i] ?? i])
                {
                    return Fail(errors, ref path, "required") && valid;
                }
            }
        }

        return valid;
    }

    /// <summary>The position of the described member with this (unescaped UTF-8) name, or -1.</summary>
    private static int IndexOf((byte[] Name, Node Node)[] properties, ReadOnlySpan<byte> name)
    {
        for (var i = 0; i < properties.Length; i++)
        {
            if (name.SequenceEqual(properties[i].Name))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Records a violation (when collecting) and returns false.</summary>
    private static bool Fail(List<SchemaError>? errors, ref PathStack path, string keyword)
    {
        errors?.Add(new SchemaError(path.ToPointer(), keyword));
        return false;
    }

    private static bool HasType(ref Utf8JsonReader reader, JsonTypes types) => reader.TokenType switch
    {
        JsonTokenType.Null => (types & JsonTypes.Null) != 0,
        JsonTokenType.True or JsonTokenType.False => (types & JsonTypes.Boolean) != 0,
        JsonTokenType.StartObject => (types & JsonTypes.Object) != 0,
        JsonTokenType.StartArray => (types & JsonTypes.Array) != 0,
        JsonTokenType.String => (types & JsonTypes.String) != 0,
        JsonTokenType.Number => (types & JsonTypes.Number) != 0 || ((types & JsonTypes.Integer) != 0 && IsInteger(reader.ValueSpan)),
        _ => false,
    };

    /// <summary>Whether a JSON number is a whole number (1, 1.0 and 1e2 are; 1.5 is not), exactly, from its text.</summary>
    internal static bool IsInteger(ReadOnlySpan<byte> number)
    {
        var e = number.IndexOfAny((byte)'e', (byte)'E');
        var mantissa = e < 0 ? number : number[..e];
        long exponent = 0;
        if (e >= 0)
        {
            var digits = number[(e + 1)..];
            var negative = digits.Length > 0 && digits[0] == (byte)'-';
            foreach (var b in digits.TrimStart("+-"u8))
            {
                exponent = Math.Min(exponent * 10 + (b - '0'), 1_000_000_000L);
            }

            exponent = negative ? -exponent : exponent;
        }

        var dot = mantissa.IndexOf((byte)'.');
        var fraction = dot < 0 ? [] : mantissa[(dot + 1)..];
        var whole = (dot < 0 ? mantissa : mantissa[..dot]).TrimStart((byte)'-');

        // value = digits(whole + fraction) x 10^(exponent - fraction.Length); drop trailing zeros into the scale.
        var scale = exponent - fraction.Length;
        var trailingZeros = fraction.Length - fraction.TrimEnd((byte)'0').Length;
        if (trailingZeros == fraction.Length)
        {
            trailingZeros += whole.Length - whole.TrimEnd((byte)'0').Length;
        }

        scale += trailingZeros;
        var significant = whole.Length + fraction.Length - trailingZeros;
        var isZero = whole.IndexOfAnyExcept((byte)'0') < 0 && fraction.IndexOfAnyExcept((byte)'0') < 0;
        return isZero || significant <= 0 || scale >= 0;
    }

    /// <summary>Compares a number with a range exactly (as a decimal; a number beyond decimal by its sign and size).</summary>
    private static void CompareToLimits(ref Utf8JsonReader reader, decimal? minimum, decimal? maximum, out bool belowMinimum, out bool aboveMaximum)
    {
        var raw = reader.ValueSpan;
        if (reader.TryGetDecimal(out var value) && !IsRoundedToZero(value, raw))
        {
            belowMinimum = value < minimum;
            aboveMaximum = value > maximum;
            return;
        }

        // Beyond decimal: either larger than 7.9e28 in magnitude, or a non-zero magnitude below 1e-28. A double
        // tells which (it may overflow to infinity or underflow to zero, but not across 1).
        _ = double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var approximate);
        var negative = raw.Length > 0 && raw[0] == (byte)'-';
        if (Math.Abs(approximate) >= 1)
        {
            belowMinimum = negative && minimum is not null;
            aboveMaximum = !negative && maximum is not null;
        }
        else
        {
            // A tiny magnitude: strictly between -1e-28 and 1e-28, on the side of zero its sign says.
            belowMinimum = minimum is { } min && (negative ? min >= 0 : min > 0);
            aboveMaximum = maximum is { } max && (negative ? max < 0 : max <= 0);
        }
    }

    /// <summary>Whether decimal parsing turned a non-zero number into zero (for example 1e-40).</summary>
    private static bool IsRoundedToZero(decimal value, ReadOnlySpan<byte> raw) =>
        value == 0 && raw.IndexOfAnyInRange((byte)'1', (byte)'9') is var first and >= 0
            && (raw.IndexOfAny((byte)'e', (byte)'E') is var e && (e < 0 || first < e));

    private static bool HasFormat(ReadOnlySpan<char> text, StringFormat format)
    {
        // The pattern has checked the shape; the format adds the calendar: the day exists in its month and year.
        if (text.Length < 10 || !int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.Slice(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(text.Slice(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || text[4] != '-' || text[7] != '-' || year < 1 || month is < 1 or > 12 || day < 1)
        {
            return false;
        }

        var leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        var days = month switch { 2 => leap ? 29 : 28, 4 or 6 or 9 or 11 => 30, _ => 31 };
        if (day > days)
        {
            return false;
        }

        return format == StringFormat.Date ? text.Length == 10 : text.Length > 10 && (text[10] is 'T' or 't');
    }

    /// <summary>The path from the root to the value being evaluated; turned into a pointer only for a violation.</summary>
    private ref struct PathStack(ReadOnlySpan<byte> utf8)
    {
        private readonly ReadOnlySpan<byte> _utf8 = utf8;
        private Segment[]? _segments;
        private int _count;

        /// <summary>Pushes the name of the member the reader is at: where it is in the text, or, with escapes, the name.</summary>
        public void PushName(ref Utf8JsonReader reader)
        {
            if (reader.ValueIsEscaped || !_utf8.Overlaps(reader.ValueSpan, out var offset))
            {
                Push(new Segment(-1, 0, -1, reader.GetString()));
            }
            else
            {
                Push(new Segment(offset, reader.ValueSpan.Length, -1, null));
            }
        }

        public void PushIndex(int index) => Push(new Segment(0, 0, index, null));

        public void Pop() => _count--;

        public readonly string ToPointer()
        {
            if (_count == 0)
            {
                return string.Empty;
            }

            var builder = new StringBuilder();
            for (var i = 0; i < _count; i++)
            {
                var segment = _segments![i];
                builder.Append('/');
                if (segment.Index >= 0)
                {
                    builder.Append(segment.Index.ToString(CultureInfo.InvariantCulture));
                }
                else
                {
                    var name = segment.Name ?? Encoding.UTF8.GetString(_utf8.Slice(segment.Start, segment.Length));
                    builder.Append(JsonPointer.Escape(name));
                }
            }

            return builder.ToString();
        }

        private void Push(Segment segment)
        {
            _segments ??= new Segment[16];
            if (_count == _segments.Length)
            {
                Array.Resize(ref _segments, _count * 2);
            }

            _segments[_count++] = segment;
        }

        /// <summary>A member's name (where it is in the text, or the unescaped name) or an array index.</summary>
        private readonly record struct Segment(int Start, int Length, int Index, string? Name);
    }

    /// <summary>
    /// Whether any object of a document repeats a member name, checked on the reader that walks the whole document: the
    /// names of the objects being walked are a stack of slices of the text; an object's names are compared pair by pair
    /// while it has few, through a set once it has more. A name with escapes is not compared: it counts as a possible
    /// repetition, which sends the document to the text stage that unescapes and reports.
    /// </summary>
    private sealed class NameCheck(ReadOnlyMemory<byte> utf8)
    {
        private const int SmallObject = 16;

        private readonly List<(int Start, int Length)> _names = [];
        private readonly List<(int Owner, HashSet<(int Start, int Length)> Set)> _sets = [];

        /// <summary>False once a repeated name (or one that may be) is found.</summary>
        public bool Unique { get; set; } = true;

        /// <summary>Starts an object; returns the mark <see cref="Add"/> and <see cref="Close"/> take.</summary>
        public int Open() => _names.Count;

        /// <summary>Adds the name the reader is at to the object opened at <paramref name="first"/>.</summary>
        public void Add(ref Utf8JsonReader reader, int first)
        {
            var raw = reader.ValueSpan;
            var text = utf8.Span;
            if (!Unique || reader.ValueIsEscaped || !text.Overlaps(raw, out var start))
            {
                Unique = false;
                return;
            }

            var name = (start, raw.Length);
            if (_names.Count - first < SmallObject)
            {
                for (var j = first; j < _names.Count; j++)
                {
                    if (_names[j].Length == name.Length && text.Slice(_names[j].Start, name.Length).SequenceEqual(raw))
                    {
                        Unique = false;
                        return;
                    }
                }
            }
            else
            {
                // The innermost large object's set is the last one: the objects inside this one are closed.
                if (_sets.Count == 0 || _sets[^1].Owner != first)
                {
                    var set = new HashSet<(int, int)>(new SliceComparer(utf8));
                    for (var j = first; j < _names.Count; j++)
                    {
                        set.Add(_names[j]);
                    }

                    _sets.Add((first, set));
                }

                if (!_sets[^1].Set.Add(name))
                {
                    Unique = false;
                    return;
                }
            }

            _names.Add(name);
        }

        /// <summary>Ends the object opened at <paramref name="first"/>.</summary>
        public void Close(int first)
        {
            _names.RemoveRange(first, _names.Count - first);
            if (_sets.Count > 0 && _sets[^1].Owner == first)
            {
                _sets.RemoveAt(_sets.Count - 1);
            }
        }

        private sealed class SliceComparer(ReadOnlyMemory<byte> utf8) : IEqualityComparer<(int Start, int Length)>
        {
            public bool Equals((int Start, int Length) x, (int Start, int Length) y) =>
                utf8.Span.Slice(x.Start, x.Length).SequenceEqual(utf8.Span.Slice(y.Start, y.Length));

            public int GetHashCode((int Start, int Length) obj)
            {
                var hash = new HashCode();
                hash.AddBytes(utf8.Span.Slice(obj.Start, obj.Length));
                return hash.ToHashCode();
            }
        }
    }

    private sealed class Node
    {
        public Node? Reference { get; set; }

        public string? ReferenceName { get; init; }

        public bool IsPureReference { get; set; }

        public bool AlwaysFails { get; init; }

        public JsonTypes Types { get; set; }

        public Node[]? AnyOf { get; set; }

        /// <summary>The described members in order, their names as UTF-8.</summary>
        public (byte[] Name, Node Node)[]? Properties { get; set; }

        public bool AdditionalPropertiesForbidden { get; set; }

        public string[]? Required { get; set; }

        /// <summary>With <see cref="Properties"/>, the position of each required member among them.</summary>
        public int[]? RequiredSlots { get; set; }

        public Node? Items { get; set; }

        /// <summary>The enum's names, as UTF-8.</summary>
        public byte[][]? Enum { get; set; }

        public Regex? Pattern { get; set; }

        public decimal? Minimum { get; set; }

        public decimal? Maximum { get; set; }

        public StringFormat Format { get; set; }

        public bool IsNullOnly => Types == JsonTypes.Null && Reference is null && AnyOf is null && Enum is null;

        public bool HasStringChecks => Enum is not null || Pattern is not null || Format != StringFormat.None;

        public bool HasObjectChecks => Properties is not null || Required is not null || AdditionalPropertiesForbidden;

        /// <summary>Whether the node checks the value itself, beside its reference, type and anyOf.</summary>
        public bool HasOwnChecks => HasStringChecks || Minimum is not null || Maximum is not null || HasObjectChecks || Items is not null;
    }

    private sealed class Compiler(JsonElement root)
    {
        private readonly Dictionary<string, Node> _definitions = new(StringComparer.Ordinal);
        private readonly List<Node> _references = [];

        public Node Compile(JsonElement schema, string location)
        {
            if (schema.ValueKind is JsonValueKind.True)
            {
                return new Node();
            }

            if (schema.ValueKind is JsonValueKind.False)
            {
                return new Node { AlwaysFails = true };
            }

            if (schema.ValueKind is not JsonValueKind.Object)
            {
                throw new NotSupportedException($"{location}: a schema must be an object or a boolean.");
            }

            var node = new Node { ReferenceName = schema.TryGetProperty("$ref", out var reference) ? reference.GetString() : null };
            if (node.ReferenceName is not null)
            {
                _references.Add(node);
            }

            var keywords = 0;
            foreach (var keyword in schema.EnumerateObject())
            {
                var at = $"{location}/{keyword.Name}";
                var value = keyword.Value;
                switch (keyword.Name)
                {
                    case "$ref":
                        break;
                    case "type":
                        node.Types = value.ValueKind == JsonValueKind.Array
                            ? value.EnumerateArray().Aggregate(JsonTypes.None, (all, t) => all | TypeOf(t, at))
                            : TypeOf(value, at);
                        break;
                    case "anyOf":
                        node.AnyOf = [.. value.EnumerateArray().Select((branch, i) => Compile(branch, $"{at}/{i}"))];
                        break;
                    case "enum":
                        node.Enum = [.. value.EnumerateArray()
                            .Select(name => name.ValueKind == JsonValueKind.String ? Encoding.UTF8.GetBytes(name.GetString()!) : throw new NotSupportedException($"{at}: only enums of strings are supported."))];
                        break;
                    case "properties":
                        node.Properties = [.. value.EnumerateObject().Select(p => (Encoding.UTF8.GetBytes(p.Name), Compile(p.Value, $"{at}/{p.Name}")))];
                        break;
                    case "required":
                        node.Required = [.. value.EnumerateArray().Select(name => name.GetString()!)];
                        break;
                    case "additionalProperties":
                        node.AdditionalPropertiesForbidden = value.ValueKind == JsonValueKind.False
                            ? true
                            : throw new NotSupportedException($"{at}: only 'additionalProperties: false' is supported.");
                        break;
                    case "items":
                        node.Items = Compile(value, at);
                        break;
                    case "pattern":
                        node.Pattern = new Regex(Ecma262(value.GetString()!), RegexOptions.CultureInvariant | RegexOptions.Compiled, Regex.InfiniteMatchTimeout);
                        break;
                    case "minimum":
                        node.Minimum = value.GetDecimal();
                        break;
                    case "maximum":
                        node.Maximum = value.GetDecimal();
                        break;
                    case "format":
                        node.Format = value.GetString() switch
                        {
                            "date" => StringFormat.Date,
                            "date-time" => StringFormat.DateTime,
                            var other => throw new NotSupportedException($"{at}: format '{other}' is not supported."),
                        };
                        break;
                    case var annotation when Annotations.Contains(annotation):
                        continue;
                    default:
                        throw new NotSupportedException($"{at}: the keyword '{keyword.Name}' is not supported by the compiled evaluator.");
                }

                keywords++;
            }

            node.IsPureReference = node.ReferenceName is not null && keywords == 1;
            if (node.Required is { } required && node.Properties is { } properties)
            {
                node.RequiredSlots = [.. required.Select(name => IndexOf(properties, Encoding.UTF8.GetBytes(name)))];
                if (node.RequiredSlots.Contains(-1))
                {
                    // Keep the fast path simple: a required member is always a described one in this schema.
                    throw new NotSupportedException($"{location}: every required member must be listed under 'properties'.");
                }
            }

            return node;
        }

        public void ResolveReferences()
        {
            for (var i = 0; i < _references.Count; i++)
            {
                var node = _references[i];
                const string prefix = "#/$defs/";
                if (!node.ReferenceName!.StartsWith(prefix, StringComparison.Ordinal))
                {
                    throw new NotSupportedException($"Only references into $defs are supported, not '{node.ReferenceName}'.");
                }

                var name = node.ReferenceName[prefix.Length..];
                if (!_definitions.TryGetValue(name, out var target))
                {
                    if (!root.TryGetProperty("$defs", out var definitions) || !definitions.TryGetProperty(name, out var definition))
                    {
                        throw new NotSupportedException($"The reference '{node.ReferenceName}' names no definition.");
                    }

                    // Registered before compiling so that a definition may refer to itself.
                    _definitions[name] = target = new Node();
                    var compiled = Compile(definition, node.ReferenceName);
                    CopyInto(compiled, target);
                }

                node.Reference = target;
            }
        }

        private static void CopyInto(Node from, Node to)
        {
            to.Reference = from.Reference;
            to.IsPureReference = from.IsPureReference;
            to.Types = from.Types;
            to.AnyOf = from.AnyOf;
            to.Properties = from.Properties;
            to.AdditionalPropertiesForbidden = from.AdditionalPropertiesForbidden;
            to.Required = from.Required;
            to.RequiredSlots = from.RequiredSlots;
            to.Items = from.Items;
            to.Enum = from.Enum;
            to.Pattern = from.Pattern;
            to.Minimum = from.Minimum;
            to.Maximum = from.Maximum;
            to.Format = from.Format;
        }

        private static JsonTypes TypeOf(JsonElement type, string at) => type.GetString() switch
        {
            "null" => JsonTypes.Null,
            "boolean" => JsonTypes.Boolean,
            "object" => JsonTypes.Object,
            "array" => JsonTypes.Array,
            "number" => JsonTypes.Number,
            "integer" => JsonTypes.Integer,
            "string" => JsonTypes.String,
            var other => throw new NotSupportedException($"{at}: '{other}' is not a JSON Schema type."),
        };

        /// <summary>Gives <c>$</c> its ECMA-262 meaning (the end of the string only) in a .NET pattern.</summary>
        private static string Ecma262(string pattern)
        {
            var builder = new StringBuilder(pattern.Length + 4);
            var inClass = false;
            for (var i = 0; i < pattern.Length; i++)
            {
                var c = pattern[i];
                if (c == '\\' && i + 1 < pattern.Length)
                {
                    builder.Append(c).Append(pattern[++i]);
                    continue;
                }

                inClass = c switch { '[' => true, ']' => false, _ => inClass };
                builder.Append(!inClass && c == '$' ? @"\z" : c.ToString());
            }

            return builder.ToString();
        }
    }
}

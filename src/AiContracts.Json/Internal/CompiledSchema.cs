using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace AiContracts.Json.Internal;

/// <summary>One violation found by <see cref="CompiledSchema"/>: the instance location and the failing keyword.</summary>
/// <param name="Pointer">The RFC 6901 pointer of the element.</param>
/// <param name="Keyword">The JSON Schema keyword.</param>
internal readonly record struct SchemaError(string Pointer, string Keyword);

/// <summary>
/// The contract schema compiled into a tree of checks that walks a parsed document once and reports every violation
/// as an instance location and a keyword, the shape JsonSchema.Net's list output has. It reads exactly the keywords
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
/// the pipeline's text stage reports every repetition (<see cref="DocumentText"/>). Thread safety: immutable; safe to share across threads.
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

    /// <summary>Evaluates a document and collects its violations in document order.</summary>
    /// <param name="instance">The document's root.</param>
    /// <param name="errors">Receives the violations.</param>
    /// <param name="limit">Stops after this many violations.</param>
    /// <returns>Whether the document is valid.</returns>
    internal bool Evaluate(JsonElement instance, List<SchemaError> errors, int limit)
    {
        var path = new PathStack();
        var before = errors.Count;
        Evaluate(_root, instance, ref path, errors, limit);
        return errors.Count == before;
    }

    /// <summary>Whether a document is valid, stopping at the first violation.</summary>
    /// <param name="instance">The document's root.</param>
    /// <returns>Whether it is valid.</returns>
    internal bool IsValid(JsonElement instance)
    {
        var path = new PathStack();
        return Evaluate(_root, instance, ref path, null, 0);
    }

    /// <summary>Evaluates a node; with <paramref name="errors"/> null it stops at the first violation.</summary>
    private static bool Evaluate(Node node, JsonElement instance, ref PathStack path, List<SchemaError>? errors, int limit)
    {
        while (node.Reference is { } target && node.IsPureReference)
        {
            node = target;
        }

        if (node.AlwaysFails)
        {
            return Fail(errors, ref path, "false");
        }

        if (node.Reference is { } referenced && !Evaluate(referenced, instance, ref path, errors, limit) && errors is null)
        {
            return false;
        }

        var valid = true;
        if (node.Types != JsonTypes.None && !HasType(instance, node.Types))
        {
            // A value of the wrong type fails its other keywords too: the type says it.
            return Fail(errors, ref path, "type");
        }

        if (node.AnyOf is { } branches && !EvaluateAnyOf(branches, instance, ref path, errors, limit))
        {
            valid = false;
            if (errors is null)
            {
                return false;
            }
        }

        switch (instance.ValueKind)
        {
            case JsonValueKind.String when node.HasStringChecks:
                valid &= EvaluateString(node, instance, ref path, errors);
                break;
            case JsonValueKind.Number when node.Minimum is not null || node.Maximum is not null:
                valid &= EvaluateRange(node, instance, ref path, errors);
                break;
            case JsonValueKind.Object when node.HasObjectChecks:
                valid &= EvaluateObject(node, instance, ref path, errors, limit);
                break;
            case JsonValueKind.Array when node.Items is not null:
                var index = 0;
                foreach (var item in instance.EnumerateArray())
                {
                    path.PushIndex(index++);
                    valid &= Evaluate(node.Items, item, ref path, errors, limit);
                    path.Pop();
                    if ((!valid && errors is null) || errors?.Count > limit)
                    {
                        return false;
                    }
                }

                break;
        }

        return valid;
    }

    private static bool EvaluateAnyOf(Node[] branches, JsonElement instance, ref PathStack path, List<SchemaError>? errors, int limit)
    {
        // The schema's optional members are anyOf [X, {"type": "null"}]: null matches the second branch, anything else
        // can only match the first, so evaluate it once, in the caller's mode (no flag pass then a collecting pass).
        if (branches.Length == 2 && branches[1].IsNullOnly)
        {
            return instance.ValueKind == JsonValueKind.Null || Evaluate(branches[0], instance, ref path, errors, limit);
        }

        var flag = new PathStack();
        foreach (var branch in branches)
        {
            if (Evaluate(branch, instance, ref flag, null, 0))
            {
                return true;
            }
        }

        if (errors is not null)
        {
            // Report what the non-null branches say; a branch that only allows null ("should be null") adds nothing.
            var before = errors.Count;
            foreach (var branch in branches.Where(b => !b.IsNullOnly))
            {
                Evaluate(branch, instance, ref path, errors, limit);
            }

            if (errors.Count == before)
            {
                Fail(errors, ref path, "anyOf");
            }
        }

        return false;
    }

    private static bool EvaluateString(Node node, JsonElement instance, ref PathStack path, List<SchemaError>? errors)
    {
        var raw = JsonMarshal.GetRawUtf8Value(instance);
        if (raw.Length >= 2 && raw[0] == (byte)'"')
        {
            raw = raw[1..^1];
        }

        char[]? rented = null;
        string? unescaped = null;
        Span<char> small = stackalloc char[256];
        scoped ReadOnlySpan<char> text;
        if (raw.IndexOf((byte)'\\') >= 0)
        {
            unescaped = instance.GetString()!;
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
            var valid = true;
            if (node.Enum is { } names && !names.Contains(text))
            {
                valid = Fail(errors, ref path, "enum");
            }

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

    private static bool EvaluateRange(Node node, JsonElement instance, ref PathStack path, List<SchemaError>? errors)
    {
        var valid = true;
        CompareToLimits(instance, node.Minimum, node.Maximum, out var belowMinimum, out var aboveMaximum);
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

    private static bool EvaluateObject(Node node, JsonElement instance, ref PathStack path, List<SchemaError>? errors, int limit)
    {
        var valid = true;
        var properties = node.Properties;
        Span<bool> seen = properties is null ? [] : properties.Count <= 128 ? stackalloc bool[properties.Count] : new bool[properties.Count];
        var lookup = properties?.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> nameBuffer = stackalloc char[128];
        foreach (var property in instance.EnumerateObject())
        {
            (int Index, Node Node) entry = default;
            var known = false;
            if (lookup is { } alternate)
            {
                var rawName = JsonMarshal.GetRawUtf8PropertyName(property);
                if (rawName.IndexOf((byte)'\\') < 0 && rawName.Length <= nameBuffer.Length)
                {
                    var written = Encoding.UTF8.GetChars(rawName, nameBuffer);
                    known = alternate.TryGetValue(nameBuffer[..written], out entry);
                }
                else
                {
                    known = properties!.TryGetValue(property.Name, out entry);
                }
            }

            path.PushName(property);
            if (known)
            {
                if (!seen[entry.Index])
                {
                    seen[entry.Index] = true;
                    valid &= Evaluate(entry.Node!, property.Value, ref path, errors, limit);
                }
            }
            else if (node.AdditionalPropertiesForbidden)
            {
                valid = Fail(errors, ref path, "additionalProperties");
            }

            path.Pop();
            if ((!valid && errors is null) || errors?.Count > limit)
            {
                return false;
            }
        }

        if (node.Required is { } required && properties is not null)
        {
            foreach (var name in required)
            {
                if (!seen[properties[name].Index])
                {
                    return Fail(errors, ref path, "required") && valid;
                }
            }
        }
        else if (node.Required is { } requiredOnly)
        {
            foreach (var name in requiredOnly)
            {
                if (!instance.TryGetProperty(name, out _))
                {
                    return Fail(errors, ref path, "required") && valid;
                }
            }
        }

        return valid;
    }

    /// <summary>Records a violation (when collecting) and returns false.</summary>
    private static bool Fail(List<SchemaError>? errors, ref PathStack path, string keyword)
    {
        errors?.Add(new SchemaError(path.ToPointer(), keyword));
        return false;
    }

    private static bool HasType(JsonElement instance, JsonTypes types) => instance.ValueKind switch
    {
        JsonValueKind.Null => (types & JsonTypes.Null) != 0,
        JsonValueKind.True or JsonValueKind.False => (types & JsonTypes.Boolean) != 0,
        JsonValueKind.Object => (types & JsonTypes.Object) != 0,
        JsonValueKind.Array => (types & JsonTypes.Array) != 0,
        JsonValueKind.String => (types & JsonTypes.String) != 0,
        JsonValueKind.Number => (types & JsonTypes.Number) != 0 || ((types & JsonTypes.Integer) != 0 && IsInteger(JsonMarshal.GetRawUtf8Value(instance))),
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
    private static void CompareToLimits(JsonElement instance, decimal? minimum, decimal? maximum, out bool belowMinimum, out bool aboveMaximum)
    {
        var raw = JsonMarshal.GetRawUtf8Value(instance);
        if (instance.TryGetDecimal(out var value) && !IsRoundedToZero(value, raw))
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

    /// <summary>The path from the root to the element being evaluated; turned into a pointer only for a violation.</summary>
    private struct PathStack
    {
        private Segment[]? _segments;
        private int _count;

        public void PushName(JsonProperty property) => Push(new Segment(property, -1));

        public void PushIndex(int index) => Push(new Segment(default, index));

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
                    builder.Append(segment.Property.Name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));
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

        private readonly record struct Segment(JsonProperty Property, int Index);
    }

    private sealed class Node
    {
        public Node? Reference { get; set; }

        public string? ReferenceName { get; init; }

        public bool IsPureReference { get; set; }

        public bool AlwaysFails { get; init; }

        public JsonTypes Types { get; set; }

        public Node[]? AnyOf { get; set; }

        public FrozenDictionary<string, (int Index, Node Node)>? Properties { get; set; }

        public bool AdditionalPropertiesForbidden { get; set; }

        public string[]? Required { get; set; }

        public Node? Items { get; set; }

        public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>? Enum { get; set; }

        public Regex? Pattern { get; set; }

        public decimal? Minimum { get; set; }

        public decimal? Maximum { get; set; }

        public StringFormat Format { get; set; }

        public bool IsNullOnly => Types == JsonTypes.Null && Reference is null && AnyOf is null && Enum is null;

        public bool HasStringChecks => Enum is not null || Pattern is not null || Format != StringFormat.None;

        public bool HasObjectChecks => Properties is not null || Required is not null || AdditionalPropertiesForbidden;
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
                        node.Enum = value.EnumerateArray()
                            .Select(name => name.ValueKind == JsonValueKind.String ? name.GetString()! : throw new NotSupportedException($"{at}: only enums of strings are supported."))
                            .ToFrozenSet(StringComparer.Ordinal)
                            .GetAlternateLookup<ReadOnlySpan<char>>();
                        break;
                    case "properties":
                        node.Properties = value.EnumerateObject()
                            .Select((p, i) => (p.Name, Entry: (Index: i, Node: Compile(p.Value, $"{at}/{p.Name}"))))
                            .ToFrozenDictionary(p => p.Name, p => p.Entry, StringComparer.Ordinal);
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
            if (node.Required is { } required && node.Properties is { } properties && required.Any(name => !properties.ContainsKey(name)))
            {
                // Keep the fast path simple: a required member is always a described one in this schema.
                throw new NotSupportedException($"{location}: every required member must be listed under 'properties'.");
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

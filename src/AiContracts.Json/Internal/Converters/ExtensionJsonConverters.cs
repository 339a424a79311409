using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using AiContracts.Domain.Extensions;

namespace AiContracts.Json.Internal.Converters;

/// <summary>The open <c>extensions</c> object, read and written losslessly (numbers keep their literal text).</summary>
internal sealed class ExtensionObjectJsonConverter : JsonConverter<ExtensionObject>
{
    public override ExtensionObject Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new ModelJsonException($"Expected the extensions as an object but found {JsonTokens.DescribeCurrent(ref reader)}.");
        }

        try
        {
            return ExtensionValueJsonConverter.ReadObject(ref reader, new ExtensionValueJsonConverter.ReadState());
        }
        catch (ArgumentException e)
        {
            // For example nesting beyond ExtensionValue.MaxDepth when the reader's own limit was raised above it.
            throw new ModelJsonException(e.Message, e);
        }
    }

    public override void Write(Utf8JsonWriter writer, ExtensionObject value, JsonSerializerOptions options) =>
        ExtensionValueJsonConverter.WriteObject(writer, value);
}

/// <summary>One value of the <c>extensions</c> object.</summary>
internal sealed class ExtensionValueJsonConverter : JsonConverter<ExtensionValue>
{
    public override bool HandleNull => true;

    public override ExtensionValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadValue(ref reader, new ReadState());

    public override void Write(Utf8JsonWriter writer, ExtensionValue value, JsonSerializerOptions options) => WriteValue(writer, value);

    /// <summary>
    /// What one read shares: the path below the converter's own (segments kept as names and indexes, turned into text
    /// only for an error) and the member names read so far, so that a name repeated in many objects is one string.
    /// </summary>
    internal sealed class ReadState
    {
        private const int MaxNames = 4096;

        private readonly List<(string? Name, int Index)> _path = [];
        private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

        /// <summary>The member names of the objects being read, for repetitions.</summary>
        public NameStack Members { get; } = new();

        /// <summary>Whether a large array is held as text (see <see cref="ExtensionValue"/>); not when that text is being read.</summary>
        public bool Defer { get; init; } = true;

        public void Push(string name) => _path.Add((name, -1));

        public void Push(int index) => _path.Add((null, index));

        public void Pop() => _path.RemoveAt(_path.Count - 1);

        /// <summary>The path as System.Text.Json writes it after the converter's own: <c>.a[3]['b c']</c>.</summary>
        public string Path() => string.Concat(_path.Select(s => s.Name is null
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[{s.Index}]")
            : IsPlainName(s.Name) ? "." + s.Name : $"['{JsonTokens.Shorten(s.Name)}']"));

        /// <summary>The current member name, the same string as an earlier equal name of this read.</summary>
        public string Name(ref Utf8JsonReader reader)
        {
            Span<char> buffer = stackalloc char[64];
            if (!reader.ValueIsEscaped && !reader.HasValueSequence && reader.ValueSpan.Length <= buffer.Length
                && System.Text.Encoding.UTF8.TryGetChars(reader.ValueSpan, buffer, out var written)
                && _names.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(buffer[..written], out var known))
            {
                return known;
            }

            var name = reader.GetString()!;
            if (_names.Count < MaxNames)
            {
                _names.TryAdd(name, name);
            }

            return name;
        }
    }

    /// <summary>Reads one value.</summary>
    internal static ExtensionValue ReadValue(ref Utf8JsonReader reader, ReadState state)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return ExtensionValue.Null;
            case JsonTokenType.True:
                return ExtensionValue.True;
            case JsonTokenType.False:
                return ExtensionValue.False;
            case JsonTokenType.Number:
                return ExtensionValue.FromNumberLiteral(JsonTokens.RawText(ref reader));
            case JsonTokenType.String:
                return ExtensionValue.FromString(reader.GetString()!);
            case JsonTokenType.StartArray:
                return ReadArray(ref reader, state);
            case JsonTokenType.StartObject:
                return ExtensionValue.FromObject(ReadObject(ref reader, state));
            default:
                throw new ModelJsonException($"Unexpected {reader.TokenType} in the extensions object.");
        }
    }

    /// <summary>Arrays with more elements than this, not all packed numbers, are held as text.</summary>
    private const int DeferAfter = 256;

    /// <summary>
    /// Reads an array: numbers packed, 8 bytes each, for as long as every element is a number short enough to pack (the
    /// shape of large extension data); from the first other element on, as element objects, or, past
    /// <see cref="DeferAfter"/> elements, as compact text (<see cref="ReadDeferred"/>).
    /// </summary>
    private static ExtensionValue ReadArray(ref Utf8JsonReader reader, ReadState state)
    {
        var packed = new List<ulong>();
        List<ExtensionValue>? items = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (items is null)
            {
                if (reader.TokenType == JsonTokenType.Number && !reader.HasValueSequence && ExtensionValue.TryPackNumber(reader.ValueSpan, out var number))
                {
                    packed.Add(number);
                    continue;
                }

                if (state.Defer && packed.Count >= DeferAfter)
                {
                    return ReadDeferred(ref reader, state, packed, []);
                }

                items = packed.ConvertAll(ExtensionValue.FromPackedNumber);
            }
            else if (state.Defer && items.Count >= DeferAfter)
            {
                return ReadDeferred(ref reader, state, [], items);
            }

            state.Push(items.Count);
            items.Add(ReadValue(ref reader, state));
            state.Pop();
        }

        return items is not null ? ExtensionValue.FromArray(items)
            : packed.Count == 0 ? ExtensionValue.FromArray([])
            : ExtensionValue.FromPackedNumbers([.. packed]);
    }

    /// <summary>
    /// Reads the rest of a large array (the reader is at an element not yet read) as compact text: the elements read so
    /// far written out, then each further token copied, with the checks reading makes (repeated names, depth). The
    /// elements are made from the text only when asked for.
    /// </summary>
    private static ExtensionValue ReadDeferred(ref Utf8JsonReader reader, ReadState state, List<ulong> packed, List<ExtensionValue> items)
    {
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, DeferredJsonArray.WriterOptions))
        {
            writer.WriteStartArray();
            Span<char> literal = stackalloc char[32];
            Span<byte> utf8 = stackalloc byte[32];
            foreach (var number in packed)
            {
                var length = System.Text.Encoding.UTF8.GetBytes(literal[..NumberPacking.Unpack(number, literal)], utf8);
                writer.WriteRawValue(utf8[..length], skipInputValidation: true);
            }

            var depth = 1;
            foreach (var item in items)
            {
                WriteValue(writer, item);
                depth = Math.Max(depth, 1 + item.Depth);
            }

            var index = packed.Count + items.Count;
            do
            {
                state.Push(index++);
                depth = Math.Max(depth, 1 + Copy(ref reader, writer, state));
                state.Pop();
            }
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray);

            writer.WriteEndArray();
            writer.Flush();
            return ExtensionValue.FromDeferredArray(new DeferredJsonArray(buffer.WrittenSpan.ToArray()), depth);
        }
    }

    /// <summary>
    /// Copies the value the reader is at to the writer, leaving the reader at its last token; returns the value's depth
    /// (0 for a scalar). A container deeper than <see cref="ExtensionValue.MaxDepth"/> is refused at its end, where reading
    /// it into element objects would refuse it, with the same exception.
    /// </summary>
    private static int Copy(ref Utf8JsonReader reader, Utf8JsonWriter writer, ReadState state)
    {
        var depth = 1;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                writer.WriteStartObject();
                var first = state.Members.Open();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = state.Name(ref reader);
                    state.Push(name);
                    state.Members.Add(name, first, state);
                    writer.WritePropertyName(name);
                    reader.Read();
                    depth = Math.Max(depth, 1 + Copy(ref reader, writer, state));
                    state.Pop();
                }

                state.Members.Close(first);
                writer.WriteEndObject();
                return ExtensionValue.CheckDepth(depth, "value");
            case JsonTokenType.StartArray:
                writer.WriteStartArray();
                for (var index = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; index++)
                {
                    state.Push(index);
                    depth = Math.Max(depth, 1 + Copy(ref reader, writer, state));
                    state.Pop();
                }

                writer.WriteEndArray();
                return ExtensionValue.CheckDepth(depth, "items");
            default:
                WriteScalar(ref reader, writer, compact: true);
                return 0;
        }
    }

    /// <summary>
    /// Writes the scalar the reader is at: a string unescaped, then escaped by the writer as every string is; a number's
    /// literal exactly, raw into compact text or, for output that may be indented, through <see cref="WriteNumber"/>.
    /// </summary>
    private static void WriteScalar(ref Utf8JsonReader reader, Utf8JsonWriter writer, bool compact)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String when !reader.ValueIsEscaped && !reader.HasValueSequence:
                writer.WriteStringValue(reader.ValueSpan);
                break;
            case JsonTokenType.String:
                writer.WriteStringValue(reader.GetString());
                break;
            case JsonTokenType.Number when compact:
                writer.WriteRawValue(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan, skipInputValidation: true);
                break;
            case JsonTokenType.Number:
                WriteNumber(writer, JsonTokens.RawText(ref reader));
                break;
            case JsonTokenType.True or JsonTokenType.False:
                writer.WriteBooleanValue(reader.TokenType == JsonTokenType.True);
                break;
            case JsonTokenType.Null:
                writer.WriteNullValue();
                break;
            default:
                throw new ModelJsonException($"Unexpected {reader.TokenType} in the extensions object.");
        }
    }

    /// <summary>
    /// The member names of the objects being read, as a stack (an object's names are the tail from its mark): compared
    /// pair by pair while an object has few, through a set once it has more.
    /// </summary>
    internal sealed class NameStack
    {
        private const int SmallObject = 8;
        private readonly List<string> _names = [];
        private readonly List<(int Owner, HashSet<string> Set)> _sets = [];

        public int Open() => _names.Count;

        /// <summary>Adds a name to the object opened at <paramref name="first"/>.</summary>
        /// <exception cref="ModelJsonException">The object has the name already; at the path of <paramref name="state"/>, which ends with it.</exception>
        public void Add(string name, int first, ReadState state)
        {
            if (!TryAdd(name, first))
            {
                throw new ModelJsonException($"Duplicate member '{JsonTokens.Shorten(name)}' in the extensions; member names must be unique.", state.Path());
            }
        }

        private bool TryAdd(string name, int first)
        {
            if (_names.Count - first < SmallObject)
            {
                for (var j = first; j < _names.Count; j++)
                {
                    if (string.Equals(_names[j], name, StringComparison.Ordinal))
                    {
                        return false;
                    }
                }
            }
            else
            {
                // The innermost large object's set is the last one: the objects inside this one are closed.
                if (_sets.Count == 0 || _sets[^1].Owner != first)
                {
                    _sets.Add((first, new HashSet<string>(_names.Skip(first), StringComparer.Ordinal)));
                }

                if (!_sets[^1].Set.Add(name))
                {
                    return false;
                }
            }

            _names.Add(name);
            return true;
        }

        public void Close(int first)
        {
            _names.RemoveRange(first, _names.Count - first);
            if (_sets.Count > 0 && _sets[^1].Owner == first)
            {
                _sets.RemoveAt(_sets.Count - 1);
            }
        }
    }

    /// <summary>A large array held as compact JSON text; its elements are made from it when asked for.</summary>
    internal sealed class DeferredJsonArray(byte[] text) : ExtensionValue.DeferredArray
    {
        /// <summary>Compact, and escaping no more than JSON requires: the text is read back by this class only.</summary>
        internal static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, MaxDepth = 4096 };

        /// <summary>Writes the array as its elements would be written, without making them.</summary>
        internal void WriteTo(Utf8JsonWriter writer)
        {
            var reader = new Utf8JsonReader(text, new JsonReaderOptions { MaxDepth = 4096 });
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        writer.WriteStartObject();
                        break;
                    case JsonTokenType.EndObject:
                        writer.WriteEndObject();
                        break;
                    case JsonTokenType.StartArray:
                        writer.WriteStartArray();
                        break;
                    case JsonTokenType.EndArray:
                        writer.WriteEndArray();
                        break;
                    case JsonTokenType.PropertyName when !reader.ValueIsEscaped:
                        writer.WritePropertyName(reader.ValueSpan);
                        break;
                    case JsonTokenType.PropertyName:
                        writer.WritePropertyName(reader.GetString()!);
                        break;
                    default:
                        WriteScalar(ref reader, writer, compact: false);
                        break;
                }
            }
        }

        /// <inheritdoc/>
        protected override ExtensionValue Make()
        {
            var reader = new Utf8JsonReader(text, new JsonReaderOptions { MaxDepth = 4096 });
            reader.Read();
            return ReadValue(ref reader, new ReadState { Defer = false });
        }
    }

    internal static ExtensionObject ReadObject(ref Utf8JsonReader reader, ReadState state)
    {
        var members = new List<KeyValuePair<string, ExtensionValue>>();
        var first = state.Members.Open();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = state.Name(ref reader);
            state.Push(name);
            state.Members.Add(name, first, state);
            reader.Read();
            members.Add(new(name, ReadValue(ref reader, state)));
            state.Pop();
        }

        state.Members.Close(first);
        return ExtensionObject.Create(members);
    }

    private static bool IsPlainName(string name) =>
        name.Length is > 0 and <= 60 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    internal static void WriteValue(Utf8JsonWriter writer, ExtensionValue value)
    {
        switch (value.Kind)
        {
            case ExtensionValueKind.Null:
                writer.WriteNullValue();
                break;
            case ExtensionValueKind.Boolean:
                writer.WriteBooleanValue(value.AsBoolean());
                break;
            case ExtensionValueKind.Number:
                WriteNumber(writer, value.AsNumberLiteral());
                break;
            case ExtensionValueKind.String:
                writer.WriteStringValue(value.AsString());
                break;
            case ExtensionValueKind.Array when value.TryGetDeferredArray(out var deferred) && deferred is DeferredJsonArray text:
                // Without making the element objects.
                text.WriteTo(writer);
                break;
            case ExtensionValueKind.Array when value.TryGetPackedNumbers(out var packed):
                // Without making the element objects (ExtensionValue.AsArray would, and keep them).
                writer.WriteStartArray();
                foreach (var number in packed)
                {
                    WriteNumber(writer, ExtensionValue.FromPackedNumber(number).AsNumberLiteral());
                }

                writer.WriteEndArray();
                break;
            case ExtensionValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in value.AsArray())
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                WriteObject(writer, value.AsObject());
                break;
        }
    }

    /// <summary>Writes a number's literal exactly: through a parsed element, which, unlike WriteRawValue, indents it.</summary>
    private static void WriteNumber(Utf8JsonWriter writer, string literal)
    {
        using var number = JsonDocument.Parse(literal);
        number.RootElement.WriteTo(writer);
    }

    internal static void WriteObject(Utf8JsonWriter writer, ExtensionObject value)
    {
        writer.WriteStartObject();
        foreach (var (name, member) in value)
        {
            writer.WritePropertyName(name);
            WriteValue(writer, member);
        }

        writer.WriteEndObject();
    }
}

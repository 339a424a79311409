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

    /// <summary>
    /// Reads an array: numbers packed, 8 bytes each, for as long as every element is a number short enough to pack (the
    /// shape of large extension data); from the first other element on, as element objects.
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

                items = packed.ConvertAll(ExtensionValue.FromPackedNumber);
            }

            state.Push(items.Count);
            items.Add(ReadValue(ref reader, state));
            state.Pop();
        }

        return items is not null ? ExtensionValue.FromArray(items)
            : packed.Count == 0 ? ExtensionValue.FromArray([])
            : ExtensionValue.FromPackedNumbers([.. packed]);
    }

    internal static ExtensionObject ReadObject(ref Utf8JsonReader reader, ReadState state)
    {
        const int SmallObject = 8;
        var members = new List<KeyValuePair<string, ExtensionValue>>();
        HashSet<string>? names = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = state.Name(ref reader);
            if (members.Count == SmallObject)
            {
                names = new HashSet<string>(members.Select(m => m.Key), StringComparer.Ordinal);
            }

            var repeated = names is null ? members.Exists(m => string.Equals(m.Key, name, StringComparison.Ordinal)) : !names.Add(name);
            if (repeated)
            {
                state.Push(name);
                var path = state.Path();
                state.Pop();
                throw new ModelJsonException($"Duplicate member '{JsonTokens.Shorten(name)}' in the extensions; member names must be unique.", path);
            }

            reader.Read();
            state.Push(name);
            members.Add(new(name, ReadValue(ref reader, state)));
            state.Pop();
        }

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

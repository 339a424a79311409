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
            return ExtensionValueJsonConverter.ReadObject(ref reader, []);
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

    public override ExtensionValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadValue(ref reader, []);

    public override void Write(Utf8JsonWriter writer, ExtensionValue value, JsonSerializerOptions options) => WriteValue(writer, value);

    /// <summary>Reads one value; <paramref name="path"/> holds the segments below the converter's own path, for errors.</summary>
    internal static ExtensionValue ReadValue(ref Utf8JsonReader reader, List<string> path)
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
                var items = new List<ExtensionValue>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    path.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[{items.Count}]"));
                    items.Add(ReadValue(ref reader, path));
                    path.RemoveAt(path.Count - 1);
                }

                return ExtensionValue.FromArray(items);
            case JsonTokenType.StartObject:
                return ExtensionValue.FromObject(ReadObject(ref reader, path));
            default:
                throw new ModelJsonException($"Unexpected {reader.TokenType} in the extensions object.");
        }
    }

    internal static ExtensionObject ReadObject(ref Utf8JsonReader reader, List<string> path)
    {
        var members = new List<KeyValuePair<string, ExtensionValue>>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            var segment = IsPlainName(name) ? "." + name : $"['{JsonTokens.Shorten(name)}']";
            if (!names.Add(name))
            {
                throw new ModelJsonException(
                    $"Duplicate member '{JsonTokens.Shorten(name)}' in the extensions; member names must be unique.",
                    string.Concat(path) + segment);
            }

            reader.Read();
            path.Add(segment);
            members.Add(new(name, ReadValue(ref reader, path)));
            path.RemoveAt(path.Count - 1);
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
                // Through a parsed element, which writes the literal exactly and, unlike WriteRawValue, indents it.
                using (var number = JsonDocument.Parse(value.AsNumberLiteral()))
                {
                    number.RootElement.WriteTo(writer);
                }

                break;
            case ExtensionValueKind.String:
                writer.WriteStringValue(value.AsString());
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

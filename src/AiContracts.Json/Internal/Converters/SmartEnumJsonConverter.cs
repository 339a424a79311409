using System.Text.Json;
using System.Text.Json.Serialization;
using Ardalis.SmartEnum;

namespace AiContracts.Json.Internal.Converters;

/// <summary>Reads and writes a smart enum by its name, exactly as declared (case-sensitive).</summary>
internal sealed class SmartEnumJsonConverter<TEnum> : JsonConverter<TEnum>, IVocabularyConverter
    where TEnum : SmartEnum<TEnum>
{
    private static readonly string AllowedNames = string.Join(", ", SmartEnum<TEnum>.List.OrderBy(e => e.Value).Select(e => e.Name));

    /// <summary>What a value must be, for the message of a wrong token; built once, not on every read.</summary>
    private static readonly string Expected = $"a string naming a {typeof(TEnum).Name} (one of {AllowedNames})";

    /// <inheritdoc />
    public IReadOnlyList<string> Names { get; } = [.. SmartEnum<TEnum>.List.OrderBy(e => e.Value).Select(e => e.Name)];

    public override bool HandleNull => false;

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var name = JsonTokens.ReadString(ref reader, Expected);
        if (SmartEnum<TEnum>.TryFromName(name, ignoreCase: false, out var value))
        {
            return value;
        }

        var hint = SmartEnum<TEnum>.TryFromName(name, ignoreCase: true, out var caseInsensitive)
            ? $" Names are case-sensitive: did you mean '{caseInsensitive.Name}'?"
            : string.Empty;
        throw new ModelJsonException($"'{JsonTokens.Shorten(name)}' is not a {typeof(TEnum).Name}; expected one of {AllowedNames}.{hint}");
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => writer.WriteStringValue(value.Name);
}

/// <summary>A converter of a closed vocabulary, which can list its names.</summary>
internal interface IVocabularyConverter
{
    /// <summary>The names a value may take, in declaration order.</summary>
    IReadOnlyList<string> Names { get; }
}

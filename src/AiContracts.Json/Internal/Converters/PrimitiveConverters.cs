using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using AiContracts.Domain.Primitives;

namespace AiContracts.Json.Internal.Converters;

/// <summary>An ISO 4217 code such as <c>"EUR"</c>.</summary>
internal sealed class CurrencyJsonConverter : JsonConverter<Currency>
{
    public override Currency Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var code = JsonTokens.ReadString(ref reader, "an ISO 4217 currency code such as 'EUR'");
        return Currency.TryFromCode(code, out var currency)
            ? currency
            : throw new ModelJsonException(JsonTokens.MessageOf(() => Currency.FromCode(code)));
    }

    public override void Write(Utf8JsonWriter writer, Currency value, JsonSerializerOptions options) => writer.WriteStringValue(value.Code);
}

/// <summary>Money as <c>{"amount": 1234.50, "currency": "EUR"}</c>, the amount read and written as an exact decimal.</summary>
internal sealed class MoneyJsonConverter : JsonConverter<Money>
{
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new ModelJsonException($"Expected money as an object such as {{\"amount\": 1234.50, \"currency\": \"EUR\"}} but found {JsonTokens.DescribeCurrent(ref reader)}.");
        }

        decimal? amount = null;
        Currency? currency = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            reader.Read();
            switch (name)
            {
                case "amount" when amount is null:
                    amount = DecimalJson.Read(ref reader, "the amount as a number");
                    break;
                case "currency" when currency is null:
                    var code = JsonTokens.ReadString(ref reader, "an ISO 4217 currency code such as 'EUR'");
                    currency = Currency.TryFromCode(code, out var c) ? c : throw new ModelJsonException(JsonTokens.MessageOf(() => Currency.FromCode(code)));
                    break;
                case "amount" or "currency":
                    throw new ModelJsonException($"Duplicate member '{name}' in money; each member may appear once.", "." + name);
                default:
                    throw new ModelJsonException($"Unknown member '{JsonTokens.Shorten(name)}' in money; expected only 'amount' and 'currency'.", $"['{JsonTokens.Shorten(name)}']");
            }
        }

        if (amount is null || currency is null)
        {
            var missing = amount is null && currency is null ? "'amount' and 'currency'" : amount is null ? "'amount'" : "'currency'";
            throw new ModelJsonException($"Money is missing {missing}; write it as {{\"amount\": 1234.50, \"currency\": \"EUR\"}}.");
        }

        return new Money(amount.Value, currency);
    }

    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("amount", value.Amount);
        writer.WriteString("currency", value.Currency.Code);
        writer.WriteEndObject();
    }
}

/// <summary>A percentage as a number between 0 and 100, such as <c>99.95</c>.</summary>
internal sealed class PercentageJsonConverter : JsonConverter<Percentage>
{
    public override Percentage Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = DecimalJson.Read(ref reader, "a percentage (a number between 0 and 100)");
        return Percentage.TryFromPercent(value, out var percentage)
            ? percentage
            : throw new ModelJsonException(string.Create(CultureInfo.InvariantCulture, $"{value} is not a percentage; expected a number between 0 and 100 inclusive (99.9 means 99.9 %)."));
    }

    public override void Write(Utf8JsonWriter writer, Percentage value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Value);
}

/// <summary>A contract identifier as a string.</summary>
internal sealed class ContractIdJsonConverter : JsonConverter<ContractId>
{
    public override ContractId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonTokens.ReadString(ref reader, "a contract identifier string");
        return ContractId.TryFrom(text, out var id) ? id : throw new ModelJsonException(JsonTokens.MessageOf(() => ContractId.From(text)));
    }

    public override void Write(Utf8JsonWriter writer, ContractId value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}

/// <summary>A local identifier as a string.</summary>
internal sealed class LocalIdJsonConverter : JsonConverter<LocalId>
{
    public override LocalId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonTokens.ReadString(ref reader, "an identifier string such as 'kpi-availability'");
        return LocalId.TryFrom(text, out var id) ? id : throw new ModelJsonException(JsonTokens.MessageOf(() => LocalId.From(text)));
    }

    public override void Write(Utf8JsonWriter writer, LocalId value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}

/// <summary>The document's schema version as <c>"major.minor"</c>; an unknown major version is refused.</summary>
internal sealed class SchemaVersionJsonConverter : JsonConverter<SchemaVersion>
{
    /// <summary>What a value must be, for the message of a wrong token; built once, not on every read.</summary>
    private static readonly string Expected = $"a schema version string such as '{SchemaVersion.Current}'";

    public override SchemaVersion Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonTokens.ReadString(ref reader, Expected);
        if (!SchemaVersion.TryParse(text, out var version))
        {
            throw new ModelJsonException($"'{JsonTokens.Shorten(text)}' is not a schema version; expected 'major.minor' such as '{SchemaVersion.Current}'.");
        }

        if (!version.IsSupported)
        {
            throw new ModelJsonException($"Schema version {version} is not supported: this reader understands version {SchemaVersion.Current.Major}.x documents. Use a release of AiContracts.Json that reads version {version.Major}.");
        }

        return version;
    }

    public override void Write(Utf8JsonWriter writer, SchemaVersion value, JsonSerializerOptions options)
    {
        if (!value.IsSupported)
        {
            // A document this library could not read back must not be written.
            throw new ModelJsonException($"Schema version {value} cannot be written by this library, which writes version {SchemaVersion.Current.Major}.x documents.");
        }

        writer.WriteStringValue(value.ToString());
    }
}

/// <summary>Reads exact decimals, never through double.</summary>
internal static class DecimalJson
{
    internal static decimal Read(ref Utf8JsonReader reader, string expected)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new ModelJsonException($"Expected {expected} but found {JsonTokens.DescribeCurrent(ref reader)}.");
        }

        if (!reader.TryGetDecimal(out var value))
        {
            throw new ModelJsonException($"The number {JsonTokens.Shorten(JsonTokens.RawText(ref reader))} is outside the range of an exact decimal (about ±7.9e28, with up to 28 decimal places).");
        }

        // TryGetDecimal rounds what does not fit into 28-29 significant digits: refuse instead of changing the value.
        var raw = reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan;
        if (!IsPlainAndShort(raw) && !IsExact(JsonTokens.RawText(ref reader), value))
        {
            throw new ModelJsonException(string.Create(
                CultureInfo.InvariantCulture,
                $"The number {JsonTokens.Shorten(JsonTokens.RawText(ref reader))} cannot be held exactly in a decimal (28 to 29 significant digits, up to 28 decimal places); it would become {value}. Write it with fewer digits."));
        }

        return value;
    }

    /// <summary>A literal without exponent and with at most 28 digits always fits a decimal exactly.</summary>
    private static bool IsPlainAndShort(ReadOnlySpan<byte> literal)
    {
        var digits = 0;
        foreach (var b in literal)
        {
            if (b is (byte)'e' or (byte)'E')
            {
                return false;
            }

            if (b is >= (byte)'0' and <= (byte)'9')
            {
                digits++;
            }
        }

        return digits <= 28;
    }

    /// <summary>Whether <paramref name="value"/> equals the number the literal denotes, digit for digit.</summary>
    internal static bool IsExact(string literal, decimal value)
    {
        var (literalDigits, literalExponent) = Normalise(literal);
        var (valueDigits, valueExponent) = Normalise(value.ToString(CultureInfo.InvariantCulture));
        return literalDigits.Length == 0
            ? valueDigits.Length == 0
            : string.Equals(literalDigits, valueDigits, StringComparison.Ordinal) && literalExponent == valueExponent
                && (literal[0] == '-') == (value < 0);
    }

    /// <summary>The significant digits (no leading or trailing zeros) and the power of ten of their last digit.</summary>
    private static (string Digits, long Exponent) Normalise(string number)
    {
        var text = number.TrimStart('-');
        var e = text.IndexOfAny(['e', 'E']);
        long exponent = 0;
        if (e >= 0)
        {
            if (!long.TryParse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent))
            {
                exponent = text[e + 1] == '-' ? long.MinValue / 2 : long.MaxValue / 2;
            }

            text = text[..e];
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0)
        {
            exponent -= text.Length - dot - 1;
            text = string.Concat(text.AsSpan(0, dot), text.AsSpan(dot + 1));
        }

        text = text.TrimStart('0');
        var trimmed = text.TrimEnd('0');
        exponent += text.Length - trimmed.Length;
        return (trimmed, exponent);
    }
}

/// <summary>Exact decimals for plain <see cref="decimal"/> members, with a message that says what is wrong.</summary>
internal sealed class DecimalJsonConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => DecimalJson.Read(ref reader, "a number");

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}

/// <summary>Integers for plain <see cref="int"/> members, with a message that says what is wrong.</summary>
internal sealed class Int32JsonConverter : JsonConverter<int>
{
    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new ModelJsonException($"Expected a whole number but found {JsonTokens.DescribeCurrent(ref reader)}.");
        }

        if (reader.TryGetInt32(out var value))
        {
            return value;
        }

        // JSON Schema counts 100.0 and 1e2 as integers: so does the reader, when the value is whole and in range.
        if (reader.TryGetDecimal(out var number) && number == decimal.Truncate(number) && number is >= int.MinValue and <= int.MaxValue
            && DecimalJson.IsExact(JsonTokens.RawText(ref reader), number))
        {
            return (int)number;
        }

        throw new ModelJsonException($"Expected a whole number between {int.MinValue} and {int.MaxValue} but found {JsonTokens.DescribeCurrent(ref reader)}.");
    }

    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}

/// <summary>Booleans with a message that says what is wrong.</summary>
internal sealed class BooleanJsonConverter : JsonConverter<bool>
{
    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw new ModelJsonException($"Expected true or false but found {JsonTokens.DescribeCurrent(ref reader)}."),
    };

    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) => writer.WriteBooleanValue(value);
}

/// <summary>Strings with a message that says what is wrong.</summary>
internal sealed class StringJsonConverter : JsonConverter<string>
{
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonTokens.ReadString(ref reader, "a string");

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        if (JsonTokens.LoneSurrogate(value) is var at and >= 0)
        {
            // System.Text.Json would silently write U+FFFD instead: refuse rather than lose the character.
            throw new ModelJsonException(string.Create(
                CultureInfo.InvariantCulture,
                $"The text is not valid Unicode: it has a lone surrogate (U+{(int)value[at]:X4}) at index {at}, which JSON cannot carry. Remove or replace it."));
        }

        writer.WriteStringValue(value);
    }
}

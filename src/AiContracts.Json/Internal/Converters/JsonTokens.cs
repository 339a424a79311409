using System.Text.Json;

namespace AiContracts.Json.Internal.Converters;

/// <summary>Describes JSON tokens and values in messages.</summary>
internal static class JsonTokens
{
    internal static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    internal static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    /// <summary>Describes the current token, with its value for scalars: <c>a number (12.5)</c>.</summary>
    internal static string DescribeCurrent(ref Utf8JsonReader reader)
    {
        var kind = Describe(reader.TokenType);
        return reader.TokenType switch
        {
            JsonTokenType.String => $"{kind} ('{Shorten(reader.GetString() ?? string.Empty)}')",
            JsonTokenType.Number => $"{kind} ({Shorten(RawText(ref reader))})",
            JsonTokenType.True => "true",
            JsonTokenType.False => "false",
            _ => kind,
        };
    }

    /// <summary>The raw UTF-8 text of the current token, decoded.</summary>
    internal static string RawText(ref Utf8JsonReader reader) =>
        System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan);

    /// <summary>The message of the <see cref="ArgumentException"/> a factory throws, without the parameter suffix.</summary>
    internal static string MessageOf(Action create)
    {
        try
        {
            create();
            return "The value is not valid.";
        }
        catch (ArgumentException e)
        {
            var at = e.Message.IndexOf(" (Parameter '", StringComparison.Ordinal);
            return at >= 0 ? e.Message[..at] : e.Message;
        }
    }

    /// <summary>The index of the first lone surrogate in <paramref name="text"/>, or -1 when it is valid UTF-16 (the readers' one check, <see cref="Domain.Internal.TextInput.LoneSurrogate"/>).</summary>
    internal static int LoneSurrogate(ReadOnlySpan<char> text) => Domain.Internal.TextInput.LoneSurrogate(text);

    internal static string Shorten(string text) => text.Length > 60 ? string.Concat(text.AsSpan(0, 57), "...") : text;

    /// <summary>Reads a string token or throws a <see cref="JsonException"/> naming what was expected.</summary>
    internal static string ReadString(ref Utf8JsonReader reader, string expected)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new ModelJsonException($"Expected {expected} but found {DescribeCurrent(ref reader)}.");
        }

        return reader.GetString()!;
    }
}

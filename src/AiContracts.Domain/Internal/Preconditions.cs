using System.Globalization;

namespace AiContracts.Domain.Internal;

/// <summary>Argument checks for local invariants; every message names the parameter, the value and the allowed range.</summary>
internal static class Preconditions
{
    internal static void CheckRange(decimal value, decimal min, decimal max, string paramName)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                string.Create(CultureInfo.InvariantCulture, $"Value {value} for '{paramName}' is out of range: it must be between {min} and {max} inclusive."));
        }
    }

    internal static void CheckNonNegative(decimal value, string paramName)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                string.Create(CultureInfo.InvariantCulture, $"Value {value} for '{paramName}' is out of range: it must be zero or greater."));
        }
    }

    internal static void CheckPositive(int value, string paramName)
    {
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                string.Create(CultureInfo.InvariantCulture, $"Value {value} for '{paramName}' is out of range: it must be 1 or greater."));
        }
    }

    /// <summary>Refuses text that is not valid UTF-16 (a lone surrogate), which no JSON document can carry.</summary>
    internal static string CheckValidText(string value, string paramName)
    {
        var at = IndexOfInvalidUtf16(value);
        if (at >= 0)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Value for '{paramName}' is not valid Unicode text: it has a lone surrogate (U+{(int)value[at]:X4}) at index {at}."),
                paramName);
        }

        return value;
    }

    /// <summary>The index of the first lone surrogate in <paramref name="text"/>, or -1 when the text is valid UTF-16.</summary>
    internal static int IndexOfInvalidUtf16(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                return i;
            }

            if (char.IsLowSurrogate(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    internal static string CheckNotBlank(string? value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"Value for '{paramName}' must not be empty or whitespace.", paramName);
        }

        return value;
    }
}

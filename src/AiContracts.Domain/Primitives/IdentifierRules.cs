namespace AiContracts.Domain.Primitives;

/// <summary>Shared validation of identifier text.</summary>
internal static class IdentifierRules
{
    internal static bool IsValid(string? value, int maxLength, string punctuation)
    {
        if (string.IsNullOrEmpty(value) || value.Length > maxLength || !char.IsAsciiLetterOrDigit(value[0]))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && !punctuation.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    internal static string Describe(string value, string what, int maxLength, string punctuation)
    {
        var shown = value.Length > 40 ? string.Concat(value.AsSpan(0, 40), "...") : value;
        return value.Length == 0
            ? $"A {what} must not be empty."
            : value.Length > maxLength
                ? $"'{shown}' is not a valid {what}: it has {value.Length} characters, at most {maxLength} are allowed."
                : $"'{shown}' is not a valid {what}: expected 1 to {maxLength} characters, starting with a letter or digit, then letters, digits and {punctuation}.";
    }
}

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

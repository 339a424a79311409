using System.Text.Json;

namespace AiContracts.TestUtilities;

/// <summary>
/// Compares two JSON documents semantically: member order is ignored, numbers compare by exact decimal value when
/// both fit a decimal (1.5 equals 1.50) and by text otherwise, everything else exactly.
/// </summary>
public static class SemanticJson
{
    /// <summary>Lists the differences between two JSON texts, each with its JSON path; empty when they are equal.</summary>
    /// <param name="expected">The expected JSON.</param>
    /// <param name="actual">The actual JSON.</param>
    /// <returns>The differences.</returns>
    public static IReadOnlyList<string> Differences(string expected, string actual)
    {
        using var e = JsonDocument.Parse(expected);
        using var a = JsonDocument.Parse(actual);
        var differences = new List<string>();
        Compare(e.RootElement, a.RootElement, "$", differences);
        return differences;
    }

    private static void Compare(JsonElement expected, JsonElement actual, string path, List<string> differences)
    {
        if (expected.ValueKind != actual.ValueKind
            && !(expected.ValueKind is JsonValueKind.True or JsonValueKind.False && actual.ValueKind is JsonValueKind.True or JsonValueKind.False))
        {
            differences.Add($"{path}: expected {expected.ValueKind} {Show(expected)} but found {actual.ValueKind} {Show(actual)}");
            return;
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var actualNames = actual.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
                foreach (var property in expected.EnumerateObject())
                {
                    if (actual.TryGetProperty(property.Name, out var value))
                    {
                        Compare(property.Value, value, $"{path}.{property.Name}", differences);
                        actualNames.Remove(property.Name);
                    }
                    else
                    {
                        differences.Add($"{path}.{property.Name}: missing from the actual JSON (expected {Show(property.Value)})");
                    }
                }

                foreach (var extra in actualNames)
                {
                    differences.Add($"{path}.{extra}: not in the expected JSON (found {Show(actual.GetProperty(extra))})");
                }

                break;
            case JsonValueKind.Array:
                var expectedItems = expected.EnumerateArray().ToList();
                var actualItems = actual.EnumerateArray().ToList();
                if (expectedItems.Count != actualItems.Count)
                {
                    differences.Add($"{path}: expected {expectedItems.Count} elements but found {actualItems.Count}");
                }

                for (var i = 0; i < Math.Min(expectedItems.Count, actualItems.Count); i++)
                {
                    Compare(expectedItems[i], actualItems[i], $"{path}[{i}]", differences);
                }

                break;
            case JsonValueKind.Number:
                var same = expected.TryGetDecimal(out var x) && actual.TryGetDecimal(out var y)
                    ? x == y
                    : string.Equals(expected.GetRawText(), actual.GetRawText(), StringComparison.Ordinal);
                if (!same)
                {
                    differences.Add($"{path}: expected {expected.GetRawText()} but found {actual.GetRawText()}");
                }

                break;
            case JsonValueKind.String:
                if (!string.Equals(expected.GetString(), actual.GetString(), StringComparison.Ordinal))
                {
                    differences.Add($"{path}: expected {Show(expected)} but found {Show(actual)}");
                }

                break;
            default:
                if (expected.ValueKind != actual.ValueKind)
                {
                    differences.Add($"{path}: expected {Show(expected)} but found {Show(actual)}");
                }

                break;
        }
    }

    private static string Show(JsonElement element)
    {
        var text = element.GetRawText();
        return text.Length > 80 ? string.Concat(text.AsSpan(0, 77), "...") : text;
    }
}

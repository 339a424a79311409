using System.Globalization;
using AiContracts.Domain.Diagnostics;
using NodaTime;

namespace AiContracts.OpenSlo.Internal;

/// <summary>One sample: its time, its value as written, and where it is (a byte offset of JSON, or a CSV line and column).</summary>
internal readonly record struct Sample(Instant Time, string Value, JsonPointer PointerBase, int Index, long Offset, int Line, int Column)
{
    /// <summary>The sample's JSON pointer, built only for a finding (a month of samples would otherwise build thousands).</summary>
    internal JsonPointer Pointer => Index < 0 ? PointerBase : PointerBase / Index;
}

/// <summary>One series of monitoring data: its labels and samples in document order.</summary>
internal sealed class MonitoringSeries(SortedDictionary<string, string> labels, JsonPointer pointer, long offset, int line, int column)
{
    internal SortedDictionary<string, string> Labels { get; } = labels;

    internal JsonPointer Pointer { get; } = pointer;

    internal long Offset { get; } = offset;

    internal int Line { get; } = line;

    internal int Column { get; } = column;

    internal List<Sample> Samples { get; } = [];

    /// <summary>The series in Prometheus' notation, for example <c>up{job="api"}</c>, shortened for messages.</summary>
    internal string Name
    {
        get
        {
            var name = Labels.GetValueOrDefault("__name__") ?? string.Empty;
            var text = name + "{" + string.Join(",", Labels.Where(l => l.Key != "__name__").Select(l => $"{l.Key}=\"{l.Value}\"")) + "}";
            if (text == "{}")
            {
                return "the series";
            }

            return "series " + (text.Length > 120 ? string.Concat(text.AsSpan(0, 117), "...") : text);
        }
    }

    /// <summary>Parses a selector (<c>{a="b",c="d"}</c>, braces optional, or a bare metric name); null when it is not one.</summary>
    internal static Dictionary<string, string>? ParseSelector(string selector)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var text = selector.Trim();
        var brace = text.IndexOf('{', StringComparison.Ordinal);
        if (brace > 0 || (brace < 0 && text.Length > 0 && !text.Contains('=', StringComparison.Ordinal)))
        {
            result["__name__"] = (brace > 0 ? text[..brace] : text).Trim();
            text = brace > 0 ? text[brace..] : string.Empty;
        }

        text = text.Trim();
        if (text.StartsWith('{'))
        {
            if (!text.EndsWith('}'))
            {
                return null;
            }

            text = text[1..^1];
        }

        var at = 0;
        while (at < text.Length)
        {
            var eq = text.IndexOf('=', at);
            if (eq < 0)
            {
                return text[at..].Trim().Length == 0 ? result : null;
            }

            var key = text[at..eq].Trim().TrimStart(',').Trim();
            if (eq + 1 >= text.Length || text[eq + 1] != '"')
            {
                return null;
            }

            var end = text.IndexOf('"', eq + 2);
            if (end < 0 || key.Length == 0)
            {
                return null;
            }

            result[key] = text[(eq + 2)..end];
            at = end + 1;
            while (at < text.Length && (text[at] == ',' || text[at] == ' '))
            {
                at++;
            }
        }

        return result;
    }

    internal bool Matches(Dictionary<string, string> selector) => selector.All(s => Labels.TryGetValue(s.Key, out var v) && v == s.Value);

    internal static string Text(Instant time) => time.ToString("uuuu'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture);
}

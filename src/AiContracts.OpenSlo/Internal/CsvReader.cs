using System.Globalization;
using System.Text;
using AiContracts.Domain.Diagnostics;
using NodaTime;
using NodaTime.Text;

namespace AiContracts.OpenSlo.Internal;

/// <summary>
/// Reads <c>timestamp,value</c> lines: the time as Unix seconds or an ISO 8601 instant or offset date-time, the value
/// as a number (or NaN, +Inf, -Inf, which are findings later). A first line that is not a sample is a header.
/// </summary>
internal static class CsvReader
{
    internal static List<MonitoringSeries>? Read(string text, Findings findings)
    {
        var series = new MonitoringSeries(new SortedDictionary<string, string>(StringComparer.Ordinal), JsonPointer.Root, 0, 1, 1);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var comma = line.IndexOf(',', StringComparison.Ordinal);
            var timeText = comma < 0 ? line : line[..comma];
            var value = comma < 0 ? string.Empty : line[(comma + 1)..].Trim();
            var valueColumn = comma < 0 ? line.Length + 1 : Encoding.UTF8.GetByteCount(line.AsSpan(0, comma + 1)) + 1;
            var parsedTime = Time(timeText.Trim());
            if (parsedTime is null)
            {
                if (series.Samples.Count == 0 && i == 0)
                {
                    continue; // a header such as "timestamp,value"
                }

                findings.AtLine(OpenSloDiagnostics.MalformedMonitoringData, JsonPointer.Root, i + 1, 1, ("detail", $"'{Shorten(timeText)}' is not a time: write Unix seconds (1714521900) or an ISO 8601 instant (2026-05-01T00:05:00Z)."));
                return null;
            }

            if (comma < 0 || value.Contains(',', StringComparison.Ordinal))
            {
                findings.AtLine(OpenSloDiagnostics.MalformedMonitoringData, JsonPointer.Root, i + 1, valueColumn, ("detail", "a line must be timestamp,value (two fields)."));
                return null;
            }

            series.Samples.Add(new Sample(parsedTime.Value, value, JsonPointer.Root, -1, -1, i + 1, valueColumn));
        }

        return [series];
    }

    private static Instant? Time(string text)
    {
        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) && seconds <= 253_402_300_799m)
        {
            return Instant.FromUnixTimeTicks((long)decimal.Round(seconds * NodaConstants.TicksPerSecond));
        }

        var instant = InstantPattern.ExtendedIso.Parse(text);
        if (instant.Success)
        {
            return instant.Value;
        }

        var offset = OffsetDateTimePattern.ExtendedIso.Parse(text);
        return offset.Success ? offset.Value.ToInstant() : null;
    }

    private static string Shorten(string text) => text.Length > 40 ? string.Concat(text.AsSpan(0, 37), "...") : text;
}

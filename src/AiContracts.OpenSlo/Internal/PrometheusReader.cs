using System.Text.Json;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Internal;
using NodaTime;

namespace AiContracts.OpenSlo.Internal;

/// <summary>
/// Reads a Prometheus HTTP API query result (<c>{"status":"success","data":{"resultType":"matrix"|"vector","result":[...]}}</c>)
/// with Utf8JsonReader, keeping each sample's byte offset for findings. Never throws for bad input.
/// </summary>
internal static class PrometheusReader
{
    internal static List<MonitoringSeries>? Read(ReadOnlyMemory<byte> utf8, Findings findings)
    {
        var reader = new Utf8JsonReader(utf8.Span, new JsonReaderOptions { MaxDepth = 64 });
        string? status = null, error = null, resultType = null;
        List<MonitoringSeries>? series = null;
        long resultOffset = 0;
        try
        {
            Expect(ref reader, JsonTokenType.StartObject);
            while (Next(ref reader) == JsonTokenType.PropertyName)
            {
                var name = Text(ref reader);
                reader.Read();
                switch (name)
                {
                    case "status":
                        status = reader.TokenType == JsonTokenType.String ? Text(ref reader) : null;
                        break;
                    case "error":
                        error = reader.TokenType == JsonTokenType.String ? Text(ref reader) : null;
                        break;
                    case "data":
                        if (reader.TokenType != JsonTokenType.StartObject)
                        {
                            return Fail(findings, JsonPointer.Root / "data", reader.TokenStartIndex, "'data' is not an object.");
                        }

                        while (Next(ref reader) == JsonTokenType.PropertyName)
                        {
                            var member = Text(ref reader);
                            reader.Read();
                            if (member == "resultType" && reader.TokenType == JsonTokenType.String)
                            {
                                resultType = Text(ref reader);
                            }
                            else if (member == "result" && reader.TokenType == JsonTokenType.StartArray)
                            {
                                resultOffset = reader.TokenStartIndex;
                                series = Result(ref reader, findings);
                                if (series is null)
                                {
                                    return null;
                                }
                            }
                            else
                            {
                                reader.Skip();
                            }
                        }

                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }
        }
        catch (LoneSurrogateException e)
        {
            findings.AtByte(OpenSloDiagnostics.MalformedMonitoringData, JsonPointer.Root, e.Offset, ("detail", MonitoringMeasurements.LoneSurrogateText));
            return null;
        }
        catch (JsonException e)
        {
            findings.AtLine(OpenSloDiagnostics.MalformedMonitoringData, JsonPointer.Root, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, ("detail", "not well-formed JSON: " + e.Message.Split(" LineNumber", 2)[0]));
            return null;
        }

        if (status != "success")
        {
            findings.AtByte(OpenSloDiagnostics.MalformedMonitoringData, JsonPointer.Root / "status", 0, ("detail", status is null ? "no 'status'; expected a Prometheus HTTP API response." : $"the query failed (status '{status}'): {error ?? "no error message"}."));
            return null;
        }

        if (resultType is not ("matrix" or "vector") || series is null)
        {
            findings.AtByte(OpenSloDiagnostics.MalformedMonitoringData, JsonPointer.Root / "data" / "resultType", resultOffset, ("detail", $"the result type is '{resultType ?? "(none)"}'; a range query's 'matrix' or an instant query's 'vector' with a 'result' array is read."));
            return null;
        }

        return series;
    }

    private static List<MonitoringSeries>? Result(ref Utf8JsonReader reader, Findings findings)
    {
        var list = new List<MonitoringSeries>();
        while (Next(ref reader) == JsonTokenType.StartObject)
        {
            var pointer = JsonPointer.Root / "data" / "result" / list.Count;
            var labels = new SortedDictionary<string, string>(StringComparer.Ordinal);
            var series = new MonitoringSeries(labels, pointer, reader.TokenStartIndex, 0, 0);
            while (Next(ref reader) == JsonTokenType.PropertyName)
            {
                var member = Text(ref reader);
                reader.Read();
                switch (member)
                {
                    case "metric" when reader.TokenType == JsonTokenType.StartObject:
                        while (Next(ref reader) == JsonTokenType.PropertyName)
                        {
                            var key = Text(ref reader)!;
                            reader.Read();
                            if (reader.TokenType != JsonTokenType.String)
                            {
                                return Fail(findings, pointer / "metric" / key, reader.TokenStartIndex, $"the label '{key}' is not a string.");
                            }

                            labels[key] = Text(ref reader)!;
                        }

                        break;
                    case "values" when reader.TokenType == JsonTokenType.StartArray:
                        var valuesPointer = pointer / "values";
                        for (var j = 0; Next(ref reader) == JsonTokenType.StartArray; j++)
                        {
                            if (!SampleAt(ref reader, series, valuesPointer, j, findings))
                            {
                                return null;
                            }
                        }

                        break;
                    case "value" when reader.TokenType == JsonTokenType.StartArray:
                        if (!SampleAt(ref reader, series, pointer / "value", -1, findings))
                        {
                            return null;
                        }

                        break;
                    case "histogram" or "histograms":
                        return Fail(findings, pointer / member!, reader.TokenStartIndex, "native histograms are not read; query a quantile or a rate instead.");
                    default:
                        reader.Skip();
                        break;
                }
            }

            list.Add(series);
        }

        return reader.TokenType == JsonTokenType.EndArray ? list : Fail(findings, JsonPointer.Root / "data" / "result", reader.TokenStartIndex, "a series is not an object.");
    }

    /// <summary>Reads <c>[unixSeconds, "value"]</c> (the reader is on its '['); false after a finding.</summary>
    private static bool SampleAt(ref Utf8JsonReader reader, MonitoringSeries series, JsonPointer pointerBase, int index, Findings findings)
    {
        var start = reader.TokenStartIndex;
        reader.Read();
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDecimal(out var seconds) || seconds < -62_135_596_800m || seconds > 253_402_300_799m)
        {
            findings.AtByte(OpenSloDiagnostics.MalformedMonitoringData, Pointer(pointerBase, index) / 0, reader.TokenStartIndex, ("detail", "a sample's time is not a Unix time in seconds between the years 1 and 9999."));
            return false;
        }

        reader.Read();
        if (reader.TokenType != JsonTokenType.String)
        {
            findings.AtByte(OpenSloDiagnostics.MalformedMonitoringData, Pointer(pointerBase, index) / 1, reader.TokenStartIndex, ("detail", "a sample's value is not a string (Prometheus writes values as strings, such as \"0.25\" or \"NaN\")."));
            return false;
        }

        var value = Text(ref reader)!;
        if (Next(ref reader) != JsonTokenType.EndArray)
        {
            findings.AtByte(OpenSloDiagnostics.MalformedMonitoringData, Pointer(pointerBase, index), start, ("detail", "a sample has more than a time and a value."));
            return false;
        }

        var time = Instant.FromUnixTimeTicks((long)decimal.Round(seconds * NodaConstants.TicksPerSecond));
        series.Samples.Add(new Sample(time, value, pointerBase, index, start, 0, 0));
        return true;
    }

    /// <summary>
    /// A string token's or member name's text. An escape that makes a lone surrogate (<c>"\ud800"</c>) has no text
    /// (System.Text.Json throws for it): it is reported at the escape, as the JSON pipeline reports it.
    /// </summary>
    private static string Text(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped && TextInput.LoneSurrogateEscape(reader.ValueSpan) is var at and >= 0)
        {
            throw new LoneSurrogateException(reader.TokenStartIndex + 1 + at);
        }

        return reader.GetString()!;
    }

    private static JsonPointer Pointer(JsonPointer pointerBase, int index) => index < 0 ? pointerBase : pointerBase / index;

    private static JsonTokenType Next(ref Utf8JsonReader reader) => reader.Read() ? reader.TokenType : JsonTokenType.None;

    /// <summary>Reads the next token; a JsonException (reported as malformed data at its position) when it is not the expected one.</summary>
    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (Next(ref reader) != type)
        {
            throw new JsonException($"expected {(type == JsonTokenType.StartObject ? "an object" : type.ToString())}", null, 0, reader.BytesConsumed);
        }
    }

    private static List<MonitoringSeries>? Fail(Findings findings, JsonPointer pointer, long offset, string detail)
    {
        findings.AtByte(OpenSloDiagnostics.MalformedMonitoringData, pointer, offset, ("detail", detail));
        return null;
    }
}

/// <summary>Stops reading at an escaped lone surrogate; caught by <see cref="PrometheusReader.Read"/>, which reports it.</summary>
internal sealed class LoneSurrogateException(long offset) : Exception
{
    /// <summary>The byte offset of the escape.</summary>
    internal long Offset { get; } = offset;
}

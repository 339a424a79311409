using System.Text;
using AiContracts.Domain;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Internal;
using AiContracts.OpenSlo.Internal;

namespace AiContracts.OpenSlo;

/// <summary>
/// Makes the measurements an SLA evaluation reads (<see cref="Domain.Computations.ServiceCredits.SlaMeasurements"/>) from
/// monitoring data: a Prometheus HTTP API query result, or <c>timestamp,value</c> CSV. Each series named by a
/// <see cref="SeriesMapping"/> measures one KPI: values become its attained value (aggregated as the KPI says), an
/// <c>up</c> series becomes outages, requests and failed requests become intervals (availability KPIs) or event counts;
/// intervals are placed in the period in the contract's time zone.
/// </summary>
/// <remarks>
/// Refuses what it cannot read unambiguously: NaN and infinite samples, duplicate timestamps, samples off the interval
/// grid are errors (no measurements); gaps and samples outside the period are warnings. Each finding has its JSON
/// pointer and line and column (UTF-8 bytes), or its CSV line and column. Thread safety: stateless.
/// </remarks>
public static class MonitoringMeasurements
{
    private const string Rule = "monitoring-data";

    /// <summary>Reads a Prometheus HTTP API query result (<c>matrix</c> or <c>vector</c>).</summary>
    /// <param name="utf8Json">The response body.</param>
    /// <param name="contract">The contract whose KPIs are measured (their availability definitions, aggregations, time zone); null to read without one.</param>
    /// <param name="options">The period and the series mappings.</param>
    /// <returns>The measurements, or findings saying why there are none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static MonitoringImport FromPrometheus(ReadOnlyMemory<byte> utf8Json, AiContract? contract, MonitoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        utf8Json = TextInput.WithoutByteOrderMark(utf8Json);
        var findings = new Findings(new LineIndex(utf8Json), DocumentKind.MonitoringData, Rule);
        if (utf8Json.Length > options.MaxBytes)
        {
            return TooLarge(findings, options);
        }

        if (TextInput.FirstInvalidUtf8(utf8Json.Span) is var invalid and >= 0)
        {
            findings.AtByte(OpenSloDiagnostics.MalformedMonitoringData, JsonPointer.Root, invalid, ("detail", TextInput.InvalidUtf8Detail(utf8Json.Span, invalid)));
            return new MonitoringImport { Report = findings.ToReport() };
        }

        var series = PrometheusReader.Read(utf8Json, findings);
        return Finish(series, contract, options, findings);
    }

    /// <summary>Reads a Prometheus HTTP API query result given as text.</summary>
    /// <param name="json">The response body.</param>
    /// <param name="contract">The contract whose KPIs are measured; null to read without one.</param>
    /// <param name="options">The period and the series mappings.</param>
    /// <returns>The measurements, or findings saying why there are none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="options"/> is null.</exception>
    public static MonitoringImport FromPrometheus(string json, AiContract? contract, MonitoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(options);
        var text = TextInput.WithoutByteOrderMark(json.AsSpan());
        if (text.Length > options.MaxBytes || Encoding.UTF8.GetByteCount(text) > options.MaxBytes)
        {
            return TooLarge(new Findings(new LineIndex(json), DocumentKind.MonitoringData, Rule), options);
        }

        if (TextInput.LoneSurrogate(text) is var at and >= 0)
        {
            // A lone surrogate has no UTF-8 form: refused where it is, as the JSON pipeline refuses it, never replaced.
            var findings = new Findings(new LineIndex(json), DocumentKind.MonitoringData, Rule);
            var (line, column) = LineIndex.Of(text, at);
            findings.AtLine(OpenSloDiagnostics.MalformedMonitoringData, JsonPointer.Root, line, column, ("detail", LoneSurrogateText));
            return new MonitoringImport { Report = findings.ToReport() };
        }

        return FromPrometheus(Encoding.UTF8.GetBytes(text.ToString()), contract, options);
    }

    /// <summary>Reads <c>timestamp,value</c> CSV: one series, for the one mapping of <paramref name="options"/>.</summary>
    /// <param name="csv">The CSV text; a first line that is not a sample (a header) is skipped, and so is a byte-order mark.</param>
    /// <param name="contract">The contract whose KPIs are measured; null to read without one.</param>
    /// <param name="options">The period and exactly one series mapping (its selector is ignored).</param>
    /// <returns>The measurements, or findings saying why there are none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> does not have exactly one series mapping.</exception>
    public static MonitoringImport FromCsv(string csv, AiContract? contract, MonitoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Series.Count != 1)
        {
            throw new ArgumentException("CSV holds one series: give exactly one series mapping.", nameof(options));
        }

        var text = TextInput.WithoutByteOrderMark(csv.AsSpan());
        var findings = new Findings(new LineIndex(csv), DocumentKind.MonitoringData, Rule);
        if (text.Length > options.MaxBytes || Encoding.UTF8.GetByteCount(text) > options.MaxBytes)
        {
            return TooLarge(findings, options);
        }

        var series = CsvReader.Read(text.Length == csv.Length ? csv : text.ToString(), findings);
        return Finish(series, contract, options with { Series = [options.Series[0] with { Selector = string.Empty }] }, findings);
    }

    /// <summary>
    /// Reads <c>timestamp,value</c> CSV given as UTF-8 bytes (a file's content): bytes that are not UTF-8 are AIC8101 at
    /// the first of them, never replaced; otherwise as <see cref="FromCsv(string, AiContract?, MonitoringOptions)"/>.
    /// </summary>
    /// <param name="utf8Csv">The CSV as UTF-8; a byte-order mark may start it.</param>
    /// <param name="contract">The contract whose KPIs are measured; null to read without one.</param>
    /// <param name="options">The period and exactly one series mapping (its selector is ignored).</param>
    /// <returns>The measurements, or findings saying why there are none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> does not have exactly one series mapping.</exception>
    public static MonitoringImport FromCsv(ReadOnlyMemory<byte> utf8Csv, AiContract? contract, MonitoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Series.Count != 1)
        {
            throw new ArgumentException("CSV holds one series: give exactly one series mapping.", nameof(options));
        }

        utf8Csv = TextInput.WithoutByteOrderMark(utf8Csv);
        var findings = new Findings(new LineIndex(utf8Csv), DocumentKind.MonitoringData, Rule);
        if (utf8Csv.Length > options.MaxBytes)
        {
            return TooLarge(findings, options);
        }

        if (TextInput.FirstInvalidUtf8(utf8Csv.Span) is var invalid and >= 0)
        {
            findings.AtByte(OpenSloDiagnostics.MalformedMonitoringData, JsonPointer.Root, invalid, ("detail", TextInput.InvalidUtf8Detail(utf8Csv.Span, invalid)));
            return new MonitoringImport { Report = findings.ToReport() };
        }

        return FromCsv(Encoding.UTF8.GetString(utf8Csv.Span), contract, options);
    }

    /// <summary>The detail of AIC8101 for a lone surrogate, in the text or escaped in a JSON string.</summary>
    internal const string LoneSurrogateText = "the text has a lone surrogate, which is not valid Unicode; write the character it stands for, or remove it.";

    private static MonitoringImport TooLarge(Findings findings, MonitoringOptions options)
    {
        findings.Add(ReaderFindings.TooLarge(options.MaxBytes));
        return new MonitoringImport { Report = findings.ToReport() };
    }

    private static MonitoringImport Finish(List<Internal.MonitoringSeries>? series, AiContract? contract, MonitoringOptions options, Findings findings)
    {
        var measurements = series is null ? null : new MeasurementBuilder(contract, options, findings).Build(series);
        return new MonitoringImport { Measurements = findings.HasErrors ? null : measurements, Report = findings.ToReport() };
    }
}

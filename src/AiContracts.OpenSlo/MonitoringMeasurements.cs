using System.Globalization;
using System.Text;
using AiContracts.Domain;
using AiContracts.Domain.Diagnostics;
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
        var findings = new Findings(new SourceText(utf8Json), DocumentKind.MonitoringData, Rule);
        if (utf8Json.Length > options.MaxBytes)
        {
            findings.Whole(DiagnosticCatalogue.TooLarge, ("limit", options.MaxBytes.ToString(CultureInfo.InvariantCulture)));
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
        if (json.Length > options.MaxBytes || Encoding.UTF8.GetByteCount(json) > options.MaxBytes)
        {
            var findings = new Findings(new SourceText(json), DocumentKind.MonitoringData, Rule);
            findings.Whole(DiagnosticCatalogue.TooLarge, ("limit", options.MaxBytes.ToString(CultureInfo.InvariantCulture)));
            return new MonitoringImport { Report = findings.ToReport() };
        }

        return FromPrometheus(Encoding.UTF8.GetBytes(json), contract, options);
    }

    /// <summary>Reads <c>timestamp,value</c> CSV: one series, for the one mapping of <paramref name="options"/>.</summary>
    /// <param name="csv">The CSV text; a first line that is not a sample (a header) is skipped.</param>
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

        var findings = new Findings(new SourceText(csv), DocumentKind.MonitoringData, Rule);
        if (csv.Length > options.MaxBytes || Encoding.UTF8.GetByteCount(csv) > options.MaxBytes)
        {
            findings.Whole(DiagnosticCatalogue.TooLarge, ("limit", options.MaxBytes.ToString(CultureInfo.InvariantCulture)));
            return new MonitoringImport { Report = findings.ToReport() };
        }

        var series = CsvReader.Read(csv, findings);
        return Finish(series, contract, options with { Series = [options.Series[0] with { Selector = string.Empty }] }, findings);
    }

    private static MonitoringImport Finish(List<Internal.MonitoringSeries>? series, AiContract? contract, MonitoringOptions options, Findings findings)
    {
        var measurements = series is null ? null : new MeasurementBuilder(contract, options, findings).Build(series);
        return new MonitoringImport { Measurements = findings.HasErrors ? null : measurements, Report = findings.ToReport() };
    }
}

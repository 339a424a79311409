using AiContracts.Domain.Diagnostics;

namespace AiContracts.OpenSlo;

/// <summary>
/// The diagnostic codes of this package, with their message templates: <c>AIC80xx</c> for OpenSLO YAML and
/// <c>AIC81xx</c> for monitoring data (Prometheus query results and CSV). Findings that the other packages already
/// name (a document too large, nested too deeply, a missing member, a value of the wrong form or out of range, an
/// unsupported version, an unknown reference) use the codes of <see cref="DiagnosticCatalogue"/>. Codes are never
/// reused; <c>docs/openslo.md</c> explains each.
/// </summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public static class OpenSloDiagnostics
{
    private const string Yaml = "OpenSLO";
    private const string Monitoring = "monitoring data";

    /// <summary>AIC8001: the text is not well-formed YAML (tabs used for indentation, an unclosed quote...).</summary>
    public static DiagnosticDescriptor MalformedYaml { get; } = Error("AIC8001", "Malformed YAML", Yaml, "The document is not well-formed YAML: {detail}");

    /// <summary>AIC8002: aliases expand the document beyond the configured number of nodes (a YAML bomb).</summary>
    public static DiagnosticDescriptor AliasExpansion { get; } = Error("AIC8002", "Aliases expand too far", Yaml, "Aliases expand the document to more than {limit} nodes; a file that grows this much through anchors is refused (a YAML bomb) and nothing is read.");

    /// <summary>AIC8003: a mapping repeats a key.</summary>
    public static DiagnosticDescriptor DuplicateKey { get; } = Error("AIC8003", "Duplicate key", Yaml, "The key '{member}' appears more than once in {type}; a YAML mapping must not repeat a key.");

    /// <summary>AIC8004: a document's kind is not one of OpenSLO v1.</summary>
    public static DiagnosticDescriptor UnknownKind { get; } = Error("AIC8004", "Unknown kind", Yaml, "'{value}' is not an OpenSLO v1 kind; expected one of {allowed}. The document is not imported.");

    /// <summary>AIC8005: an OpenSLO element has no counterpart in a contract and is not imported.</summary>
    public static DiagnosticDescriptor NotImported { get; } = Warning("AIC8005", "Not imported", Yaml, "{what} has no counterpart in a contract and is not imported: {detail}");

    /// <summary>AIC8006: a contract's KPI or member cannot be written as OpenSLO and is left out of the export.</summary>
    public static DiagnosticDescriptor NotExported { get; } = Warning("AIC8006", "Not exported", Yaml, "{what} is not exported: {detail}");

    /// <summary>AIC8007: an imported value was read with an assumption the document does not state.</summary>
    public static DiagnosticDescriptor Assumed { get; } = Info("AIC8007", "Assumption", Yaml, "{detail}");

    /// <summary>AIC8008: the file has more nodes than the configured limit.</summary>
    public static DiagnosticDescriptor TooManyNodes { get; } = Error("AIC8008", "Too many nodes", Yaml, "The file has more than {limit} nodes (scalars, sequences and mappings); it is refused so that memory stays bounded.");

    /// <summary>AIC8101: the monitoring data cannot be read (not a Prometheus query result, a malformed CSV line...).</summary>
    public static DiagnosticDescriptor MalformedMonitoringData { get; } = Error("AIC8101", "Malformed monitoring data", Monitoring, "The monitoring data cannot be read: {detail}");

    /// <summary>AIC8102: a sample is NaN or infinite.</summary>
    public static DiagnosticDescriptor NotFinite { get; } = Error("AIC8102", "Sample not a finite number", Monitoring, "The sample of {series} at {time} is {value}, not a finite number; the measurement is not made from a series with such samples (filter them in the query, or fix the source).");

    /// <summary>AIC8103: a series has no samples for a stretch of the period.</summary>
    public static DiagnosticDescriptor Gap { get; } = Warning("AIC8103", "Gap in the samples", Monitoring, "{series} has no samples from {from} to {to} ({count} intervals); nothing is measured for them: requests count by the KPI's rule for intervals without requests, an up series counts them as up.");

    /// <summary>AIC8104: a series has two samples at the same time.</summary>
    public static DiagnosticDescriptor DuplicateTimestamp { get; } = Error("AIC8104", "Duplicate timestamp", Monitoring, "{series} has more than one sample at {time}; neither is used, and no measurement is made from the series.");

    /// <summary>AIC8105: samples fall outside the period measured.</summary>
    public static DiagnosticDescriptor OutsidePeriod { get; } = Warning("AIC8105", "Samples outside the period", Monitoring, "{count} samples of {series}, the first at {time}, fall outside the period {period}; they are not used.");

    /// <summary>AIC8106: a sample's time is not on an interval boundary.</summary>
    public static DiagnosticDescriptor Unaligned { get; } = Error("AIC8106", "Sample not on an interval boundary", Monitoring, "The sample of {series} at {time} does not end (or start) one of the period's {interval} intervals; query with a step equal to the interval length, aligned to the period.");

    /// <summary>AIC8107: a series mapping matches no series, or more than one.</summary>
    public static DiagnosticDescriptor SeriesNotMatched { get; } = Error("AIC8107", "Series not matched", Monitoring, "{detail}");

    /// <summary>AIC8108: a sample's value is not one the series' role allows (a negative count, an up value other than 0 or 1...).</summary>
    public static DiagnosticDescriptor InvalidSample { get; } = Error("AIC8108", "Invalid sample", Monitoring, "{detail}");

    /// <summary>AIC8109: counts that were not whole numbers were rounded.</summary>
    public static DiagnosticDescriptor Rounded { get; } = Info("AIC8109", "Counts rounded", Monitoring, "{count} samples of {series} are not whole numbers (the first is {value} at {time}; increase() extrapolates); they are rounded to the nearest whole request.");

    /// <summary>AIC8110: a series of the result is matched by no mapping and is not used.</summary>
    public static DiagnosticDescriptor UnusedSeries { get; } = Warning("AIC8110", "Series not used", Monitoring, "{series} is matched by no series mapping and is not used.");

    /// <summary>Every descriptor of this package, ordered by code.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        MalformedYaml, AliasExpansion, DuplicateKey, UnknownKind, NotImported, NotExported, Assumed, TooManyNodes,
        MalformedMonitoringData, NotFinite, Gap, DuplicateTimestamp, OutsidePeriod, Unaligned, SeriesNotMatched, InvalidSample, Rounded, UnusedSeries,
    ];

    private static DiagnosticDescriptor Error(string code, string title, string area, string format) => new()
    {
        Code = code,
        Title = title,
        DefaultSeverity = DiagnosticSeverity.Error,
        Area = area,
        MessageFormat = format,
    };

    private static DiagnosticDescriptor Warning(string code, string title, string area, string format) =>
        Error(code, title, area, format) with { DefaultSeverity = DiagnosticSeverity.Warning };

    private static DiagnosticDescriptor Info(string code, string title, string area, string format) =>
        Error(code, title, area, format) with { DefaultSeverity = DiagnosticSeverity.Info };
}

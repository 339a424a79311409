using AiContracts.Domain.Primitives;

namespace AiContracts.OpenSlo;

/// <summary>Which series of a monitoring result measures which KPI, and how.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record SeriesMapping
{
    /// <summary>The KPI the series measures, by its id in the contract.</summary>
    public required LocalId KpiId { get; init; }

    /// <summary>What the series' samples are.</summary>
    public required SeriesRole Role { get; init; }

    /// <summary>
    /// The series, by its labels in Prometheus' notation with equality matchers only: <c>{job="api",code="5xx"}</c>
    /// (braces optional), or a bare metric name such as <c>up</c>. A series matches when it has every label given.
    /// Empty (the default) matches any series, for a result with one series. Ignored for CSV, which holds one series.
    /// </summary>
    public string Selector { get; init; } = string.Empty;
}

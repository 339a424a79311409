using AiContracts.Domain.Computations;
using AiContracts.Domain.Primitives;
using NodaTime;

namespace AiContracts.OpenSlo;

/// <summary>How monitoring data becomes measurements: the period, which series measure which KPI, and how samples are timed.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record MonitoringOptions
{
    /// <summary>The period measured: whole days in the contract's time zone (usually a calendar month).</summary>
    public required ComputationPeriod Period { get; init; }

    /// <summary>The series to read, each with its KPI and role.</summary>
    public required ValueArray<SeriesMapping> Series { get; init; }

    /// <summary>
    /// Whether a sample's time is the end of the interval it covers, as for Prometheus' <c>increase(x[5m])</c> or
    /// <c>avg_over_time(x[5m])</c> evaluated at that time (the default), rather than its start.
    /// </summary>
    /// <value>True.</value>
    public bool SampleTimeIsIntervalEnd { get; init; } = true;

    /// <summary>The time zone of the period when the contract states none (or none is given).</summary>
    /// <value>Null: UTC.</value>
    public DateTimeZone? TimeZone { get; init; }

    /// <summary>
    /// The interval length for a KPI without an availability definition (or without a contract), and the time each sample
    /// of an <see cref="SeriesRole.Up"/> series covers (the series' step) for any KPI.
    /// </summary>
    /// <value>Null: five minutes.</value>
    public Duration? IntervalLength { get; init; }

    /// <summary>The largest input read, in UTF-8 bytes; larger input gets AIC0003.</summary>
    /// <value>10 MiB, the JSON pipeline's default.</value>
    public long MaxBytes { get; init; } = 10 * 1024 * 1024;
}

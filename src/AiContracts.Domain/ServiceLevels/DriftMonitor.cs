using AiContracts.Domain.Internal;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.ServiceLevels;

/// <summary>Monitoring of a deployed model for drift, with thresholds, cadence and remedies.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record DriftMonitor
{
    /// <summary>The monitor's identifier.</summary>
    public required LocalId Id { get; init; }

    /// <summary>The AI system monitored.</summary>
    public LocalId? AiSystemId { get; init; }

    /// <summary>The statistic that detects drift.</summary>
    public required DriftMetric Metric { get; init; }

    /// <summary>What is compared with the baseline.</summary>
    public DriftScope? Scope { get; init; }

    /// <summary>The baseline data or evaluation suite, for example "acceptance test set of 2026-03".</summary>
    public string? Baseline { get; init; }

    /// <summary>The value at which the provider must warn the customer.</summary>
    public decimal? WarningThreshold { get; init; }

    /// <summary>The value at which the remedies are due.</summary>
    public decimal? ActionThreshold { get; init; }

    /// <summary>The unit of the thresholds, for example Ratio or Percent for a performance drop; Statistic when not stated.</summary>
    public KpiUnit? ThresholdUnit { get; init; }

    /// <summary>How often drift is computed.</summary>
    public Cadence? Cadence { get; init; }

    /// <summary>What the provider does when the action threshold is crossed, and by when.</summary>
    public ValueArray<Remedy> Remedies { get; init; }

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(DriftMonitor), PrintMembers);
}

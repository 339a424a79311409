using AiContracts.Domain.Internal;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.ServiceLevels;

/// <summary>A key performance indicator: what is measured, how, and what counts as good.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record KpiDefinition
{
    /// <summary>The KPI's identifier; objectives and reports refer to it.</summary>
    public required LocalId Id { get; init; }

    /// <summary>A short name, for example "p95 latency".</summary>
    public required string Name { get; init; }

    /// <summary>Technical behaviour or business impact.</summary>
    public required KpiCategory Category { get; init; }

    /// <summary>What the KPI measures.</summary>
    public required KpiMetric Metric { get; init; }

    /// <summary>A longer description.</summary>
    public string? Description { get; init; }

    /// <summary>The unit of the target, threshold and measured values.</summary>
    public KpiUnit? Unit { get; init; }

    /// <summary>Whether higher or lower values are better.</summary>
    public Direction? Direction { get; init; }

    /// <summary>The value the provider commits to (attaining exactly the target is no breach).</summary>
    public decimal? Target { get; init; }

    /// <summary>The value beyond which the KPI is breached, when it differs from the target.</summary>
    public decimal? BreachThreshold { get; init; }

    /// <summary>How raw measurements are aggregated over the window.</summary>
    public Aggregation? Aggregation { get; init; }

    /// <summary>The window the KPI is measured over.</summary>
    public MeasurementWindow? Window { get; init; }

    /// <summary>How the KPI is measured, precisely enough for both parties to reproduce it.</summary>
    public string? Method { get; init; }

    /// <summary>Where the measurements come from, for example "provider status API" or "customer CRM".</summary>
    public string? DataSource { get; init; }

    /// <summary>The business outcome the KPI protects.</summary>
    public string? BusinessOutcome { get; init; }

    /// <summary>For availability KPIs: which of the common definitions applies.</summary>
    public AvailabilityDefinition? AvailabilityDefinition { get; init; }

    /// <summary>The AI systems the KPI applies to; empty for all.</summary>
    public ValueArray<LocalId> AiSystemIds { get; init; }

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(KpiDefinition), PrintMembers);
}

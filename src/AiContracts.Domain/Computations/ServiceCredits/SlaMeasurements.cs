using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Computations.ServiceCredits;

/// <summary>The measurements of one period: the input of an SLA evaluation.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record SlaMeasurements
{
    /// <summary>The period measured: a calendar month in the contract's time zone, or the window the KPIs define.</summary>
    public required ComputationPeriod Period { get; init; }

    /// <summary>The measurements, at most one per KPI.</summary>
    public ValueArray<KpiMeasurement> Kpis { get; init; }
}

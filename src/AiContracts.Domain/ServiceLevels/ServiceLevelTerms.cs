using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.ServiceLevels;

/// <summary>The service-level clause group: KPIs, objectives with service credits, and drift monitoring.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record ServiceLevelTerms
{
    /// <summary>The KPIs, technical and business.</summary>
    public ValueArray<KpiDefinition> Kpis { get; init; }

    /// <summary>The committed objectives on KPIs, with credits and remedies.</summary>
    public ValueArray<ServiceLevelObjective> Objectives { get; init; }

    /// <summary>One objective per claim: when several objectives earn a credit for the same period, only the highest credit is paid. Introduced in format 1.1.</summary>
    public bool? HighestCreditOnly { get; init; }

    /// <summary>Drift monitoring of deployed models.</summary>
    public ValueArray<DriftMonitor> DriftMonitors { get; init; }
}

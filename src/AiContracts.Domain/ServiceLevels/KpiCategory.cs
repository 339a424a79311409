using Ardalis.SmartEnum;

namespace AiContracts.Domain.ServiceLevels;

/// <summary>Whether a KPI measures technical behaviour or business impact.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class KpiCategory : SmartEnum<KpiCategory>
{
    /// <summary>Technical behaviour of the system: availability, latency, quality, drift.</summary>
    public static readonly KpiCategory Technical = new(nameof(Technical), 1);

    /// <summary>Business impact: cost per transaction, resolution rate, revenue at risk.</summary>
    public static readonly KpiCategory Business = new(nameof(Business), 2);

    private KpiCategory(string name, int value)
        : base(name, value)
    {
    }
}

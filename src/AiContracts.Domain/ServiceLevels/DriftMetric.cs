using Ardalis.SmartEnum;

namespace AiContracts.Domain.ServiceLevels;

/// <summary>The statistic used to detect drift between a baseline and current data.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class DriftMetric : SmartEnum<DriftMetric>
{
    /// <summary>Population stability index (PSI).</summary>
    public static readonly DriftMetric PopulationStabilityIndex = new(nameof(PopulationStabilityIndex), 1);

    /// <summary>Kolmogorov-Smirnov statistic.</summary>
    public static readonly DriftMetric KolmogorovSmirnov = new(nameof(KolmogorovSmirnov), 2);

    /// <summary>Jensen-Shannon divergence.</summary>
    public static readonly DriftMetric JensenShannonDivergence = new(nameof(JensenShannonDivergence), 3);

    /// <summary>Kullback-Leibler divergence.</summary>
    public static readonly DriftMetric KullbackLeiblerDivergence = new(nameof(KullbackLeiblerDivergence), 4);

    /// <summary>Wasserstein (earth mover's) distance.</summary>
    public static readonly DriftMetric WassersteinDistance = new(nameof(WassersteinDistance), 5);

    /// <summary>Chi-square statistic for categorical features.</summary>
    public static readonly DriftMetric ChiSquare = new(nameof(ChiSquare), 6);

    /// <summary>Drop of a quality metric against the accepted baseline, in percentage points.</summary>
    public static readonly DriftMetric PerformanceDrop = new(nameof(PerformanceDrop), 7);

    private DriftMetric(string name, int value)
        : base(name, value)
    {
    }
}

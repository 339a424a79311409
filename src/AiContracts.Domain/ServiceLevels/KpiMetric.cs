using Ardalis.SmartEnum;

namespace AiContracts.Domain.ServiceLevels;

/// <summary>What a KPI measures.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class KpiMetric : SmartEnum<KpiMetric>
{
    /// <summary>Share of time or requests the service was available.</summary>
    public static readonly KpiMetric Availability = new(nameof(Availability), 1, KpiCategory.Technical);

    /// <summary>Time to answer a request.</summary>
    public static readonly KpiMetric Latency = new(nameof(Latency), 2, KpiCategory.Technical);

    /// <summary>Requests or tokens served per unit of time.</summary>
    public static readonly KpiMetric Throughput = new(nameof(Throughput), 3, KpiCategory.Technical);

    /// <summary>Share of requests that failed.</summary>
    public static readonly KpiMetric ErrorRate = new(nameof(ErrorRate), 4, KpiCategory.Technical);

    /// <summary>Share of correct predictions on a labelled evaluation set.</summary>
    public static readonly KpiMetric Accuracy = new(nameof(Accuracy), 5, KpiCategory.Technical);

    /// <summary>Precision on a labelled evaluation set.</summary>
    public static readonly KpiMetric Precision = new(nameof(Precision), 6, KpiCategory.Technical);

    /// <summary>Recall on a labelled evaluation set.</summary>
    public static readonly KpiMetric Recall = new(nameof(Recall), 7, KpiCategory.Technical);

    /// <summary>F1 score on a labelled evaluation set.</summary>
    public static readonly KpiMetric F1Score = new(nameof(F1Score), 8, KpiCategory.Technical);

    /// <summary>Area under the ROC curve.</summary>
    public static readonly KpiMetric Auc = new(nameof(Auc), 9, KpiCategory.Technical);

    /// <summary>Forecast error such as MAPE or WMAPE against actuals.</summary>
    public static readonly KpiMetric ForecastError = new(nameof(ForecastError), 10, KpiCategory.Technical);

    /// <summary>Population stability index between a baseline and current inputs or scores.</summary>
    public static readonly KpiMetric PopulationStabilityIndex = new(nameof(PopulationStabilityIndex), 11, KpiCategory.Technical);

    /// <summary>Kolmogorov-Smirnov statistic between a baseline and current distributions.</summary>
    public static readonly KpiMetric KolmogorovSmirnov = new(nameof(KolmogorovSmirnov), 12, KpiCategory.Technical);

    /// <summary>Cost of one business transaction handled with the system.</summary>
    public static readonly KpiMetric CostPerTransaction = new(nameof(CostPerTransaction), 13, KpiCategory.Business);

    /// <summary>Share of cases resolved without human hand-off.</summary>
    public static readonly KpiMetric ResolutionRate = new(nameof(ResolutionRate), 14, KpiCategory.Business);

    /// <summary>Uplift in conversion against a control group.</summary>
    public static readonly KpiMetric ConversionUplift = new(nameof(ConversionUplift), 15, KpiCategory.Business);

    /// <summary>Working time saved per case or per period.</summary>
    public static readonly KpiMetric TimeSaved = new(nameof(TimeSaved), 16, KpiCategory.Business);

    /// <summary>Revenue exposed to wrong or missing predictions.</summary>
    public static readonly KpiMetric RevenueAtRisk = new(nameof(RevenueAtRisk), 17, KpiCategory.Business);

    /// <summary>Customer satisfaction score of interactions handled by the system.</summary>
    public static readonly KpiMetric CustomerSatisfaction = new(nameof(CustomerSatisfaction), 18, KpiCategory.Business);

    /// <summary>Another metric; define it in the KPI's method.</summary>
    public static readonly KpiMetric Custom = new(nameof(Custom), 19, KpiCategory.Technical);

    private KpiMetric(string name, int value, KpiCategory typicalCategory)
        : base(name, value)
    {
        TypicalCategory = typicalCategory;
    }

    /// <summary>The category this metric usually belongs to; a KPI states its own category.</summary>
    public KpiCategory TypicalCategory { get; }
}

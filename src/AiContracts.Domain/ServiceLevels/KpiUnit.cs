using Ardalis.SmartEnum;

namespace AiContracts.Domain.ServiceLevels;

/// <summary>The unit of a KPI's values, targets and thresholds.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class KpiUnit : SmartEnum<KpiUnit>
{
    /// <summary>Percent, 0 to 100.</summary>
    public static readonly KpiUnit Percent = new(nameof(Percent), 1);

    /// <summary>Milliseconds.</summary>
    public static readonly KpiUnit Milliseconds = new(nameof(Milliseconds), 2);

    /// <summary>Seconds.</summary>
    public static readonly KpiUnit Seconds = new(nameof(Seconds), 3);

    /// <summary>Minutes.</summary>
    public static readonly KpiUnit Minutes = new(nameof(Minutes), 4);

    /// <summary>Hours.</summary>
    public static readonly KpiUnit Hours = new(nameof(Hours), 5);

    /// <summary>Requests per second.</summary>
    public static readonly KpiUnit RequestsPerSecond = new(nameof(RequestsPerSecond), 6);

    /// <summary>Tokens per second.</summary>
    public static readonly KpiUnit TokensPerSecond = new(nameof(TokensPerSecond), 7);

    /// <summary>A ratio between 0 and 1.</summary>
    public static readonly KpiUnit Ratio = new(nameof(Ratio), 8);

    /// <summary>A unitless score, such as F1 or AUC.</summary>
    public static readonly KpiUnit Score = new(nameof(Score), 9);

    /// <summary>A count of events or items.</summary>
    public static readonly KpiUnit Count = new(nameof(Count), 10);

    /// <summary>An amount in the contract's pricing currency.</summary>
    public static readonly KpiUnit CurrencyAmount = new(nameof(CurrencyAmount), 11);

    /// <summary>A unitless statistic, such as PSI or KS.</summary>
    public static readonly KpiUnit Statistic = new(nameof(Statistic), 12);

    private KpiUnit(string name, int value)
        : base(name, value)
    {
    }
}

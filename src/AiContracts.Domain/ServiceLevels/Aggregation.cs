using Ardalis.SmartEnum;

namespace AiContracts.Domain.ServiceLevels;

/// <summary>How raw measurements are aggregated into a KPI value for a window.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class Aggregation : SmartEnum<Aggregation>
{
    /// <summary>Arithmetic mean.</summary>
    public static readonly Aggregation Mean = new(nameof(Mean), 1);

    /// <summary>Median (50th percentile).</summary>
    public static readonly Aggregation Median = new(nameof(Median), 2);

    /// <summary>90th percentile.</summary>
    public static readonly Aggregation P90 = new(nameof(P90), 3);

    /// <summary>95th percentile.</summary>
    public static readonly Aggregation P95 = new(nameof(P95), 4);

    /// <summary>99th percentile.</summary>
    public static readonly Aggregation P99 = new(nameof(P99), 5);

    /// <summary>Good events over total events.</summary>
    public static readonly Aggregation Ratio = new(nameof(Ratio), 6);

    /// <summary>Sum over the window.</summary>
    public static readonly Aggregation Sum = new(nameof(Sum), 7);

    /// <summary>Number of events in the window.</summary>
    public static readonly Aggregation Count = new(nameof(Count), 8);

    /// <summary>Smallest value in the window.</summary>
    public static readonly Aggregation Minimum = new(nameof(Minimum), 9);

    /// <summary>Largest value in the window.</summary>
    public static readonly Aggregation Maximum = new(nameof(Maximum), 10);

    /// <summary>Last value measured in the window.</summary>
    public static readonly Aggregation Last = new(nameof(Last), 11);

    private Aggregation(string name, int value)
        : base(name, value)
    {
    }
}

using Ardalis.SmartEnum;

namespace AiContracts.Domain.ServiceLevels;

/// <summary>Whether higher or lower values of a KPI are better.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class Direction : SmartEnum<Direction>
{
    /// <summary>Higher values are better (availability, accuracy); a breach is a value below the threshold.</summary>
    public static readonly Direction HigherIsBetter = new(nameof(HigherIsBetter), 1);

    /// <summary>Lower values are better (latency, cost); a breach is a value above the threshold.</summary>
    public static readonly Direction LowerIsBetter = new(nameof(LowerIsBetter), 2);

    private Direction(string name, int value)
        : base(name, value)
    {
    }
}

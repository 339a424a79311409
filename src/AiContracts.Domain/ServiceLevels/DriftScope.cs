using Ardalis.SmartEnum;

namespace AiContracts.Domain.ServiceLevels;

/// <summary>What a drift monitor compares against its baseline.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class DriftScope : SmartEnum<DriftScope>
{
    /// <summary>The distribution of input features or prompts (data drift).</summary>
    public static readonly DriftScope InputData = new(nameof(InputData), 1);

    /// <summary>The distribution of outputs or scores (prediction drift).</summary>
    public static readonly DriftScope Predictions = new(nameof(Predictions), 2);

    /// <summary>Quality against labelled outcomes (concept drift).</summary>
    public static readonly DriftScope Performance = new(nameof(Performance), 3);

    /// <summary>Behaviour on a fixed evaluation suite (behaviour shift of a hosted model).</summary>
    public static readonly DriftScope Behaviour = new(nameof(Behaviour), 4);

    private DriftScope(string name, int value)
        : base(name, value)
    {
    }
}

using Ardalis.SmartEnum;

namespace AiContracts.Domain.Pricing;

/// <summary>The unit to which the time of a deployment of reserved capacity is rounded up before it is priced. Introduced in format 1.2.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class ProrationGranularity : SmartEnum<ProrationGranularity>
{
    /// <summary>Every started minute is charged (15 minutes are a quarter of the hourly charge).</summary>
    public static readonly ProrationGranularity Minute = new(nameof(Minute), 1);

    /// <summary>Every started second is charged.</summary>
    public static readonly ProrationGranularity Second = new(nameof(Second), 2);

    private ProrationGranularity(string name, int value)
        : base(name, value)
    {
    }
}

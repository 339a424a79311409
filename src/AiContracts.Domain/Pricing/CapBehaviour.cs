using Ardalis.SmartEnum;

namespace AiContracts.Domain.Pricing;

/// <summary>What happens to usage beyond a quantity cap.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class CapBehaviour : SmartEnum<CapBehaviour>
{
    /// <summary>Usage beyond the cap is served but not billed.</summary>
    public static readonly CapBehaviour NotBilled = new(nameof(NotBilled), 1);

    /// <summary>Usage beyond the cap is billed at the cap's overage unit price.</summary>
    public static readonly CapBehaviour OverageRate = new(nameof(OverageRate), 2);

    /// <summary>Usage beyond the cap is refused (a hard limit).</summary>
    public static readonly CapBehaviour Throttled = new(nameof(Throttled), 3);

    private CapBehaviour(string name, int value)
        : base(name, value)
    {
    }
}

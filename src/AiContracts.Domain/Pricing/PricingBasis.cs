using Ardalis.SmartEnum;

namespace AiContracts.Domain.Pricing;

/// <summary>Whether prices are charged commercially or internally.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class PricingBasis : SmartEnum<PricingBasis>
{
    /// <summary>Invoiced by an external provider.</summary>
    public static readonly PricingBasis Commercial = new(nameof(Commercial), 1);

    /// <summary>Charged back to the consuming department's cost centre.</summary>
    public static readonly PricingBasis InternalChargeback = new(nameof(InternalChargeback), 2);

    /// <summary>Reported to the consuming department but not charged.</summary>
    public static readonly PricingBasis Showback = new(nameof(Showback), 3);

    private PricingBasis(string name, int value)
        : base(name, value)
    {
    }
}

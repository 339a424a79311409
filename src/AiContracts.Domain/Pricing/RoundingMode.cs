using Ardalis.SmartEnum;

namespace AiContracts.Domain.Pricing;

/// <summary>How amounts are rounded to the currency's minor unit.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class RoundingMode : SmartEnum<RoundingMode>
{
    /// <summary>To the nearest minor unit; a half goes to the even neighbour (banker's rounding).</summary>
    public static readonly RoundingMode HalfEven = new(nameof(HalfEven), 1);

    /// <summary>To the nearest minor unit; a half goes away from zero (commercial rounding).</summary>
    public static readonly RoundingMode HalfAwayFromZero = new(nameof(HalfAwayFromZero), 2);

    /// <summary>Away from zero.</summary>
    public static readonly RoundingMode Up = new(nameof(Up), 3);

    /// <summary>Toward zero (truncation).</summary>
    public static readonly RoundingMode Down = new(nameof(Down), 4);

    private RoundingMode(string name, int value)
        : base(name, value)
    {
    }
}

using Ardalis.SmartEnum;

namespace AiContracts.Domain.Pricing;

/// <summary>How period fees are charged for a partial first or last billing period. Introduced in format 1.1.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class ProrationMethod : SmartEnum<ProrationMethod>
{
    /// <summary>Period fees are charged in full.</summary>
    public static readonly ProrationMethod None = new(nameof(None), 1);

    /// <summary>Period fees are charged for the days served: the days of the partial period over the days of the billing period, as calendar days in the contract's time zone.</summary>
    public static readonly ProrationMethod ByDays = new(nameof(ByDays), 2);

    private ProrationMethod(string name, int value)
        : base(name, value)
    {
    }
}

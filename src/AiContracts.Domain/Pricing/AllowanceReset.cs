using Ardalis.SmartEnum;

namespace AiContracts.Domain.Pricing;

/// <summary>How often a free allowance resets, in the contract's time zone. Introduced in format 1.2.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class AllowanceReset : SmartEnum<AllowanceReset>
{
    /// <summary>At the start of every hour.</summary>
    public static readonly AllowanceReset Hourly = new(nameof(Hourly), 1);

    /// <summary>At the start of every day (midnight).</summary>
    public static readonly AllowanceReset Daily = new(nameof(Daily), 2);

    /// <summary>At the start of every calendar month.</summary>
    public static readonly AllowanceReset Monthly = new(nameof(Monthly), 3);

    private AllowanceReset(string name, int value)
        : base(name, value)
    {
    }
}

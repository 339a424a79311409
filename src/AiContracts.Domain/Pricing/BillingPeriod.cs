using Ardalis.SmartEnum;

namespace AiContracts.Domain.Pricing;

/// <summary>How often usage is billed.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class BillingPeriod : SmartEnum<BillingPeriod>
{
    /// <summary>Every calendar month.</summary>
    public static readonly BillingPeriod Monthly = new(nameof(Monthly), 1);

    /// <summary>Every calendar quarter.</summary>
    public static readonly BillingPeriod Quarterly = new(nameof(Quarterly), 2);

    /// <summary>Every year.</summary>
    public static readonly BillingPeriod Annually = new(nameof(Annually), 3);

    private BillingPeriod(string name, int value)
        : base(name, value)
    {
    }
}

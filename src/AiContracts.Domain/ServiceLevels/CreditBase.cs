using Ardalis.SmartEnum;

namespace AiContracts.Domain.ServiceLevels;

/// <summary>The fees a service-credit percentage is applied to.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class CreditBase : SmartEnum<CreditBase>
{
    /// <summary>The fees of the billing period for the affected service only.</summary>
    public static readonly CreditBase AffectedServiceMonthlyFees = new(nameof(AffectedServiceMonthlyFees), 1);

    /// <summary>All fees of the billing period.</summary>
    public static readonly CreditBase TotalMonthlyFees = new(nameof(TotalMonthlyFees), 2);

    /// <summary>The fees of the billing period for the meters the objective names.</summary>
    public static readonly CreditBase AffectedMeterFees = new(nameof(AffectedMeterFees), 3);

    /// <summary>The annual fees.</summary>
    public static readonly CreditBase AnnualFees = new(nameof(AnnualFees), 4);

    private CreditBase(string name, int value)
        : base(name, value)
    {
    }
}

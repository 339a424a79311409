using Ardalis.SmartEnum;

namespace AiContracts.Domain.Pricing;

/// <summary>Whether a reduction (a discount or a service credit) comes before or after tax. Introduced in format 1.1.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class TaxOrder : SmartEnum<TaxOrder>
{
    /// <summary>The reduction lowers the taxable amount, so less tax is charged.</summary>
    public static readonly TaxOrder BeforeTax = new(nameof(BeforeTax), 1);

    /// <summary>Tax is charged on the amount before the reduction; the reduction lowers the amount due.</summary>
    public static readonly TaxOrder AfterTax = new(nameof(AfterTax), 2);

    private TaxOrder(string name, int value)
        : base(name, value)
    {
    }
}

using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Pricing;

/// <summary>The pricing clause group: meters, caps, commitments, upfront fees, refunds and payment terms.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record PricingTerms
{
    /// <summary>The contract currency; every amount is stated in it.</summary>
    public required Currency Currency { get; init; }

    /// <summary>Commercial pricing, internal chargeback or showback.</summary>
    public PricingBasis? Basis { get; init; }

    /// <summary>How often usage is billed.</summary>
    public BillingPeriod? BillingPeriod { get; init; }

    /// <summary>The priced meters.</summary>
    public ValueArray<Meter> Meters { get; init; }

    /// <summary>A cap on the total of all meters per billing period.</summary>
    public UsageCap? TotalCap { get; init; }

    /// <summary>The least the customer pays per period.</summary>
    public MinimumCommitment? MinimumCommitment { get; init; }

    /// <summary>Fees due before or at the start of the service.</summary>
    public ValueArray<UpfrontFee> UpfrontFees { get; init; }

    /// <summary>Limits on price increases.</summary>
    public PriceChangeLimit? PriceChangeLimit { get; init; }

    /// <summary>How money comes back to the customer.</summary>
    public ValueArray<RefundMechanism> RefundMechanisms { get; init; }

    /// <summary>When invoices are due.</summary>
    public PaymentTerms? PaymentTerms { get; init; }

    /// <summary>How amounts are rounded to the currency's minor unit; banker's rounding (half even) when not stated.</summary>
    public RoundingMode? Rounding { get; init; }

    /// <summary>Discounts on a meter or on the whole invoice, in the order they apply. Introduced in format 1.1.</summary>
    public ValueArray<Discount> Discounts { get; init; }

    /// <summary>The tax charged on the invoice, and whether discounts and service credits reduce the taxable amount. Introduced in format 1.1.</summary>
    public TaxTerms? Tax { get; init; }

    /// <summary>Whether period fees are prorated for a partial first or last billing period; not prorated when not stated. Introduced in format 1.1.</summary>
    public ProrationMethod? Proration { get; init; }
}

using AiContracts.Domain.Internal;
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

    /// <summary>AI price sheets, one per model or service, priced from per-request usage records. Introduced in format 1.2.</summary>
    public ValueArray<RateCard> RateCards { get; init; }

    /// <summary>Free allowances on rate-card counters that reset every hour, day or month, alone or pooled. Introduced in format 1.2.</summary>
    public ValueArray<Allowance> Allowances { get; init; }

    /// <summary>Reserved capacity (provisioned throughput units, model units, dedicated instances) priced as units times time, by the hour or for commitment terms. Introduced in format 1.2.</summary>
    public ValueArray<CapacityReservation> Reservations { get; init; }

    /// <summary>
    /// The decimal places each rate-card line keeps, for a vendor that states sub-cent amounts: the lines are rounded to
    /// this many places and their sum once to the currency's minor unit; each line is rounded to the minor unit when null.
    /// Introduced in format 1.2.
    /// </summary>
    public int? LineAmountDecimals { get; init; }

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(PricingTerms), PrintMembers);
}

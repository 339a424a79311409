using Ardalis.SmartEnum;

namespace AiContracts.Domain.Computations.Invoicing;

/// <summary>What a line of a computed invoice is for.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class InvoiceLineKind : SmartEnum<InvoiceLineKind>
{
    /// <summary>A meter's fee per billing period, charged whatever the usage.</summary>
    public static readonly InvoiceLineKind FlatFee = new(nameof(FlatFee), 1);

    /// <summary>Usage of a meter: units, a tier's units or packages at their price.</summary>
    public static readonly InvoiceLineKind Usage = new(nameof(Usage), 2);

    /// <summary>The flat fee of a tier that usage reached.</summary>
    public static readonly InvoiceLineKind TierFlatFee = new(nameof(TierFlatFee), 3);

    /// <summary>Usage beyond a quantity cap, billed at the cap's overage rate.</summary>
    public static readonly InvoiceLineKind Overage = new(nameof(Overage), 4);

    /// <summary>Usage that is not billed (amount zero, shown for the record): beyond a quantity cap, or a meter's included units (format 1.1).</summary>
    public static readonly InvoiceLineKind UnbilledUsage = new(nameof(UnbilledUsage), 5);

    /// <summary>A deduction that brings a meter or the invoice down to its spend cap.</summary>
    public static readonly InvoiceLineKind SpendCapAdjustment = new(nameof(SpendCapAdjustment), 6);

    /// <summary>The shortfall below the minimum commitment.</summary>
    public static readonly InvoiceLineKind MinimumCommitmentTrueUp = new(nameof(MinimumCommitmentTrueUp), 7);

    /// <summary>A service credit for a breached objective (negative).</summary>
    public static readonly InvoiceLineKind ServiceCredit = new(nameof(ServiceCredit), 8);

    /// <summary>Prepaid fees drawn down against the amount due (negative).</summary>
    public static readonly InvoiceLineKind PrepaidDrawdown = new(nameof(PrepaidDrawdown), 9);

    /// <summary>The fixed fees per event of a meter priced as a percentage of declared amounts. Introduced in format 1.1.</summary>
    public static readonly InvoiceLineKind EventFees = new(nameof(EventFees), 10);

    /// <summary>The adjustment that holds events' fees between their minimum and maximum per event. Introduced in format 1.1.</summary>
    public static readonly InvoiceLineKind EventFeeAdjustment = new(nameof(EventFeeAdjustment), 11);

    /// <summary>The adjustment that holds a tier's charge between its minimum and maximum charge. Introduced in format 1.1.</summary>
    public static readonly InvoiceLineKind TierChargeAdjustment = new(nameof(TierChargeAdjustment), 12);

    /// <summary>The shortfall below a meter's minimum charge. Introduced in format 1.1.</summary>
    public static readonly InvoiceLineKind MinimumChargeTrueUp = new(nameof(MinimumChargeTrueUp), 13);

    /// <summary>A discount on a meter or on the invoice (negative). Introduced in format 1.1.</summary>
    public static readonly InvoiceLineKind Discount = new(nameof(Discount), 14);

    /// <summary>The tax on the taxable amount. Introduced in format 1.1.</summary>
    public static readonly InvoiceLineKind Tax = new(nameof(Tax), 15);

    /// <summary>The shortfall of requests charged less than a rate card's minimum per request. Introduced in format 1.2.</summary>
    public static readonly InvoiceLineKind RequestMinimumTrueUp = new(nameof(RequestMinimumTrueUp), 16);

    /// <summary>The shortfall of a job charged less than a rate card's minimum per job. Introduced in format 1.2.</summary>
    public static readonly InvoiceLineKind JobMinimumTrueUp = new(nameof(JobMinimumTrueUp), 17);

    /// <summary>The rounding of rate-card lines kept to sub-cent precision, brought once to the currency's minor unit. Introduced in format 1.2.</summary>
    public static readonly InvoiceLineKind AmountRounding = new(nameof(AmountRounding), 18);

    /// <summary>Reserved capacity: a commitment's part inside the period, or the units deployed above the commitments at the hourly rate. Introduced in format 1.2.</summary>
    public static readonly InvoiceLineKind ReservedCapacity = new(nameof(ReservedCapacity), 19);

    private InvoiceLineKind(string name, int value)
        : base(name, value)
    {
    }
}

using AiContracts.Domain.Internal;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Pricing;

/// <summary>A priced meter: what is counted and how it is priced.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record Meter
{
    /// <summary>The meter's identifier; usage and objectives refer to it.</summary>
    public required LocalId Id { get; init; }

    /// <summary>A short name, for example "Input tokens".</summary>
    public required string Name { get; init; }

    /// <summary>What the meter counts.</summary>
    public required MeterUnit Unit { get; init; }

    /// <summary>How usage is priced.</summary>
    public required PricingModel Model { get; init; }

    /// <summary>The fee per billing period, for <see cref="PricingModel.Flat"/>.</summary>
    public Money? FlatFee { get; init; }

    /// <summary>The price of one unit, for <see cref="PricingModel.PerUnit"/>.</summary>
    public Money? UnitPrice { get; init; }

    /// <summary>The tiers, in ascending order, for graduated and volume pricing.</summary>
    public ValueArray<PriceTier> Tiers { get; init; }

    /// <summary>The package terms, for <see cref="PricingModel.Package"/>.</summary>
    public PackagePricing? Package { get; init; }

    /// <summary>A cap on this meter's usage or spend per billing period.</summary>
    public UsageCap? Cap { get; init; }

    /// <summary>The AI system the meter belongs to.</summary>
    public LocalId? AiSystemId { get; init; }

    /// <summary>Units included free in every billing period: they are taken off the period's quantity (after the quantity cap) before it is priced. Introduced in format 1.1.</summary>
    public decimal? IncludedUnits { get; init; }

    /// <summary>The least this meter charges per billing period: a shortfall is billed as a true-up before the meter's spend cap. Introduced in format 1.1.</summary>
    public Money? MinimumCharge { get; init; }

    /// <summary>The fee per declared amount, for <see cref="PricingModel.PercentageOfAmount"/>: a percentage of each event's amount plus a fixed fee per event. Introduced in format 1.1.</summary>
    public TransactionFee? TransactionFee { get; init; }

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(Meter), PrintMembers);
}

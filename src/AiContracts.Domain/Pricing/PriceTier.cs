using AiContracts.Domain.Internal;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Pricing;

/// <summary>One tier of graduated or volume pricing.</summary>
/// <remarks>A tier covers the quantities above the previous tier's <see cref="UpTo"/> (or from zero) up to and including its own, as billing platforms define tiers. Thread safety: immutable; safe to share across threads.</remarks>
public sealed record PriceTier
{
    /// <summary>The last quantity in the tier (inclusive); null for the last, unbounded tier.</summary>
    public decimal? UpTo { get; init; }

    /// <summary>The price of each unit in the tier.</summary>
    public Money? UnitPrice { get; init; }

    /// <summary>A fee charged once when usage reaches the tier.</summary>
    public Money? FlatFee { get; init; }

    /// <summary>The percentage of the declared amounts that fall in the tier, for <see cref="PricingModel.PercentageOfAmount"/>; the tier's bounds are then cumulative amounts in the period. Introduced in format 1.1.</summary>
    public Percentage? Rate { get; init; }

    /// <summary>The least the tier charges in a period once usage reaches it (its units and flat fee together). Introduced in format 1.1.</summary>
    public Money? MinimumCharge { get; init; }

    /// <summary>The most the tier charges in a period (its units and flat fee together). Introduced in format 1.1.</summary>
    public Money? MaximumCharge { get; init; }

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(PriceTier), PrintMembers);
}

using AiContracts.Domain.Internal;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Pricing;

/// <summary>A cap on usage or spend per billing period.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record UsageCap
{
    /// <summary>The most units billed per period.</summary>
    public decimal? Quantity { get; init; }

    /// <summary>The most billed per period; the total never exceeds it.</summary>
    public Money? Spend { get; init; }

    /// <summary>What happens to usage beyond the quantity cap; a spend cap always stops billing at the cap.</summary>
    public CapBehaviour? Behaviour { get; init; }

    /// <summary>The unit price beyond the quantity cap, for <see cref="CapBehaviour.OverageRate"/>.</summary>
    public Money? OverageUnitPrice { get; init; }

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(UsageCap), PrintMembers);
}

using AiContracts.Domain.Internal;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Computations.Invoicing;

/// <summary>The usage of one meter in a billing period.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record MeterUsage
{
    /// <summary>The meter, by its id in the contract's pricing terms.</summary>
    public required LocalId MeterId { get; init; }

    /// <summary>The units used in the period, in the meter's unit; zero or more (fractions allowed, for example GPU hours).</summary>
    public required decimal Quantity { get; init; }

    /// <summary>
    /// The period's events with their declared amounts, in the order they happened, for a meter priced as a percentage of
    /// declared amounts (<see cref="Pricing.PricingModel.PercentageOfAmount"/>); <see cref="Quantity"/> is then their
    /// number. Introduced in format 1.1.
    /// </summary>
    public ValueArray<UsageEvent> Events { get; init; }

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(MeterUsage), PrintMembers);
}

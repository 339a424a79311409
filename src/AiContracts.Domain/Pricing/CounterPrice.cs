using AiContracts.Domain.Internal;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Pricing;

/// <summary>The price of one counter of a rate card, for all requests or for one request tier. Introduced in format 1.2.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record CounterPrice
{
    /// <summary>The counter priced, by its id in the rate card. Introduced in format 1.2.</summary>
    public required LocalId Counter { get; init; }

    /// <summary>The request tier the price is for; null for every request tier that has no price of its own. Introduced in format 1.2.</summary>
    public LocalId? Tier { get; init; }

    /// <summary>The price of <see cref="Per"/> units, as the vendor states it, for example 3 USD per 1,000,000 tokens. Introduced in format 1.2.</summary>
    public required Money Price { get; init; }

    /// <summary>The number of units <see cref="Price"/> is for; one when null. Introduced in format 1.2.</summary>
    public decimal? Per { get; init; }

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(CounterPrice), PrintMembers);
}

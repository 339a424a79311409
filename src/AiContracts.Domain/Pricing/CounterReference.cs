using AiContracts.Domain.Internal;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Pricing;

/// <summary>A counter of a rate card, named from outside the rate card. Introduced in format 1.2.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record CounterReference
{
    /// <summary>The rate card, by its id in the pricing terms. Introduced in format 1.2.</summary>
    public required LocalId RateCard { get; init; }

    /// <summary>The counter, by its id in the rate card. Introduced in format 1.2.</summary>
    public required LocalId Counter { get; init; }

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(CounterReference), PrintMembers);
}

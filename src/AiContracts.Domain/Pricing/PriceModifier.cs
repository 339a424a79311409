using AiContracts.Domain.Internal;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Pricing;

/// <summary>
/// A modifier a request may carry, such as batch processing, priority or a regional endpoint: a multiplier on the prices
/// of the counters it names (whether a batch discount covers cache lines differs by vendor, so it is stated). The
/// multipliers of several modifiers on one request multiply. Introduced in format 1.2.
/// </summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record PriceModifier
{
    /// <summary>The modifier's identifier within its rate card; usage records name it. Introduced in format 1.2.</summary>
    public required LocalId Id { get; init; }

    /// <summary>A short name, for example "Batch API". Introduced in format 1.2.</summary>
    public required string Name { get; init; }

    /// <summary>The factor applied to the prices of the named counters, for example 0.5 for half price or 1.1 for a 10 % premium. Introduced in format 1.2.</summary>
    public required decimal Multiplier { get; init; }

    /// <summary>The counters whose prices the modifier changes; at least one. Introduced in format 1.2.</summary>
    public ValueArray<LocalId> Counters { get; init; }

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(PriceModifier), PrintMembers);
}

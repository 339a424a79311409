using AiContracts.Domain.Internal;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Computations.Invoicing;

/// <summary>The quantity one counter reported for a request. Introduced in format 1.2.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record CounterQuantity
{
    /// <summary>The counter, by its id in the rate card. Introduced in format 1.2.</summary>
    public required LocalId Counter { get; init; }

    /// <summary>The quantity reported, zero or more, as the vendor reports it (before containment and rounding). Introduced in format 1.2.</summary>
    public required decimal Quantity { get; init; }

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(CounterQuantity), PrintMembers);
}

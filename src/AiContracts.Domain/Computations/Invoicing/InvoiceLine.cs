using AiContracts.Domain.Internal;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Computations.Invoicing;

/// <summary>One line of a computed invoice: a charge, an adjustment or a credit, rounded to the currency's minor unit.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record InvoiceLine
{
    /// <summary>What the line is for.</summary>
    public required InvoiceLineKind Kind { get; init; }

    /// <summary>The line in words, for example "Input tokens, tier 2: 400000000 x 0.000002 EUR".</summary>
    public required string Description { get; init; }

    /// <summary>The meter the line belongs to; null for lines of the whole invoice.</summary>
    public LocalId? MeterId { get; init; }

    /// <summary>The rate card the line belongs to; null for other lines. Introduced in format 1.2.</summary>
    public LocalId? RateCardId { get; init; }

    /// <summary>The capacity reservation the line belongs to; null for other lines. Introduced in format 1.2.</summary>
    public LocalId? ReservationId { get; init; }

    /// <summary>The rate-card counter the line prices; null for other lines. Introduced in format 1.2.</summary>
    public LocalId? CounterId { get; init; }

    /// <summary>The objective a service credit is for; null for other lines.</summary>
    public LocalId? ObjectiveId { get; init; }

    /// <summary>The 1-based tier of graduated or volume pricing; null for other lines.</summary>
    public int? Tier { get; init; }

    /// <summary>The quantity priced: units, or packages for package pricing; null for lines without a quantity.</summary>
    public decimal? Quantity { get; init; }

    /// <summary>The price of one unit (or package), unrounded as the contract states it; null for lines without a quantity.</summary>
    public Money? UnitPrice { get; init; }

    /// <summary>The amount, rounded to the currency's minor unit; negative for credits and deductions.</summary>
    public required Money Amount { get; init; }

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(InvoiceLine), PrintMembers);
}

using AiContracts.Domain.Internal;
using AiContracts.Domain.Primitives;
using NodaTime;

namespace AiContracts.Domain.Pricing;

/// <summary>A discount: a percentage or an amount off one meter's charges or the whole invoice, optionally for a date range. Introduced in format 1.1.</summary>
/// <remarks>Exactly one of <see cref="Percentage"/> and <see cref="Amount"/> is stated. Thread safety: immutable; safe to share across threads.</remarks>
public sealed record Discount
{
    /// <summary>The discount in the contract's words, for example "Launch discount". Introduced in format 1.1.</summary>
    public string? Description { get; init; }

    /// <summary>The share taken off the charges it applies to. Introduced in format 1.1.</summary>
    public Percentage? Percentage { get; init; }

    /// <summary>The amount taken off per billing period, never more than the charges it applies to. Introduced in format 1.1.</summary>
    public Money? Amount { get; init; }

    /// <summary>The meter whose charges are discounted; the whole invoice when null. Introduced in format 1.1.</summary>
    public LocalId? MeterId { get; init; }

    /// <summary>The first day of the range: the discount applies to billing periods that start on or after it. Introduced in format 1.1.</summary>
    public LocalDate? From { get; init; }

    /// <summary>The last day of the range: the discount applies to billing periods that start on or before it. Introduced in format 1.1.</summary>
    public LocalDate? Until { get; init; }

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(Discount), PrintMembers);
}

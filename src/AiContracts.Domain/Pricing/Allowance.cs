using AiContracts.Domain.Internal;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Pricing;

/// <summary>
/// A free allowance that resets every hour, day or month: per counter, or one pool shared by several counters (of one or
/// several rate cards). In each interval the first units used, in the order of the records' times, are free up to the
/// allowance; the billable quantity is the sum over the intervals of the excess. Introduced in format 1.2.
/// </summary>
/// <remarks>Intervals are reckoned in the contract's time zone. Thread safety: immutable; safe to share across threads.</remarks>
public sealed record Allowance
{
    /// <summary>The allowance's identifier. Introduced in format 1.2.</summary>
    public required LocalId Id { get; init; }

    /// <summary>A short name, for example "Grounded prompts free per day". Introduced in format 1.2.</summary>
    public required string Name { get; init; }

    /// <summary>The units free in each interval, shared by every counter of the pool. Introduced in format 1.2.</summary>
    public required decimal Quantity { get; init; }

    /// <summary>How often the allowance resets. Introduced in format 1.2.</summary>
    public required AllowanceReset Resets { get; init; }

    /// <summary>The counters that draw on the allowance; at least one, several for a pool. Introduced in format 1.2.</summary>
    public ValueArray<CounterReference> Counters { get; init; }

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(Allowance), PrintMembers);
}

using AiContracts.Domain.Internal;
using AiContracts.Domain.Primitives;
using NodaTime;

namespace AiContracts.Domain.Pricing;

/// <summary>
/// A version of a rate card's prices in force from a day: it replaces the prices it lists (by counter and tier) and keeps
/// the others. A request is priced by the version in force on the day it was made, in the contract's time zone, so a
/// billing period that spans a change has lines from both versions. Introduced in format 1.2.
/// </summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record PriceVersion
{
    /// <summary>The first day the version is in force. Introduced in format 1.2.</summary>
    public required LocalDate EffectiveFrom { get; init; }

    /// <summary>The prices that change from that day. Introduced in format 1.2.</summary>
    public ValueArray<CounterPrice> Prices { get; init; }

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(PriceVersion), PrintMembers);
}

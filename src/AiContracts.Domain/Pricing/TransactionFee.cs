using AiContracts.Domain.Internal;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Pricing;

/// <summary>
/// A fee on declared amounts (transaction fees): a percentage of each event's amount plus a fixed fee per event, the
/// event's fee held between a minimum and a maximum. Introduced in format 1.1.
/// </summary>
/// <remarks>
/// The percentage is <see cref="Rate"/>, or the meter's tiers' rates when the percentage falls as the period's cumulative
/// amount grows. Thread safety: immutable; safe to share across threads.
/// </remarks>
public sealed record TransactionFee
{
    /// <summary>The percentage of each event's amount, when the meter has no tiers. Introduced in format 1.1.</summary>
    public Percentage? Rate { get; init; }

    /// <summary>The fee per event, added to the percentage. Introduced in format 1.1.</summary>
    public Money? FixedFee { get; init; }

    /// <summary>The least one event's fee (percentage and fixed fee together) comes to. Introduced in format 1.1.</summary>
    public Money? MinimumPerEvent { get; init; }

    /// <summary>The most one event's fee (percentage and fixed fee together) comes to. Introduced in format 1.1.</summary>
    public Money? MaximumPerEvent { get; init; }

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(TransactionFee), PrintMembers);
}

using AiContracts.Domain.Internal;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Pricing;

/// <summary>The price of reserved capacity for one commitment term, for example 1 USD per PTU-hour without commitment or 260 USD per PTU-month for a monthly reservation. Introduced in format 1.2.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record ReservationRate
{
    /// <summary>The commitment term the price is for; <c>Hourly</c> prices capacity deployed without commitment and units deployed above the commitments. Introduced in format 1.2.</summary>
    public required CommitmentTerm Term { get; init; }

    /// <summary>The price of one unit for the time <see cref="Per"/> states. Introduced in format 1.2.</summary>
    public required Money Price { get; init; }

    /// <summary>What the price is for: one unit for an hour, a month or a year of the commitment; a unit-hour when null. Introduced in format 1.2.</summary>
    public ReservationPriceBasis? Per { get; init; }

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(ReservationRate), PrintMembers);
}

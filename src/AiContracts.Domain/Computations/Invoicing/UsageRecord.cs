using AiContracts.Domain.Internal;
using AiContracts.Domain.Primitives;
using NodaTime;

namespace AiContracts.Domain.Computations.Invoicing;

/// <summary>
/// One request (or job) of a rate card as the vendor's or a gateway's logs report it: when it was made, the counters it
/// reported, and the modifiers it carried. Introduced in format 1.2.
/// </summary>
/// <remarks>
/// A record may also stand for the totals of several requests (<see cref="Requests"/> above one), which is accepted only
/// where the rate card needs no per-request rule (request tiers, minimums per request, rounding per request). Thread
/// safety: immutable; safe to share across threads.
/// </remarks>
public sealed record UsageRecord
{
    /// <summary>The rate card, by its id in the contract's pricing terms. Introduced in format 1.2.</summary>
    public required LocalId RateCard { get; init; }

    /// <summary>When the request was made; needed where prices change on a date or allowances reset. Introduced in format 1.2.</summary>
    public Instant? At { get; init; }

    /// <summary>The quantities the request reported, at most one per counter; a counter not listed reported zero. Introduced in format 1.2.</summary>
    public ValueArray<CounterQuantity> Counters { get; init; }

    /// <summary>The modifiers the request carried (batch, priority, a region), by their ids in the rate card. Introduced in format 1.2.</summary>
    public ValueArray<LocalId> Modifiers { get; init; }

    /// <summary>The number of requests the record stands for; one when null. Introduced in format 1.2.</summary>
    public long? Requests { get; init; }

    /// <summary>The job the record belongs to, for a rate card with a minimum per job (for example a fine-tuning job's id). Introduced in format 1.2.</summary>
    public string? Job { get; init; }

    /// <summary>The request's identifier in the provider's records, for reference. Introduced in format 1.2.</summary>
    public string? Reference { get; init; }

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(UsageRecord), PrintMembers);
}

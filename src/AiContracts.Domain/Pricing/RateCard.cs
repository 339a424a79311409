using AiContracts.Domain.Internal;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Pricing;

/// <summary>
/// An AI price sheet for one model or service, as vendors publish them: the counters each request reports (input,
/// output, cache reads and writes, images, search units...), their prices, tiers chosen per request by the request's own
/// size, modifiers such as batch or priority, price versions in force from a date, and minimums per request or per job.
/// Usage is priced from per-request records. Introduced in format 1.2.
/// </summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record RateCard
{
    /// <summary>The rate card's identifier; usage records name it. Introduced in format 1.2.</summary>
    public required LocalId Id { get; init; }

    /// <summary>A short name, for example "Claude Sonnet 4.5". Introduced in format 1.2.</summary>
    public required string Name { get; init; }

    /// <summary>The AI system the rate card prices. Introduced in format 1.2.</summary>
    public LocalId? AiSystemId { get; init; }

    /// <summary>What each request reports, one counter per kind of unit; at least one. Introduced in format 1.2.</summary>
    public ValueArray<UsageCounter> Counters { get; init; }

    /// <summary>The prices in force from the contract's start: one per counter without a tier, and one per counter and request tier where the tier changes it. Introduced in format 1.2.</summary>
    public ValueArray<CounterPrice> Prices { get; init; }

    /// <summary>The counters whose reported quantities add up to a request's size, which chooses its request tier. Introduced in format 1.2.</summary>
    public ValueArray<LocalId> RequestSize { get; init; }

    /// <summary>The request tiers in ascending order of size: the first applies from zero, each later one from its bound. Introduced in format 1.2.</summary>
    public ValueArray<RequestTier> RequestTiers { get; init; }

    /// <summary>Modifiers a request may carry (batch, priority, a region), each a multiplier on the counters it names. Introduced in format 1.2.</summary>
    public ValueArray<PriceModifier> Modifiers { get; init; }

    /// <summary>Later price versions, in ascending order of the day they come into force; each replaces the prices it lists. Introduced in format 1.2.</summary>
    public ValueArray<PriceVersion> PriceVersions { get; init; }

    /// <summary>The least one request is charged: a request whose charge is lower is billed this amount. Introduced in format 1.2.</summary>
    public Money? MinimumPerRequest { get; init; }

    /// <summary>The least one job (the records that share a job identifier) is charged, for example a fine-tuning job's minimum fee; records without a job identifier are not jobs. Introduced in format 1.2.</summary>
    public Money? MinimumPerJob { get; init; }

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(RateCard), PrintMembers);
}

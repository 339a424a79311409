using AiContracts.Domain.Internal;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Pricing;

/// <summary>
/// One counter of a rate card: a kind of unit each request reports, such as input tokens, output tokens, cache reads or
/// cache writes of one retention class. Introduced in format 1.2.
/// </summary>
/// <remarks>
/// Whether a counter is also counted inside another is stated, never assumed: a vendor that reports cached tokens inside
/// the prompt tokens states the cache counter as <see cref="ContainedIn"/> the input counter, so that the input counter's
/// billable quantity is what it reports less what its contained counters report. Thread safety: immutable; safe to share
/// across threads.
/// </remarks>
public sealed record UsageCounter
{
    /// <summary>The counter's identifier within its rate card, for example <c>input</c> or <c>cache-write-1h</c>. Introduced in format 1.2.</summary>
    public required LocalId Id { get; init; }

    /// <summary>A short name, for example "Cache writes (1 hour)". Introduced in format 1.2.</summary>
    public required string Name { get; init; }

    /// <summary>What the counter counts. Introduced in format 1.2.</summary>
    public MeterUnit? Unit { get; init; }

    /// <summary>The counter of the same rate card whose reported quantity also includes this counter's; null when the vendor reports them separately. Introduced in format 1.2.</summary>
    public LocalId? ContainedIn { get; init; }

    /// <summary>How the counter's quantity is rounded before it is priced; not rounded when null. Introduced in format 1.2.</summary>
    public QuantityRounding? Rounding { get; init; }

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(UsageCounter), PrintMembers);
}

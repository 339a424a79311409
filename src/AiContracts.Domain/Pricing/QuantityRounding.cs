using AiContracts.Domain.Internal;

namespace AiContracts.Domain.Pricing;

/// <summary>
/// How a counter's quantity is rounded before it is priced, as a contract term: to a multiple of an increment (per
/// 1,000 characters, per second, hours to two decimals), in a direction, per request or per invoice line. Introduced in
/// format 1.2.
/// </summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record QuantityRounding
{
    /// <summary>The quantity is rounded to a multiple of this, for example 1 for whole units or 0.01 for hours to two decimals. Introduced in format 1.2.</summary>
    public required decimal Increment { get; init; }

    /// <summary>The direction; up (away from zero) when null, as vendors round billable units. Introduced in format 1.2.</summary>
    public RoundingMode? Mode { get; init; }

    /// <summary>Where the quantity is rounded: each request's, or each invoice line's; each request's when null. Introduced in format 1.2.</summary>
    public QuantityRoundingLevel? Level { get; init; }

    /// <summary>The least quantity billed for each request (or line) that used the counter at all, for example a 5-minute minimum per session. Introduced in format 1.2.</summary>
    public decimal? Minimum { get; init; }

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(QuantityRounding), PrintMembers);
}

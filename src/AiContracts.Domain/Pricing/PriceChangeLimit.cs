using AiContracts.Domain.Internal;
using AiContracts.Domain.Primitives;
using NodaTime;

namespace AiContracts.Domain.Pricing;

/// <summary>Limits on price increases.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record PriceChangeLimit
{
    /// <summary>The largest increase per <see cref="Per"/>.</summary>
    public Percentage? MaxIncrease { get; init; }

    /// <summary>The period the largest increase applies to, for example P1Y.</summary>
    public Period? Per { get; init; }

    /// <summary>How long before an increase the provider must announce it.</summary>
    public Period? Notice { get; init; }

    /// <summary>Prices are fixed until this date.</summary>
    public LocalDate? FixedUntil { get; init; }

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(PriceChangeLimit), PrintMembers);
}

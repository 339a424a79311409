using AiContracts.Domain.Internal;
using NodaTime;

namespace AiContracts.Domain;

/// <summary>How a contract renews.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record RenewalTerms
{
    /// <summary>Whether the contract renews automatically, by agreement or not at all.</summary>
    public required RenewalKind Kind { get; init; }

    /// <summary>The length of each renewal term, for example P1Y.</summary>
    public Period? RenewalPeriod { get; init; }

    /// <summary>How long before the end of a term notice of non-renewal must be given.</summary>
    public Period? NonRenewalNotice { get; init; }

    /// <summary>The largest number of renewals; null for no limit.</summary>
    public int? MaxRenewals { get; init; }

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(RenewalTerms), PrintMembers);
}

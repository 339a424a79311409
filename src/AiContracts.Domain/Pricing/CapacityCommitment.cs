using AiContracts.Domain.Internal;
using NodaTime;

namespace AiContracts.Domain.Pricing;

/// <summary>A quantity of reserved capacity the contract commits to for a term from an instant; it is billed to the end of its term, whatever is deployed. Introduced in format 1.2.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record CapacityCommitment
{
    /// <summary>The units committed; an allowed size of the reservation (its minimum and step). Introduced in format 1.2.</summary>
    public required int Units { get; init; }

    /// <summary>The commitment term; not <c>Hourly</c>. Introduced in format 1.2.</summary>
    public required CommitmentTerm Term { get; init; }

    /// <summary>When the commitment starts; its term ends the term's months later at the same local time. Introduced in format 1.2.</summary>
    public required Instant Start { get; init; }

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(CapacityCommitment), PrintMembers);
}

using AiContracts.Domain.Internal;
using AiContracts.Domain.Pricing;
using AiContracts.Domain.Primitives;
using NodaTime;

namespace AiContracts.Domain.Computations.Invoicing;

/// <summary>
/// One deployment or one commitment of reserved capacity, as the provider's records show it: the reservation, the units,
/// the commitment term and when it started and ended. Introduced in format 1.2.
/// </summary>
/// <remarks>
/// A record without a term (or with <c>Hourly</c>) is a deployment: its units are billed for the time it ran inside the
/// period, except the units that commitments in force cover. A record with a commitment term is a commitment: billed from
/// its start to the end of its term, even if it was deleted earlier. Thread safety: immutable; safe to share across threads.
/// </remarks>
public sealed record ReservationUsage
{
    /// <summary>The reservation, by its id in the contract's pricing terms. Introduced in format 1.2.</summary>
    public required LocalId Reservation { get; init; }

    /// <summary>The units deployed or committed. Introduced in format 1.2.</summary>
    public required int Units { get; init; }

    /// <summary>The commitment term; a deployment billed by the hour when null. Introduced in format 1.2.</summary>
    public CommitmentTerm? Term { get; init; }

    /// <summary>When the deployment or commitment started. Introduced in format 1.2.</summary>
    public required Instant Start { get; init; }

    /// <summary>When the deployment ended or the commitment was deleted; still running when null. A commitment is billed to the end of its term whatever this says. Introduced in format 1.2.</summary>
    public Instant? End { get; init; }

    /// <summary>The deployment's or commitment's identifier in the provider's records, for reference. Introduced in format 1.2.</summary>
    public string? Reference { get; init; }

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(ReservationUsage), PrintMembers);
}

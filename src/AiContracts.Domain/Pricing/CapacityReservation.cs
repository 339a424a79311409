using AiContracts.Domain.Internal;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Pricing;

/// <summary>
/// Reserved capacity of one model or service, priced as units times time: provisioned throughput units, model units,
/// scale-tier units or dedicated instances, by the hour without commitment or for commitment terms billed to their end,
/// with the sizes a deployment or a commitment may have. Introduced in format 1.2.
/// </summary>
/// <remarks>
/// Deployments (usage) are covered by the commitments in force at each moment (the contract's and those in the usage);
/// the units deployed above them are billed at the hourly rate. A size that is not the minimum plus a whole number of
/// steps is never priced. Thread safety: immutable; safe to share across threads.
/// </remarks>
public sealed record CapacityReservation
{
    /// <summary>The reservation's identifier; usage names it. Introduced in format 1.2.</summary>
    public required LocalId Id { get; init; }

    /// <summary>A short name, for example "gpt-4o global provisioned". Introduced in format 1.2.</summary>
    public required string Name { get; init; }

    /// <summary>The AI system the capacity serves. Introduced in format 1.2.</summary>
    public LocalId? AiSystemId { get; init; }

    /// <summary>The name of the unit reserved, for example "PTU" or "model unit". Introduced in format 1.2.</summary>
    public string? UnitName { get; init; }

    /// <summary>The price per unit for each commitment term offered, at most one per term; the <c>Hourly</c> one prices deployments above the commitments. Introduced in format 1.2.</summary>
    public ValueArray<ReservationRate> Rates { get; init; }

    /// <summary>The unit a deployment's time is rounded up to before it is priced; a second when null. Introduced in format 1.2.</summary>
    public ProrationGranularity? Proration { get; init; }

    /// <summary>The fewest units a deployment or commitment may have, for example 15 PTU; one when null. Introduced in format 1.2.</summary>
    public int? MinimumUnits { get; init; }

    /// <summary>The step between allowed sizes above the minimum, for example 5 PTU (15, 20, 25...); one when null. Introduced in format 1.2.</summary>
    public int? UnitStep { get; init; }

    /// <summary>The commitments the contract itself makes, each billed to the end of its term. Introduced in format 1.2.</summary>
    public ValueArray<CapacityCommitment> Commitments { get; init; }

    /// <summary>Whether a number of units is an allowed size: at least the minimum, and the minimum plus a whole number of steps.</summary>
    /// <param name="units">The units.</param>
    /// <returns>True when the size may be deployed or committed.</returns>
    public bool Allows(int units)
    {
        long minimum = MinimumUnits ?? 1;
        long step = UnitStep ?? 1;
        return units >= minimum && units > 0 && step > 0 && (units - minimum) % step == 0;
    }

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(CapacityReservation), PrintMembers);
}

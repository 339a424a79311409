using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Computations.Invoicing;

/// <summary>The usage per meter in one billing period: the input of an invoice.</summary>
/// <remarks>A meter of the contract that the statement does not list had no usage (quantity zero). Thread safety: immutable; safe to share across threads.</remarks>
public sealed record UsageStatement
{
    /// <summary>The billing period.</summary>
    public required ComputationPeriod Period { get; init; }

    /// <summary>The usage per meter; at most one entry per meter.</summary>
    public ValueArray<MeterUsage> Meters { get; init; }

    /// <summary>
    /// Per-request usage of the contract's rate cards, in any order: each record is one request (or job) with the
    /// counters it reported. Introduced in format 1.2.
    /// </summary>
    public ValueArray<UsageRecord> Records { get; init; }

    /// <summary>
    /// Deployments and commitments of the contract's reserved capacity, in any order; each is priced for its part inside
    /// the period. Introduced in format 1.2.
    /// </summary>
    public ValueArray<ReservationUsage> Reservations { get; init; }

    /// <summary>
    /// The prepaid balance available at the start of the period, in the contract's currency; null for the first period,
    /// when the balance is the sum of the upfront fees credited against usage.
    /// </summary>
    public Money? PrepaidBalance { get; init; }
}

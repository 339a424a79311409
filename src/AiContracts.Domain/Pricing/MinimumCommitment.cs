using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Pricing;

/// <summary>The least the customer pays per period.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record MinimumCommitment
{
    /// <summary>The committed amount.</summary>
    public required Money Amount { get; init; }

    /// <summary>The period the commitment applies to; the billing period when not stated.</summary>
    public BillingPeriod? Per { get; init; }

    /// <summary>Whether a shortfall is billed at the end of the period; null when the contract does not say.</summary>
    public bool? TrueUp { get; init; }
}

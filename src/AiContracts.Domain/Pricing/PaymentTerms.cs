using AiContracts.Domain.Primitives;
using NodaTime;

namespace AiContracts.Domain.Pricing;

/// <summary>When invoices are due.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record PaymentTerms
{
    /// <summary>How long after the invoice date payment is due, for example P30D.</summary>
    public Period? DueWithin { get; init; }

    /// <summary>Interest per year on late payments.</summary>
    public Percentage? LatePaymentInterest { get; init; }
}

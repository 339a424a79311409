using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Pricing;

/// <summary>A way money comes back to the customer.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record RefundMechanism
{
    /// <summary>The mechanism.</summary>
    public required RefundKind Kind { get; init; }

    /// <summary>The mechanism in the contract's words.</summary>
    public string? Description { get; init; }

    /// <summary>The most refunded per period, as a share of that period's fees.</summary>
    public Percentage? Cap { get; init; }
}

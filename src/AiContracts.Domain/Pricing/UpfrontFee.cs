using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Pricing;

/// <summary>A fee due before or at the start of the service.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record UpfrontFee
{
    /// <summary>What the fee is for, for example "Onboarding and fine-tuning".</summary>
    public required string Description { get; init; }

    /// <summary>The amount.</summary>
    public required Money Amount { get; init; }

    /// <summary>Whether the fee is refundable; null when the contract does not say.</summary>
    public bool? Refundable { get; init; }

    /// <summary>What the fee is tied to.</summary>
    public GuaranteeKind? Guarantee { get; init; }

    /// <summary>The guarantee in the contract's words.</summary>
    public string? GuaranteeTerms { get; init; }

    /// <summary>Whether the fee is a prepayment drawn down by usage; null when the contract does not say.</summary>
    public bool? CreditedAgainstUsage { get; init; }
}

using NodaTime;

namespace AiContracts.Domain.ServiceLevels;

/// <summary>A remedy the provider owes, with its deadline.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record Remedy
{
    /// <summary>What the remedy is.</summary>
    public required RemedyKind Kind { get; init; }

    /// <summary>By when the remedy must be delivered, from detection or breach.</summary>
    public Period? Deadline { get; init; }

    /// <summary>The remedy in the contract's words.</summary>
    public string? Description { get; init; }
}

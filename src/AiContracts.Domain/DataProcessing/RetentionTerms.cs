using NodaTime;

namespace AiContracts.Domain.DataProcessing;

/// <summary>How long data is kept.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record RetentionTerms
{
    /// <summary>Not retained, a fixed period, until contract end, or indefinitely.</summary>
    public required RetentionKind Kind { get; init; }

    /// <summary>The retention period, for <see cref="RetentionKind.FixedPeriod"/>.</summary>
    public Period? Period { get; init; }

    /// <summary>Why the data is kept that long.</summary>
    public string? Justification { get; init; }
}

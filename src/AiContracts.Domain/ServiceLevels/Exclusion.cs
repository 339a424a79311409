using NodaTime;

namespace AiContracts.Domain.ServiceLevels;

/// <summary>A cause of downtime or degradation that does not count against an objective.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record Exclusion
{
    /// <summary>The kind of exclusion.</summary>
    public required ExclusionKind Kind { get; init; }

    /// <summary>The exclusion in the contract's words.</summary>
    public string? Description { get; init; }

    /// <summary>For scheduled maintenance: the recurring window.</summary>
    public MaintenanceWindow? MaintenanceWindow { get; init; }

    /// <summary>The most excluded time per measurement window.</summary>
    public Duration? MaximumPerPeriod { get; init; }
}

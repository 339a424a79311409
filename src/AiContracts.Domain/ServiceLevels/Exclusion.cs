using AiContracts.Domain.Internal;
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

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(Exclusion), PrintMembers);
}

using AiContracts.Domain.Primitives;
using NodaTime;

namespace AiContracts.Domain.Governance;

/// <summary>How soon an incident of a given severity is notified.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record IncidentNotification
{
    /// <summary>The severity.</summary>
    public required IncidentSeverity Severity { get; init; }

    /// <summary>How soon after detection the customer is notified, for example PT1H.</summary>
    public required Period Deadline { get; init; }

    /// <summary>How the customer is notified.</summary>
    public ValueArray<string> Channels { get; init; }
}

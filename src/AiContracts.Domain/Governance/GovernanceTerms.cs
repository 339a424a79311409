using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Governance;

/// <summary>The governance clause group: reporting, audits, incidents, model changes and escalation.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record GovernanceTerms
{
    /// <summary>Regular reports from the provider.</summary>
    public ReportingTerms? Reporting { get; init; }

    /// <summary>The customer's rights to audit.</summary>
    public AuditRights? AuditRights { get; init; }

    /// <summary>How soon incidents are notified, per severity.</summary>
    public ValueArray<IncidentNotification> IncidentNotifications { get; init; }

    /// <summary>Notice of changes to deployed models.</summary>
    public ModelChangeNotice? ModelChangeNotice { get; init; }

    /// <summary>Who to escalate to, level by level.</summary>
    public ValueArray<EscalationContact> EscalationContacts { get; init; }
}

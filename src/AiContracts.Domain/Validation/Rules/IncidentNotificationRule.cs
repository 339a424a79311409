using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Governance;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>
/// Incidents are notified: the contract sets notification deadlines, including one for critical incidents (AIC6004),
/// and critical incidents are notified no later than the playbook's
/// <see cref="PlaybookParameters.LatestCriticalIncidentNotification"/> (AIC6005).
/// </summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
internal sealed class IncidentNotificationRule : ClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.NoIncidentNotification, DiagnosticCatalogue.IncidentNotificationTooLate);

    /// <summary>Creates the rule.</summary>
    /// <param name="parameters">The thresholds; <see cref="PlaybookParameters.Default"/> when null.</param>
    public IncidentNotificationRule(PlaybookParameters? parameters = null) => Parameters = parameters ?? PlaybookParameters.Default;

    /// <summary>The thresholds the rule reads.</summary>
    public PlaybookParameters Parameters { get; }

    /// <inheritdoc />
    public override string Id => "incident-notification";

    /// <inheritdoc />
    public override string Title => "Incidents are notified in time";

    /// <inheritdoc />
    public override string Area => "governance";

    /// <inheritdoc />
    public override ValueArray<DiagnosticDescriptor> Descriptors => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Diagnostic> Findings(AiContract contract)
    {
        var notifications = contract.Governance?.IncidentNotifications ?? [];
        var critical = -1;
        for (var i = 0; i < notifications.Count && critical < 0; i++)
        {
            critical = notifications[i].Severity == IncidentSeverity.Critical ? i : -1;
        }

        if (critical < 0)
        {
            yield return DiagnosticCatalogue.NoIncidentNotification.Create(
                contract.Governance is null ? JsonPointer.Root : notifications.IsEmpty ? JsonPointer.Root / "governance" : JsonPointer.Root / "governance" / "incidentNotifications", Id);
        }
        else if (RuleSupport.Exceeds(notifications[critical].Deadline, Parameters.LatestCriticalIncidentNotification))
        {
            yield return DiagnosticCatalogue.IncidentNotificationTooLate.Create(
                JsonPointer.Root / "governance" / "incidentNotifications" / critical / "deadline",
                Id,
                ("severity", "Critical"),
                ("value", notifications[critical].Deadline.ToString()),
                ("limit", Parameters.LatestCriticalIncidentNotification.ToString()));
        }
    }
}

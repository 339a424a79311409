using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Internal;
using NodaTime;

namespace AiContracts.Domain.Validation;

/// <summary>
/// Integrity: every period the calculators add to a calendar date can be added to one (AIC0203): the term and its
/// renewals, rolling measurement windows, claim and exercise windows, notice and lock-in periods of termination rights,
/// and the exit deadlines. A time component counts as whole days when it is a whole number of 24-hour days.
/// </summary>
/// <remarks>Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class PeriodRule : IContractRule
{
    /// <inheritdoc />
    public string Id => "periods";

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Evaluate(AiContract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var findings = new List<Diagnostic>();
        Check(contract.Term?.InitialTerm, "/term/initialTerm", "The initial term", positive: true, findings);
        Check(contract.Term?.Renewal?.RenewalPeriod, "/term/renewal/renewalPeriod", "The renewal period", positive: false, findings);
        var levels = contract.ServiceLevels;
        for (var i = 0; i < (levels?.Kpis.Count ?? 0); i++)
        {
            Check(levels!.Kpis[i].Window?.RollingPeriod, $"/serviceLevels/kpis/{i}/window/rollingPeriod", $"The rolling window of KPI '{levels.Kpis[i].Id}'", positive: true, findings);
        }

        for (var i = 0; i < (levels?.Objectives.Count ?? 0); i++)
        {
            var objective = levels!.Objectives[i];
            Check(objective.ClaimWindow, $"/serviceLevels/objectives/{i}/claimWindow", $"The claim window of objective '{objective.Id}'", positive: false, findings);
            Check(objective.ChronicBreach?.ExerciseWindow, $"/serviceLevels/objectives/{i}/chronicBreach/exerciseWindow", $"The exercise window of objective '{objective.Id}'", positive: false, findings);
        }

        var exit = contract.Exit;
        for (var i = 0; i < (exit?.TerminationRights.Count ?? 0); i++)
        {
            var right = exit!.TerminationRights[i];
            Check(right.Notice, $"/exit/terminationRights/{i}/notice", "The notice period of a termination right", positive: false, findings);
            Check(right.ExercisableAfter, $"/exit/terminationRights/{i}/exercisableAfter", "The lock-in period of a termination right", positive: false, findings);
        }

        Check(exit?.TransitionAssistance?.Duration, "/exit/transitionAssistance/duration", "The transition assistance", positive: false, findings);
        Check(exit?.DataPortability?.Deadline, "/exit/dataPortability/deadline", "The data export deadline", positive: false, findings);
        Check(exit?.ModelArtifacts?.HandoverDeadline, "/exit/modelArtifacts/handoverDeadline", "The model artifact handover deadline", positive: false, findings);
        Check(exit?.KnowledgeTransfer?.Deadline, "/exit/knowledgeTransfer/deadline", "The knowledge transfer deadline", positive: false, findings);
        Check(exit?.PostExitDeletion?.Deadline, "/exit/postExitDeletion/deadline", "The post-exit deletion deadline", positive: false, findings);
        return findings;
    }

    private void Check(Period? period, string pointer, string what, bool positive, List<Diagnostic> findings)
    {
        if (period is null)
        {
            return;
        }

        var problem = DateMath.AsDatePeriod(period, out var days) switch
        {
            DateMath.Problem.Negative => "is negative",
            DateMath.Problem.PartialDay => "has a time component that is not a whole number of days",
            DateMath.Problem.TooLong => "is longer than the calendar (years -9998 to 9999)",
            _ => positive && days.Equals(Period.Zero) ? "is zero" : null,
        };
        if (problem is not null)
        {
            findings.Add(DiagnosticCatalogue.PeriodNotApplicable.Create(pointer, Id, ("what", what), ("value", period.ToString()), ("problem", problem)));
        }
    }
}

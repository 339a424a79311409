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
    private static readonly JsonPointer ExitDataPortabilityDeadline = JsonPointer.Root / "exit" / "dataPortability" / "deadline";
    private static readonly JsonPointer ExitKnowledgeTransferDeadline = JsonPointer.Root / "exit" / "knowledgeTransfer" / "deadline";
    private static readonly JsonPointer ExitModelArtifactsHandoverDeadline = JsonPointer.Root / "exit" / "modelArtifacts" / "handoverDeadline";
    private static readonly JsonPointer ExitPostExitDeletionDeadline = JsonPointer.Root / "exit" / "postExitDeletion" / "deadline";
    private static readonly JsonPointer ExitTerminationRights = JsonPointer.Root / "exit" / "terminationRights";
    private static readonly JsonPointer ExitTransitionAssistanceDuration = JsonPointer.Root / "exit" / "transitionAssistance" / "duration";
    private static readonly JsonPointer ServiceLevelsKpis = JsonPointer.Root / "serviceLevels" / "kpis";
    private static readonly JsonPointer ServiceLevelsObjectives = JsonPointer.Root / "serviceLevels" / "objectives";
    private static readonly JsonPointer TermInitialTerm = JsonPointer.Root / "term" / "initialTerm";
    private static readonly JsonPointer TermRenewalRenewalPeriod = JsonPointer.Root / "term" / "renewal" / "renewalPeriod";
    private static readonly JsonPointer ChronicBreachExerciseWindow = JsonPointer.Create("chronicBreach", "exerciseWindow");
    private static readonly JsonPointer ClaimWindow = JsonPointer.Create("claimWindow");
    private static readonly JsonPointer ExercisableAfter = JsonPointer.Create("exercisableAfter");
    private static readonly JsonPointer Notice = JsonPointer.Create("notice");
    private static readonly JsonPointer WindowRollingPeriod = JsonPointer.Create("window", "rollingPeriod");

    /// <inheritdoc />
    public string Id => "periods";

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Evaluate(AiContract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var findings = new List<Diagnostic>();
        Check(contract.Term?.InitialTerm, positive: true, findings, TermInitialTerm, -1, JsonPointer.Root, "The initial term");
        Check(contract.Term?.Renewal?.RenewalPeriod, positive: false, findings, TermRenewalRenewalPeriod, -1, JsonPointer.Root, "The renewal period");
        var levels = contract.ServiceLevels;
        for (var i = 0; i < (levels?.Kpis.Count ?? 0); i++)
        {
            Check(levels!.Kpis[i].Window?.RollingPeriod, positive: true, findings, ServiceLevelsKpis, i, WindowRollingPeriod, "The rolling window of KPI", levels.Kpis[i].Id.Value);
        }

        for (var i = 0; i < (levels?.Objectives.Count ?? 0); i++)
        {
            var objective = levels!.Objectives[i];
            Check(objective.ClaimWindow, positive: false, findings, ServiceLevelsObjectives, i, ClaimWindow, "The claim window of objective", objective.Id.Value);
            Check(objective.ChronicBreach?.ExerciseWindow, positive: false, findings, ServiceLevelsObjectives, i, ChronicBreachExerciseWindow, "The exercise window of objective", objective.Id.Value);
        }

        var exit = contract.Exit;
        for (var i = 0; i < (exit?.TerminationRights.Count ?? 0); i++)
        {
            var right = exit!.TerminationRights[i];
            Check(right.Notice, positive: false, findings, ExitTerminationRights, i, Notice, "The notice period of a termination right");
            Check(right.ExercisableAfter, positive: false, findings, ExitTerminationRights, i, ExercisableAfter, "The lock-in period of a termination right");
        }

        Check(exit?.TransitionAssistance?.Duration, positive: false, findings, ExitTransitionAssistanceDuration, -1, JsonPointer.Root, "The transition assistance");
        Check(exit?.DataPortability?.Deadline, positive: false, findings, ExitDataPortabilityDeadline, -1, JsonPointer.Root, "The data export deadline");
        Check(exit?.ModelArtifacts?.HandoverDeadline, positive: false, findings, ExitModelArtifactsHandoverDeadline, -1, JsonPointer.Root, "The model artifact handover deadline");
        Check(exit?.KnowledgeTransfer?.Deadline, positive: false, findings, ExitKnowledgeTransferDeadline, -1, JsonPointer.Root, "The knowledge transfer deadline");
        Check(exit?.PostExitDeletion?.Deadline, positive: false, findings, ExitPostExitDeletionDeadline, -1, JsonPointer.Root, "The post-exit deletion deadline");
        return findings;
    }

    /// <summary>
    /// Reports a period that cannot be applied to dates, at <paramref name="pointer"/> (followed by
    /// <paramref name="index"/> and <paramref name="member"/> when the index is not negative) and named
    /// <paramref name="what"/> (followed by the quoted <paramref name="id"/>, when there is one); the pointer and the
    /// wording are built only for a finding.
    /// </summary>
    private void Check(Period? period, bool positive, List<Diagnostic> findings, JsonPointer pointer, int index, JsonPointer member, string what, string? id = null)
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
            findings.Add(DiagnosticCatalogue.PeriodNotApplicable.Create(
                index < 0 ? pointer : (pointer / index).Append(member),
                Id,
                ("what", id is null ? what : $"{what} '{id}'"),
                ("value", period.ToString()),
                ("problem", problem)));
        }
    }
}

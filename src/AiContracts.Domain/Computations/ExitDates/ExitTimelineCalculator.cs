using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Exit;
using AiContracts.Domain.Internal;
using AiContracts.Domain.Primitives;
using NodaTime;

namespace AiContracts.Domain.Computations.ExitDates;

/// <summary>Computes the exit timeline a notice of termination implies under a contract's exit terms (see docs/computations.md).</summary>
/// <remarks>Thread safety: stateless; safe to call from any thread.</remarks>
public static class ExitTimelineCalculator
{
    private const string Rule = "exit-timeline";

    /// <summary>Computes the exit dates for a notice of termination.</summary>
    /// <param name="contract">The contract; its exit terms give the periods.</param>
    /// <param name="notice">The notice: its date, trigger and the party giving it.</param>
    /// <returns>The timeline, with findings for bad input; never throws for bad input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contract"/> or <paramref name="notice"/> is null.</exception>
    public static ExitTimeline Calculate(AiContract contract, TerminationNotice notice)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(notice.Trigger);
        var timeline = new ExitTimeline { ContractId = contract.Id, Notice = notice };
        if (ComputationSupport.Integrity(contract) is { } integrity)
        {
            return timeline with { Diagnostics = integrity };
        }

        var findings = new FindingList();
        var date = notice.NoticeDate;
        var before = contract.EffectiveDate is { } effective && date < effective;
        var after = ComputationSupport.LastDayOfTerm(contract) is { } last && date > last;
        if (before || after)
        {
            findings.Add(DiagnosticCatalogue.OutsideTerm.Create(JsonPointer.Root / "noticeDate", Rule, ("what", "The notice date"), ("value", ComputationSupport.Text(date)), ("term", ComputationSupport.DescribeTerm(contract))).In(DocumentKind.TerminationNotice));
            return timeline with { Diagnostics = ValueArray.From(findings) };
        }

        var exit = contract.Exit;
        var rights = exit?.TerminationRights ?? [];
        var index = -1;
        for (var i = 0; i < rights.Count && index < 0; i++)
        {
            if (rights[i].Trigger == notice.Trigger && (notice.GivenBy is null || rights[i].HeldBy == notice.GivenBy || rights[i].HeldBy == PartyRole.Either))
            {
                index = i;
            }
        }

        if (index < 0)
        {
            var who = notice.GivenBy is null ? string.Empty : $" held by the {notice.GivenBy.Name.ToLowerInvariant()}";
            findings.Add(DiagnosticCatalogue.MissingTerms.Create(JsonPointer.Root / "exit" / "terminationRights", Rule, ("detail",
                $"The contract has no termination right for {notice.Trigger.Name}{who}, so no exit dates follow from this notice.")));
            return timeline with { Diagnostics = ValueArray.From(findings) };
        }

        var right = rights[index];
        timeline = timeline with { Right = right };
        if (right.ExercisableAfter is { } lockIn && contract.EffectiveDate is { } start
            && (DateMath.TryPlus(start, lockIn) is not { } earliest || date < earliest))
        {
            var first = DateMath.TryPlus(start, lockIn) is { } day ? ComputationSupport.Text(day) : "a day beyond the calendar";
            findings.Add(DiagnosticCatalogue.NoticeBeforeLockIn.Create(JsonPointer.Root / "exit" / "terminationRights" / index / "exercisableAfter", Rule,
                ("value", ComputationSupport.Text(date)), ("earliest", first), ("trigger", notice.Trigger.Name)));
            return timeline with { Diagnostics = ValueArray.From(findings) };
        }

        try
        {
            return Dates(exit!, right, date, timeline, findings);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            findings.Add(DiagnosticCatalogue.BeyondCalendar.Create(JsonPointer.Root / "exit", Rule, ("detail",
                $"An exit date lies beyond the calendar ({e.GetType().Name}); check the periods of the exit terms. No dates are computed.")));
            return timeline with { Diagnostics = ValueArray.From(findings) };
        }
    }

    private static ExitTimeline Dates(ExitTerms exit, TerminationRight right, LocalDate date, ExitTimeline timeline, FindingList findings)
    {
        var end = right.Notice is { } period ? Plus(date, period)!.Value : date;
        var transitionEnd = Plus(end, exit.TransitionAssistance?.Duration);
        var export = Plus(end, exit.DataPortability?.Deadline);
        LocalDate? deletion = null;
        if (exit.PostExitDeletion?.Deadline is { } deletionPeriod)
        {
            var from = new[] { end, transitionEnd ?? end, export ?? end }.Max();
            deletion = Plus(from, deletionPeriod);
        }

        return timeline with
        {
            EffectiveTerminationDate = end,
            TransitionAssistanceEnd = transitionEnd,
            DataExportDeadline = export,
            ModelArtifactHandoverDeadline = Plus(end, exit.ModelArtifacts?.HandoverDeadline),
            DeletionDeadline = deletion,
            DeletionCertificateDue = exit.PostExitDeletion?.Certificate == true ? deletion : null,
            KnowledgeTransferDeadline = Plus(date, exit.KnowledgeTransfer?.Deadline),
            Diagnostics = ValueArray.From(findings),
        };
    }

    /// <summary>The date plus the period; an <see cref="OverflowException"/> (reported as AIC7020 by the caller) when it lies beyond the calendar.</summary>
    private static LocalDate? Plus(LocalDate date, Period? period) =>
        period is null ? null : DateMath.TryPlus(date, period) ?? throw new OverflowException("The date lies beyond the calendar.");
}

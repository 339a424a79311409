using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Exit;
using AiContracts.Domain.Internal;
using AiContracts.Domain.Primitives;
using NodaTime;

namespace AiContracts.Domain.Computations.ExitDates;

/// <summary>
/// The dates an exit implies, from a notice of termination: the effective termination date and the deadlines of the
/// exit obligations, each computed with calendar (period) arithmetic in the contract's calendar.
/// </summary>
/// <remarks>
/// Adding months keeps the day of the month and falls back to the month's last day when it has no such day
/// (31 January plus one month is 28 February, or 29 February in a leap year). A date is null when the contract does
/// not state the term it comes from. Thread safety: immutable; safe to share across threads.
/// </remarks>
public sealed record ExitTimeline
{
    /// <summary>The contract.</summary>
    public required ContractId ContractId { get; init; }

    /// <summary>The notice the timeline is computed from.</summary>
    public required TerminationNotice Notice { get; init; }

    /// <summary>The termination right applied; null when none matches the notice.</summary>
    public TerminationRight? Right { get; init; }

    /// <summary>The last day of service: the notice date plus the right's notice period (the notice date itself when the right states none).</summary>
    public LocalDate? EffectiveTerminationDate { get; init; }

    /// <summary>The last day of transition assistance: the effective termination date plus the assistance duration.</summary>
    public LocalDate? TransitionAssistanceEnd { get; init; }

    /// <summary>The day the data export must be complete: the effective termination date plus the portability deadline.</summary>
    public LocalDate? DataExportDeadline { get; init; }

    /// <summary>The day model artifacts must be handed over: the effective termination date plus the handover deadline.</summary>
    public LocalDate? ModelArtifactHandoverDeadline { get; init; }

    /// <summary>
    /// The day the customer's data must be deleted: the post-exit deletion deadline counted from the latest of the
    /// effective termination date, the end of transition assistance and the data export deadline (data is not deleted
    /// while it is still served or owed).
    /// </summary>
    public LocalDate? DeletionDeadline { get; init; }

    /// <summary>The day the written deletion certificate is due (the deletion deadline), when the contract requires one; null otherwise.</summary>
    public LocalDate? DeletionCertificateDue { get; init; }

    /// <summary>The day knowledge transfer must be complete: the notice date plus the knowledge-transfer deadline.</summary>
    public LocalDate? KnowledgeTransferDeadline { get; init; }

    /// <summary>Findings: no right for the trigger, notice before the right may be exercised, notice outside the term.</summary>
    public ValueArray<Diagnostic> Diagnostics { get; init; }

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(ExitTimeline), PrintMembers);
}

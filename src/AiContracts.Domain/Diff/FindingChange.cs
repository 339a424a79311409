using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Internal;

namespace AiContracts.Domain.Diff;

/// <summary>A finding of the chosen rules (integrity and playbook) that appears or disappears between two versions.</summary>
/// <remarks>Thread safety: immutable.</remarks>
public sealed record FindingChange
{
    /// <summary>True when the later version has the finding and the earlier one had not; false when it disappeared.</summary>
    public required bool Appeared { get; init; }

    /// <summary>The finding, as reported on the version that has it (its pointer is in that document).</summary>
    public required Diagnostic Finding { get; init; }

    /// <summary>
    /// Unfavourable for an error or warning that appears, favourable for one that disappears, neutral for information.
    /// </summary>
    public ChangeAssessment Assessment =>
        Finding.Severity == DiagnosticSeverity.Info ? ChangeAssessment.Neutral : Appeared ? ChangeAssessment.Unfavourable : ChangeAssessment.Favourable;

    /// <summary>The members, culture-invariant.</summary>
    /// <returns>The record's members as text.</returns>
    public override string ToString() => InvariantText.Record(nameof(FindingChange), PrintMembers);
}

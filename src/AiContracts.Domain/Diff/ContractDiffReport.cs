using AiContracts.Domain.Internal;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Diff;

/// <summary>What changed between two versions of a contract, in document order, and the findings that appeared or disappeared.</summary>
/// <remarks>Thread safety: immutable.</remarks>
public sealed record ContractDiffReport
{
    /// <summary>The earlier version's id.</summary>
    public required ContractId BeforeId { get; init; }

    /// <summary>The later version's id.</summary>
    public required ContractId AfterId { get; init; }

    /// <summary>
    /// What the reader must know before the changes: the versions have different ids, different schema versions, or the
    /// invoice at the given usage could not be computed for one of them.
    /// </summary>
    public ValueArray<string> Warnings { get; init; }

    /// <summary>The changes, in the order of the later document (a removal where the element stood).</summary>
    public ValueArray<ContractChange> Changes { get; init; }

    /// <summary>The findings that appeared (first) and disappeared, when <see cref="ContractDiffOptions.Rules"/> was given.</summary>
    public ValueArray<FindingChange> Findings { get; init; }

    /// <summary>True when nothing changed and no finding appeared or disappeared.</summary>
    public bool IsEmpty => Changes.IsEmpty && Findings.IsEmpty;

    /// <summary>True when a change is unfavourable or a finding (error or warning) appeared: what a CI gate fails on.</summary>
    public bool HasUnfavourable =>
        Changes.Any(c => c.Assessment == ChangeAssessment.Unfavourable) || Findings.Any(f => f.Assessment == ChangeAssessment.Unfavourable);

    /// <summary>The members, culture-invariant.</summary>
    /// <returns>The record's members as text.</returns>
    public override string ToString() => InvariantText.Record(nameof(ContractDiffReport), PrintMembers);
}

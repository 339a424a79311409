using AiContracts.Domain.Internal;

namespace AiContracts.Domain.Diff;

/// <summary>One change between two versions of a contract, with its assessment for the customer.</summary>
/// <remarks>Thread safety: immutable.</remarks>
public sealed record ContractChange
{
    /// <summary>A JSON Pointer to the element: in the later document, or in the earlier one for <see cref="ChangeKind.Removed"/>.</summary>
    public required string Pointer { get; init; }

    /// <summary>The part of the contract the element belongs to.</summary>
    public required ClauseGroup Group { get; init; }

    /// <summary>What happened to the element.</summary>
    public required ChangeKind Kind { get; init; }

    /// <summary>The direction-table row that assessed it, as <c>Type.Member</c> (<c>ServiceLevelObjective.CreditCap</c>), or <c>Invoice.Total</c> for the invoice at the given usage.</summary>
    public required string Member { get; init; }

    /// <summary>The earlier value as display text, or null when the element was added.</summary>
    public string? Before { get; init; }

    /// <summary>The later value as display text, or null when the element was removed.</summary>
    public string? After { get; init; }

    /// <summary>Whom the change favours.</summary>
    public required ChangeAssessment Assessment { get; init; }

    /// <summary>One line for people: <c>credit cap lowered from 30% to 10% (slo-availability)</c>.</summary>
    public required string Reason { get; init; }

    /// <summary>The change on one line: assessment, kind, pointer and reason.</summary>
    /// <returns>Culture-invariant text.</returns>
    public override string ToString() => InvariantText.InCulture(() => $"{Assessment.Name} {Kind.Name} {Pointer}: {Reason}");
}

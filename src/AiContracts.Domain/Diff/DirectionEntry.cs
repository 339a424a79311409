using AiContracts.Domain.Internal;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Diff;

/// <summary>One row of the direction table: how a change of one member of the model is assessed for the customer.</summary>
/// <remarks>Thread safety: immutable.</remarks>
public sealed record DirectionEntry
{
    /// <summary>The model's record type that declares the member, such as <c>ServiceLevelObjective</c>.</summary>
    public required string Type { get; init; }

    /// <summary>The member's C# name, such as <c>CreditCap</c>.</summary>
    public required string Member { get; init; }

    /// <summary>The member's JSON name, such as <c>creditCap</c>.</summary>
    public required string JsonName { get; init; }

    /// <summary>How a change of the value is assessed.</summary>
    public required DirectionRule Rule { get; init; }

    /// <summary>
    /// How a value, clause or item that appears is assessed (one that disappears gets the mirror); for items whose
    /// appearance depends on the item, <see cref="ChangeAssessment.NeedsReview"/> here and the rule in <see cref="Note"/>.
    /// </summary>
    public required ChangeAssessment WhenAdded { get; init; }

    /// <summary>For <see cref="DirectionRule.Ranked"/>: the vocabulary's names from least to most favourable; names sharing a rank are separated by spaces.</summary>
    public ValueArray<string> Ranking { get; init; }

    /// <summary>Why the member has this direction, for docs/diff.md.</summary>
    public string? Note { get; init; }

    /// <summary>The members, culture-invariant.</summary>
    /// <returns>The record's members as text.</returns>
    public override string ToString() => InvariantText.Record(nameof(DirectionEntry), PrintMembers);
}

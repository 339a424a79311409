using Ardalis.SmartEnum;

namespace AiContracts.Domain.Diff;

/// <summary>Whom a change favours, seen from the customer's side of the contract.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class ChangeAssessment : SmartEnum<ChangeAssessment>
{
    /// <summary>The change makes the terms worse for the customer.</summary>
    public static readonly ChangeAssessment Unfavourable = new(nameof(Unfavourable), 1);

    /// <summary>The change has no clear direction and a person must judge it.</summary>
    public static readonly ChangeAssessment NeedsReview = new(nameof(NeedsReview), 2);

    /// <summary>The change makes the terms better for the customer.</summary>
    public static readonly ChangeAssessment Favourable = new(nameof(Favourable), 3);

    /// <summary>The change alters no term (a name, a contact, the order of a list).</summary>
    public static readonly ChangeAssessment Neutral = new(nameof(Neutral), 4);

    private ChangeAssessment(string name, int value)
        : base(name, value)
    {
    }

    /// <summary>The assessment of the opposite change: favourable and unfavourable swap, the others stay.</summary>
    public ChangeAssessment Mirror => this == Favourable ? Unfavourable : this == Unfavourable ? Favourable : this;
}

using Ardalis.SmartEnum;

namespace AiContracts.Domain.Diff;

/// <summary>How the direction table assesses a change of one member of the model (see docs/diff.md).</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class DirectionRule : SmartEnum<DirectionRule>
{
    /// <summary>A larger value (a number, a longer period, a later date, more money) favours the customer.</summary>
    public static readonly DirectionRule HigherIsBetter = new(nameof(HigherIsBetter), 1);

    /// <summary>A smaller value (a lower price, a shorter deadline) favours the customer.</summary>
    public static readonly DirectionRule LowerIsBetter = new(nameof(LowerIsBetter), 2);

    /// <summary>A flag that is a promise to the customer: true favours the customer.</summary>
    public static readonly DirectionRule TrueIsBetter = new(nameof(TrueIsBetter), 3);

    /// <summary>A flag that is a permission for the provider: false favours the customer.</summary>
    public static readonly DirectionRule FalseIsBetter = new(nameof(FalseIsBetter), 4);

    /// <summary>A vocabulary value ranked from least to most favourable (<see cref="DirectionEntry.Ranking"/>); values of equal rank need review.</summary>
    public static readonly DirectionRule Ranked = new(nameof(Ranked), 5);

    /// <summary>A KPI's target or threshold: higher favours the customer when the KPI's direction is higher-is-better, lower when lower-is-better.</summary>
    public static readonly DirectionRule ByKpiDirection = new(nameof(ByKpiDirection), 6);

    /// <summary>A term of a termination right: higher (longer, more) favours the customer when the provider holds the right, lower when the customer does; a right either party holds needs review.</summary>
    public static readonly DirectionRule ByHolder = new(nameof(ByHolder), 7);

    /// <summary>A set of values: an added value favours the customer, a removed one does not.</summary>
    public static readonly DirectionRule MoreIsBetter = new(nameof(MoreIsBetter), 8);

    /// <summary>A set of values: a removed value favours the customer, an added one does not.</summary>
    public static readonly DirectionRule FewerIsBetter = new(nameof(FewerIsBetter), 9);

    /// <summary>A change alters no term (names, contacts, titles).</summary>
    public static readonly DirectionRule Neutral = new(nameof(Neutral), 10);

    /// <summary>No clear direction: a person judges the change.</summary>
    public static readonly DirectionRule NeedsReview = new(nameof(NeedsReview), 11);

    /// <summary>A nested clause whose members have entries of their own; the clause appearing is assessed by <see cref="DirectionEntry.WhenAdded"/>.</summary>
    public static readonly DirectionRule Clause = new(nameof(Clause), 12);

    /// <summary>A list of items matched by identity (or by position where order is the meaning, as for tiers and credit bands); an item appearing is assessed by <see cref="DirectionEntry.WhenAdded"/>.</summary>
    public static readonly DirectionRule Items = new(nameof(Items), 13);

    /// <summary>The member is (part of) the identity by which items are matched: a different value is a different item.</summary>
    public static readonly DirectionRule Identity = new(nameof(Identity), 14);

    private DirectionRule(string name, int value)
        : base(name, value)
    {
    }
}

using Ardalis.SmartEnum;

namespace AiContracts.Domain.Pricing;

/// <summary>Where a counter's quantity is rounded before it is priced. Introduced in format 1.2.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class QuantityRoundingLevel : SmartEnum<QuantityRoundingLevel>
{
    /// <summary>Each request's quantity is rounded (a search unit per started 100 documents, a minimum second per call).</summary>
    public static readonly QuantityRoundingLevel Request = new(nameof(Request), 1);

    /// <summary>Each invoice line's quantity (the period's total at one price) is rounded once.</summary>
    public static readonly QuantityRoundingLevel Line = new(nameof(Line), 2);

    private QuantityRoundingLevel(string name, int value)
        : base(name, value)
    {
    }
}

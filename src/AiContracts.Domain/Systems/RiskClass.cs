using Ardalis.SmartEnum;

namespace AiContracts.Domain.Systems;

/// <summary>The risk class of an AI system, in the tiers of the EU AI Act.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class RiskClass : SmartEnum<RiskClass>
{
    /// <summary>Minimal risk: no specific obligations.</summary>
    public static readonly RiskClass Minimal = new(nameof(Minimal), 1);

    /// <summary>Limited risk: transparency obligations.</summary>
    public static readonly RiskClass Limited = new(nameof(Limited), 2);

    /// <summary>High risk (Annex III use cases): risk management, data governance, logging, human oversight.</summary>
    public static readonly RiskClass High = new(nameof(High), 3);

    /// <summary>A prohibited practice.</summary>
    public static readonly RiskClass Unacceptable = new(nameof(Unacceptable), 4);

    private RiskClass(string name, int value)
        : base(name, value)
    {
    }
}

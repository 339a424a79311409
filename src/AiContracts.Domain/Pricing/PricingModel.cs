using Ardalis.SmartEnum;

namespace AiContracts.Domain.Pricing;

/// <summary>How a meter's usage is priced (the semantics billing platforms use).</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class PricingModel : SmartEnum<PricingModel>
{
    /// <summary>A flat fee per billing period, whatever the usage.</summary>
    public static readonly PricingModel Flat = new(nameof(Flat), 1);

    /// <summary>Every unit at the same unit price.</summary>
    public static readonly PricingModel PerUnit = new(nameof(PerUnit), 2);

    /// <summary>Each unit priced in the tier it falls in; a tier's flat fee applies once the tier is reached.</summary>
    public static readonly PricingModel Graduated = new(nameof(Graduated), 3);

    /// <summary>Every unit priced at the tier the total quantity reaches, plus that tier's flat fee.</summary>
    public static readonly PricingModel Volume = new(nameof(Volume), 4);

    /// <summary>A price per package of a fixed number of units.</summary>
    public static readonly PricingModel Package = new(nameof(Package), 5);

    /// <summary>A percentage of each event's declared amount plus a fixed fee per event (transaction fees), with tiers over the period's cumulative amount. Introduced in format 1.1.</summary>
    public static readonly PricingModel PercentageOfAmount = new(nameof(PercentageOfAmount), 6);

    private PricingModel(string name, int value)
        : base(name, value)
    {
    }
}

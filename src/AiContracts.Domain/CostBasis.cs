using Ardalis.SmartEnum;

namespace AiContracts.Domain;

/// <summary>How a service such as exit assistance or an audit is paid for.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class CostBasis : SmartEnum<CostBasis>
{
    /// <summary>Included in the fees already paid.</summary>
    public static readonly CostBasis Included = new(nameof(Included), 1);

    /// <summary>A fixed fee.</summary>
    public static readonly CostBasis FixedFee = new(nameof(FixedFee), 2);

    /// <summary>Time and materials at stated rates.</summary>
    public static readonly CostBasis TimeAndMaterials = new(nameof(TimeAndMaterials), 3);

    private CostBasis(string name, int value)
        : base(name, value)
    {
    }
}

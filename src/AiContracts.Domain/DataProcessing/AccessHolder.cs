using Ardalis.SmartEnum;

namespace AiContracts.Domain.DataProcessing;

/// <summary>Who holds an access role to data.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class AccessHolder : SmartEnum<AccessHolder>
{
    /// <summary>The customer's staff.</summary>
    public static readonly AccessHolder CustomerStaff = new(nameof(CustomerStaff), 1);

    /// <summary>The provider's staff.</summary>
    public static readonly AccessHolder ProviderStaff = new(nameof(ProviderStaff), 2);

    /// <summary>A sub-processor of the provider.</summary>
    public static readonly AccessHolder SubProcessor = new(nameof(SubProcessor), 3);

    /// <summary>An automated system without human access.</summary>
    public static readonly AccessHolder AutomatedSystem = new(nameof(AutomatedSystem), 4);

    private AccessHolder(string name, int value)
        : base(name, value)
    {
    }
}

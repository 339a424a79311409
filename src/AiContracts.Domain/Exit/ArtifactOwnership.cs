using Ardalis.SmartEnum;

namespace AiContracts.Domain.Exit;

/// <summary>Who owns model artifacts made for the customer.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class ArtifactOwnership : SmartEnum<ArtifactOwnership>
{
    /// <summary>The customer owns them.</summary>
    public static readonly ArtifactOwnership Customer = new(nameof(Customer), 1);

    /// <summary>The provider owns them.</summary>
    public static readonly ArtifactOwnership Provider = new(nameof(Provider), 2);

    /// <summary>Both parties own them jointly.</summary>
    public static readonly ArtifactOwnership Joint = new(nameof(Joint), 3);

    /// <summary>The provider owns them and grants the customer a perpetual licence.</summary>
    public static readonly ArtifactOwnership LicensedToCustomer = new(nameof(LicensedToCustomer), 4);

    private ArtifactOwnership(string name, int value)
        : base(name, value)
    {
    }
}

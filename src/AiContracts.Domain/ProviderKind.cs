using Ardalis.SmartEnum;

namespace AiContracts.Domain;

/// <summary>Who provides the AI deployment.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class ProviderKind : SmartEnum<ProviderKind>
{
    /// <summary>A department or team of the customer's own organisation (internal SLAs and chargeback).</summary>
    public static readonly ProviderKind InternalDepartment = new(nameof(InternalDepartment), 1);

    /// <summary>An external company building or running the system for the customer.</summary>
    public static readonly ProviderKind ExternalSupplier = new(nameof(ExternalSupplier), 2);

    /// <summary>A software-as-a-service platform offering the model to many customers.</summary>
    public static readonly ProviderKind SaasPlatform = new(nameof(SaasPlatform), 3);

    private ProviderKind(string name, int value)
        : base(name, value)
    {
    }
}

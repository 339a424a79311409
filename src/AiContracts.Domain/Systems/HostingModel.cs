using Ardalis.SmartEnum;

namespace AiContracts.Domain.Systems;

/// <summary>Where and by whom an AI system is run.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class HostingModel : SmartEnum<HostingModel>
{
    /// <summary>Run by the provider on its own infrastructure, shared with other customers.</summary>
    public static readonly HostingModel VendorHostedSaas = new(nameof(VendorHostedSaas), 1);

    /// <summary>Run by the provider on infrastructure dedicated to the customer.</summary>
    public static readonly HostingModel VendorHostedDedicated = new(nameof(VendorHostedDedicated), 2);

    /// <summary>Run by the provider inside the customer's cloud account.</summary>
    public static readonly HostingModel VendorManagedInCustomerCloud = new(nameof(VendorManagedInCustomerCloud), 3);

    /// <summary>Run by the customer on its own infrastructure.</summary>
    public static readonly HostingModel CustomerHosted = new(nameof(CustomerHosted), 4);

    /// <summary>Run by an internal department on the organisation's shared platform.</summary>
    public static readonly HostingModel InternalPlatform = new(nameof(InternalPlatform), 5);

    private HostingModel(string name, int value)
        : base(name, value)
    {
    }
}

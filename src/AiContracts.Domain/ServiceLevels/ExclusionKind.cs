using Ardalis.SmartEnum;

namespace AiContracts.Domain.ServiceLevels;

/// <summary>Causes of downtime or degradation that do not count against an objective.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class ExclusionKind : SmartEnum<ExclusionKind>
{
    /// <summary>Maintenance announced in advance within an agreed window.</summary>
    public static readonly ExclusionKind ScheduledMaintenance = new(nameof(ScheduledMaintenance), 1);

    /// <summary>Unplanned maintenance to fix a critical security issue.</summary>
    public static readonly ExclusionKind EmergencyMaintenance = new(nameof(EmergencyMaintenance), 2);

    /// <summary>Events beyond the provider's reasonable control.</summary>
    public static readonly ExclusionKind ForceMajeure = new(nameof(ForceMajeure), 3);

    /// <summary>Failures caused by the customer's systems, data or misuse.</summary>
    public static readonly ExclusionKind CustomerCaused = new(nameof(CustomerCaused), 4);

    /// <summary>Failures of third-party services the customer chose.</summary>
    public static readonly ExclusionKind ThirdPartyFailure = new(nameof(ThirdPartyFailure), 5);

    /// <summary>Features offered as preview or beta.</summary>
    public static readonly ExclusionKind PreviewFeatures = new(nameof(PreviewFeatures), 6);

    /// <summary>Suspension of the service under the contract's terms, such as for non-payment.</summary>
    public static readonly ExclusionKind SuspensionForCause = new(nameof(SuspensionForCause), 7);

    /// <summary>Another exclusion; describe it.</summary>
    public static readonly ExclusionKind Other = new(nameof(Other), 8);

    private ExclusionKind(string name, int value)
        : base(name, value)
    {
    }
}

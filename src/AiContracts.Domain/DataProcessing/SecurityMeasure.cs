using Ardalis.SmartEnum;

namespace AiContracts.Domain.DataProcessing;

/// <summary>A technical or organisational security measure.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class SecurityMeasure : SmartEnum<SecurityMeasure>
{
    /// <summary>Data encrypted at rest.</summary>
    public static readonly SecurityMeasure EncryptionAtRest = new(nameof(EncryptionAtRest), 1);

    /// <summary>Data encrypted in transit (TLS 1.2 or later).</summary>
    public static readonly SecurityMeasure EncryptionInTransit = new(nameof(EncryptionInTransit), 2);

    /// <summary>Encryption keys managed by the customer.</summary>
    public static readonly SecurityMeasure CustomerManagedKeys = new(nameof(CustomerManagedKeys), 3);

    /// <summary>Role-based access control with least privilege.</summary>
    public static readonly SecurityMeasure RoleBasedAccessControl = new(nameof(RoleBasedAccessControl), 4);

    /// <summary>Multi-factor authentication for all staff access.</summary>
    public static readonly SecurityMeasure MultiFactorAuthentication = new(nameof(MultiFactorAuthentication), 5);

    /// <summary>Logging of every access to the data.</summary>
    public static readonly SecurityMeasure AccessLogging = new(nameof(AccessLogging), 6);

    /// <summary>Network isolation of the processing environment.</summary>
    public static readonly SecurityMeasure NetworkIsolation = new(nameof(NetworkIsolation), 7);

    /// <summary>Pseudonymisation of personal data.</summary>
    public static readonly SecurityMeasure Pseudonymisation = new(nameof(Pseudonymisation), 8);

    /// <summary>Vulnerability scanning and patching.</summary>
    public static readonly SecurityMeasure VulnerabilityManagement = new(nameof(VulnerabilityManagement), 9);

    /// <summary>Regular independent penetration tests.</summary>
    public static readonly SecurityMeasure PenetrationTesting = new(nameof(PenetrationTesting), 10);

    /// <summary>ISO/IEC 27001 certification.</summary>
    public static readonly SecurityMeasure Iso27001Certification = new(nameof(Iso27001Certification), 11);

    /// <summary>SOC 2 Type II report.</summary>
    public static readonly SecurityMeasure Soc2Type2Report = new(nameof(Soc2Type2Report), 12);

    /// <summary>Staff bound by confidentiality obligations.</summary>
    public static readonly SecurityMeasure StaffConfidentiality = new(nameof(StaffConfidentiality), 13);

    private SecurityMeasure(string name, int value)
        : base(name, value)
    {
    }
}

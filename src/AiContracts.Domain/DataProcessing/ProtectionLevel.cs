using Ardalis.SmartEnum;

namespace AiContracts.Domain.DataProcessing;

/// <summary>How data is protected before it reaches the provider.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class ProtectionLevel : SmartEnum<ProtectionLevel>
{
    /// <summary>Raw data, identifiable; needs a justification when personal.</summary>
    public static readonly ProtectionLevel Raw = new(nameof(Raw), 1);

    /// <summary>Identifiers replaced by pseudonyms; re-identification needs separately kept data.</summary>
    public static readonly ProtectionLevel Pseudonymised = new(nameof(Pseudonymised), 2);

    /// <summary>Only aggregates leave the customer.</summary>
    public static readonly ProtectionLevel Aggregated = new(nameof(Aggregated), 3);

    /// <summary>Irreversibly anonymised.</summary>
    public static readonly ProtectionLevel Anonymised = new(nameof(Anonymised), 4);

    /// <summary>Synthetic data generated to stand in for real data.</summary>
    public static readonly ProtectionLevel Synthetic = new(nameof(Synthetic), 5);

    private ProtectionLevel(string name, int value)
        : base(name, value)
    {
    }
}

using Ardalis.SmartEnum;

namespace AiContracts.Domain.Pricing;

/// <summary>How a partial package is billed.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class PackageRounding : SmartEnum<PackageRounding>
{
    /// <summary>Every started package is billed (round up).</summary>
    public static readonly PackageRounding StartedPackages = new(nameof(StartedPackages), 1);

    /// <summary>Only completed packages are billed (round down).</summary>
    public static readonly PackageRounding CompletedPackages = new(nameof(CompletedPackages), 2);

    private PackageRounding(string name, int value)
        : base(name, value)
    {
    }
}

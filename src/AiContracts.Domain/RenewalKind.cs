using Ardalis.SmartEnum;

namespace AiContracts.Domain;

/// <summary>How a contract renews at the end of a term.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class RenewalKind : SmartEnum<RenewalKind>
{
    /// <summary>The contract ends at the end of the term.</summary>
    public static readonly RenewalKind None = new(nameof(None), 1);

    /// <summary>The contract renews for the renewal period unless a party gives notice of non-renewal.</summary>
    public static readonly RenewalKind Automatic = new(nameof(Automatic), 2);

    /// <summary>The contract renews only if both parties agree in writing.</summary>
    public static readonly RenewalKind ByAgreement = new(nameof(ByAgreement), 3);

    private RenewalKind(string name, int value)
        : base(name, value)
    {
    }
}

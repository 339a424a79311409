using Ardalis.SmartEnum;

namespace AiContracts.Domain;

/// <summary>Which party holds a right or an obligation.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class PartyRole : SmartEnum<PartyRole>
{
    /// <summary>The customer.</summary>
    public static readonly PartyRole Customer = new(nameof(Customer), 1);

    /// <summary>The provider.</summary>
    public static readonly PartyRole Provider = new(nameof(Provider), 2);

    /// <summary>Either party.</summary>
    public static readonly PartyRole Either = new(nameof(Either), 3);

    private PartyRole(string name, int value)
        : base(name, value)
    {
    }
}

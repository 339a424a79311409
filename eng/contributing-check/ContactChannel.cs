using Ardalis.SmartEnum;

namespace AiContracts.Domain.Governance;

/// <summary>How a contact prefers to be reached.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class ContactChannel : SmartEnum<ContactChannel>
{
    /// <summary>By e-mail.</summary>
    public static readonly ContactChannel Email = new(nameof(Email), 1);

    /// <summary>By telephone.</summary>
    public static readonly ContactChannel Phone = new(nameof(Phone), 2);

    private ContactChannel(string name, int value)
        : base(name, value)
    {
    }
}

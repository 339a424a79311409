using Ardalis.SmartEnum;

namespace AiContracts.Domain.DataProcessing;

/// <summary>What an access role may do with data.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class AccessLevel : SmartEnum<AccessLevel>
{
    /// <summary>Read only.</summary>
    public static readonly AccessLevel Read = new(nameof(Read), 1);

    /// <summary>Read and change.</summary>
    public static readonly AccessLevel ReadWrite = new(nameof(ReadWrite), 2);

    /// <summary>Administer, including grant access and delete.</summary>
    public static readonly AccessLevel Administer = new(nameof(Administer), 3);

    private AccessLevel(string name, int value)
        : base(name, value)
    {
    }
}

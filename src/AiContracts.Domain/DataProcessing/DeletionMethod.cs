using Ardalis.SmartEnum;

namespace AiContracts.Domain.DataProcessing;

/// <summary>How data is deleted.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class DeletionMethod : SmartEnum<DeletionMethod>
{
    /// <summary>Destroying the keys of encrypted data.</summary>
    public static readonly DeletionMethod CryptographicErasure = new(nameof(CryptographicErasure), 1);

    /// <summary>Overwriting storage (for example NIST SP 800-88 clear or purge).</summary>
    public static readonly DeletionMethod SecureOverwrite = new(nameof(SecureOverwrite), 2);

    /// <summary>Destroying the storage media.</summary>
    public static readonly DeletionMethod PhysicalDestruction = new(nameof(PhysicalDestruction), 3);

    /// <summary>Deleting records through the application; backups may persist.</summary>
    public static readonly DeletionMethod LogicalDeletion = new(nameof(LogicalDeletion), 4);

    /// <summary>Returning the data to the customer, then deleting it.</summary>
    public static readonly DeletionMethod ReturnThenDelete = new(nameof(ReturnThenDelete), 5);

    private DeletionMethod(string name, int value)
        : base(name, value)
    {
    }
}

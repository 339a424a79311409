using Ardalis.SmartEnum;

namespace AiContracts.Domain;

/// <summary>Where a contract stands in its life cycle.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class ContractStatus : SmartEnum<ContractStatus>
{
    /// <summary>Being written; incomplete terms are expected.</summary>
    public static readonly ContractStatus Draft = new(nameof(Draft), 1);

    /// <summary>Sent to the other party for review.</summary>
    public static readonly ContractStatus Proposed = new(nameof(Proposed), 2);

    /// <summary>Terms are being negotiated.</summary>
    public static readonly ContractStatus UnderNegotiation = new(nameof(UnderNegotiation), 3);

    /// <summary>Signed by both parties, not yet in effect.</summary>
    public static readonly ContractStatus Signed = new(nameof(Signed), 4);

    /// <summary>In effect.</summary>
    public static readonly ContractStatus Active = new(nameof(Active), 5);

    /// <summary>In effect but with performance suspended.</summary>
    public static readonly ContractStatus Suspended = new(nameof(Suspended), 6);

    /// <summary>Ended before the end of its term.</summary>
    public static readonly ContractStatus Terminated = new(nameof(Terminated), 7);

    /// <summary>Ended at the end of its term without renewal.</summary>
    public static readonly ContractStatus Expired = new(nameof(Expired), 8);

    private ContractStatus(string name, int value)
        : base(name, value)
    {
    }
}

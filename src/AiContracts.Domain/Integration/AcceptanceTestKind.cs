using Ardalis.SmartEnum;

namespace AiContracts.Domain.Integration;

/// <summary>What an acceptance test case checks.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class AcceptanceTestKind : SmartEnum<AcceptanceTestKind>
{
    /// <summary>Functional behaviour of the interface.</summary>
    public static readonly AcceptanceTestKind Functional = new(nameof(Functional), 1);

    /// <summary>Latency and throughput under load.</summary>
    public static readonly AcceptanceTestKind Performance = new(nameof(Performance), 2);

    /// <summary>Model quality on an agreed evaluation set.</summary>
    public static readonly AcceptanceTestKind Quality = new(nameof(Quality), 3);

    /// <summary>Security controls.</summary>
    public static readonly AcceptanceTestKind Security = new(nameof(Security), 4);

    /// <summary>Behaviour under failures and overload.</summary>
    public static readonly AcceptanceTestKind Resilience = new(nameof(Resilience), 5);

    /// <summary>Compatibility with the customer's systems and versions.</summary>
    public static readonly AcceptanceTestKind Compatibility = new(nameof(Compatibility), 6);

    private AcceptanceTestKind(string name, int value)
        : base(name, value)
    {
    }
}

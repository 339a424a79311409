using Ardalis.SmartEnum;

namespace AiContracts.Domain.Integration;

/// <summary>The state of the sandboxed integration proof.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class SandboxProofStatus : SmartEnum<SandboxProofStatus>
{
    /// <summary>Not started.</summary>
    public static readonly SandboxProofStatus NotStarted = new(nameof(NotStarted), 1);

    /// <summary>Running.</summary>
    public static readonly SandboxProofStatus InProgress = new(nameof(InProgress), 2);

    /// <summary>All criteria met.</summary>
    public static readonly SandboxProofStatus Passed = new(nameof(Passed), 3);

    /// <summary>One or more criteria not met.</summary>
    public static readonly SandboxProofStatus Failed = new(nameof(Failed), 4);

    /// <summary>Waived by the customer.</summary>
    public static readonly SandboxProofStatus Waived = new(nameof(Waived), 5);

    private SandboxProofStatus(string name, int value)
        : base(name, value)
    {
    }
}

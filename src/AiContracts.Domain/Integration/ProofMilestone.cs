using Ardalis.SmartEnum;

namespace AiContracts.Domain.Integration;

/// <summary>The milestone a sandbox proof must pass before.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class ProofMilestone : SmartEnum<ProofMilestone>
{
    /// <summary>Before the contract is signed.</summary>
    public static readonly ProofMilestone Signing = new(nameof(Signing), 1);

    /// <summary>Before production use starts.</summary>
    public static readonly ProofMilestone GoLive = new(nameof(GoLive), 2);

    private ProofMilestone(string name, int value)
        : base(name, value)
    {
    }
}

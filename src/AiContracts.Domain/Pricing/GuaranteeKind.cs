using Ardalis.SmartEnum;

namespace AiContracts.Domain.Pricing;

/// <summary>What an upfront fee is tied to.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class GuaranteeKind : SmartEnum<GuaranteeKind>
{
    /// <summary>Nothing: the fee is due whatever happens.</summary>
    public static readonly GuaranteeKind None = new(nameof(None), 1);

    /// <summary>The fee is earned only when the acceptance tests pass.</summary>
    public static readonly GuaranteeKind AcceptanceTestsPassed = new(nameof(AcceptanceTestsPassed), 2);

    /// <summary>The fee is earned only when the sandbox proof passes.</summary>
    public static readonly GuaranteeKind SandboxProofPassed = new(nameof(SandboxProofPassed), 3);

    /// <summary>The fee is earned when a stated performance milestone is met.</summary>
    public static readonly GuaranteeKind PerformanceMilestone = new(nameof(PerformanceMilestone), 4);

    /// <summary>The fee is refundable if service levels are not attained.</summary>
    public static readonly GuaranteeKind SlaAttainment = new(nameof(SlaAttainment), 5);

    /// <summary>The fee is held in escrow or backed by a bond.</summary>
    public static readonly GuaranteeKind EscrowOrBond = new(nameof(EscrowOrBond), 6);

    private GuaranteeKind(string name, int value)
        : base(name, value)
    {
    }
}

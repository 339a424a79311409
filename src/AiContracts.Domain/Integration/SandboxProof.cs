using AiContracts.Domain.Internal;
using AiContracts.Domain.Primitives;
using NodaTime;

namespace AiContracts.Domain.Integration;

/// <summary>The sandboxed integration proof that must pass before a milestone.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record SandboxProof
{
    /// <summary>Whether a sandbox proof is required; null when the contract does not say.</summary>
    public bool? Required { get; init; }

    /// <summary>The milestone the proof must pass before.</summary>
    public ProofMilestone? RequiredBefore { get; init; }

    /// <summary>The sandbox environment, for example "customer staging tenant with synthetic data".</summary>
    public string? Environment { get; init; }

    /// <summary>The criteria the proof must meet.</summary>
    public ValueArray<string> Criteria { get; init; }

    /// <summary>Acceptance test cases run as part of the proof.</summary>
    public ValueArray<LocalId> AcceptanceTestIds { get; init; }

    /// <summary>Where the proof stands.</summary>
    public required SandboxProofStatus Status { get; init; }

    /// <summary>When the proof completed.</summary>
    public Instant? CompletedAt { get; init; }

    /// <summary>Where the evidence of the outcome is kept.</summary>
    public string? EvidenceReference { get; init; }

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(SandboxProof), PrintMembers);
}

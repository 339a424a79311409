using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Integration;

/// <summary>The integration clause group: interfaces, compatibility, acceptance tests and the sandbox proof.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record IntegrationTerms
{
    /// <summary>The documented interfaces.</summary>
    public ValueArray<InterfaceSpecification> Interfaces { get; init; }

    /// <summary>Versioning, compatibility and deprecation terms.</summary>
    public CompatibilityTerms? Compatibility { get; init; }

    /// <summary>The acceptance test cases.</summary>
    public ValueArray<AcceptanceTestCase> AcceptanceTests { get; init; }

    /// <summary>The sandboxed integration proof.</summary>
    public SandboxProof? SandboxProof { get; init; }
}

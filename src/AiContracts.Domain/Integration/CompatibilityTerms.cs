using NodaTime;

namespace AiContracts.Domain.Integration;

/// <summary>Versioning, compatibility and deprecation terms.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record CompatibilityTerms
{
    /// <summary>How versions are numbered.</summary>
    public VersioningScheme? Versioning { get; init; }

    /// <summary>How long before a breaking change the provider must announce it.</summary>
    public Period? BreakingChangeNotice { get; init; }

    /// <summary>How long before a version is withdrawn the provider must announce it.</summary>
    public Period? DeprecationNotice { get; init; }

    /// <summary>How long a deprecated version keeps working.</summary>
    public Period? SupportAfterDeprecation { get; init; }

    /// <summary>The backward-compatibility commitment in the contract's words.</summary>
    public string? BackwardCompatibility { get; init; }
}

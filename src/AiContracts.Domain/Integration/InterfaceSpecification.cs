using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Integration;

/// <summary>A documented interface of the AI system.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record InterfaceSpecification
{
    /// <summary>The interface's identifier.</summary>
    public required LocalId Id { get; init; }

    /// <summary>The interface's name.</summary>
    public required string Name { get; init; }

    /// <summary>How the interface is specified.</summary>
    public required InterfaceKind Kind { get; init; }

    /// <summary>Where the specification is: a URL or a document reference.</summary>
    public string? SpecificationReference { get; init; }

    /// <summary>The version of the specification the contract covers.</summary>
    public string? Version { get; init; }

    /// <summary>What the interface does.</summary>
    public string? Description { get; init; }
}

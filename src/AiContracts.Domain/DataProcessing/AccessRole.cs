namespace AiContracts.Domain.DataProcessing;

/// <summary>A role that may access a category of data.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record AccessRole
{
    /// <summary>The role, for example "Provider support engineer".</summary>
    public required string Role { get; init; }

    /// <summary>Who holds the role.</summary>
    public required AccessHolder Holder { get; init; }

    /// <summary>What the role may do with the data.</summary>
    public AccessLevel? Level { get; init; }

    /// <summary>Why the role needs access.</summary>
    public string? Purpose { get; init; }
}

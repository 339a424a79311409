namespace AiContracts.Domain;

/// <summary>The two parties of a contract.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record ContractParties
{
    /// <summary>The organisation buying or consuming the AI deployment.</summary>
    public required Party Customer { get; init; }

    /// <summary>The organisation or department providing it.</summary>
    public required Party Provider { get; init; }

    /// <summary>Whether the provider is an internal department, an external supplier or a SaaS platform.</summary>
    public required ProviderKind ProviderKind { get; init; }
}

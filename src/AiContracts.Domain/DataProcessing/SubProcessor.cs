using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.DataProcessing;

/// <summary>A sub-processor the provider engages.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record SubProcessor
{
    /// <summary>The sub-processor's identifier within the contract.</summary>
    public required LocalId Id { get; init; }

    /// <summary>The sub-processor's legal name.</summary>
    public required string Name { get; init; }

    /// <summary>What it does for the provider, for example "GPU hosting".</summary>
    public string? Service { get; init; }

    /// <summary>Where it processes data: ISO 3166-1 alpha-2 codes or named regions.</summary>
    public ValueArray<string> Locations { get; init; }

    /// <summary>The data categories it receives.</summary>
    public ValueArray<DataCategory> DataCategories { get; init; }
}

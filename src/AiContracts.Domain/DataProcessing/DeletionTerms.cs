using NodaTime;

namespace AiContracts.Domain.DataProcessing;

/// <summary>How and by when data is deleted.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record DeletionTerms
{
    /// <summary>How soon after the end of retention (or of the contract) deletion is complete.</summary>
    public Period? Deadline { get; init; }

    /// <summary>How the data is deleted.</summary>
    public DeletionMethod? Method { get; init; }

    /// <summary>Whether the provider certifies the deletion in writing; null when the contract does not say.</summary>
    public bool? Certificate { get; init; }

    /// <summary>Whether backups are deleted within the same deadline; null when the contract does not say.</summary>
    public bool? IncludesBackups { get; init; }
}

using AiContracts.Domain.Primitives;
using AiContracts.Domain.Systems;
using NodaTime;

namespace AiContracts.Domain.Exit;

/// <summary>Ownership and handover of model artifacts made for the customer.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record ModelArtifactTerms
{
    /// <summary>Who owns the artifacts.</summary>
    public ArtifactOwnership? Ownership { get; init; }

    /// <summary>The artifacts handed over.</summary>
    public ValueArray<ArtifactKind> Artifacts { get; init; }

    /// <summary>The formats model weights are handed over in.</summary>
    public ValueArray<ModelFormat> Formats { get; init; }

    /// <summary>How soon after termination (or on request) the handover is complete.</summary>
    public Period? HandoverDeadline { get; init; }

    /// <summary>The AI systems the terms cover; empty for all customised systems.</summary>
    public ValueArray<LocalId> AiSystemIds { get; init; }
}

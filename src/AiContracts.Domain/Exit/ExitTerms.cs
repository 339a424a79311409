using AiContracts.Domain.DataProcessing;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Exit;

/// <summary>The exit clause group: termination, transition, portability, model artifacts and knowledge transfer.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record ExitTerms
{
    /// <summary>The rights to terminate.</summary>
    public ValueArray<TerminationRight> TerminationRights { get; init; }

    /// <summary>Help from the provider in moving to a successor.</summary>
    public TransitionAssistance? TransitionAssistance { get; init; }

    /// <summary>What data the customer gets back, in which formats, by when.</summary>
    public DataPortability? DataPortability { get; init; }

    /// <summary>Who owns model artifacts and how they are handed over.</summary>
    public ModelArtifactTerms? ModelArtifacts { get; init; }

    /// <summary>Knowledge transfer to the customer's internal teams.</summary>
    public KnowledgeTransfer? KnowledgeTransfer { get; init; }

    /// <summary>Deletion of the customer's data after exit.</summary>
    public DeletionTerms? PostExitDeletion { get; init; }
}

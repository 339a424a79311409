using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Computations.ServiceCredits;

/// <summary>The chronic-breach status of every objective that has chronic-breach terms, over a history of evaluations.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record ChronicBreachAssessment
{
    /// <summary>The contract assessed.</summary>
    public required ContractId ContractId { get; init; }

    /// <summary>One status per objective with chronic-breach terms, in the contract's order.</summary>
    public ValueArray<ChronicBreachStatus> Objectives { get; init; }

    /// <summary>Findings about the history, such as two evaluations of the same period.</summary>
    public ValueArray<Diagnostic> Diagnostics { get; init; }
}

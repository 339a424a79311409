using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Computations.ServiceCredits;

/// <summary>The evaluation of a contract's service level objectives for one period.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record SlaEvaluation
{
    /// <summary>The contract evaluated.</summary>
    public required ContractId ContractId { get; init; }

    /// <summary>The period evaluated.</summary>
    public required ComputationPeriod Period { get; init; }

    /// <summary>One result per objective of the contract, in the contract's order.</summary>
    public ValueArray<ObjectiveEvaluation> Objectives { get; init; }

    /// <summary>Findings about the input: unknown KPIs, negative counts, missing measurements, a period outside the term.</summary>
    public ValueArray<Diagnostic> Diagnostics { get; init; }

    /// <summary>Whether there are no error findings.</summary>
    public bool IsComplete => !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}

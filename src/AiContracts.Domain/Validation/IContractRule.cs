using AiContracts.Domain.Diagnostics;

namespace AiContracts.Domain.Validation;

/// <summary>
/// A business rule: a small, pure, thread-safe check of a contract that yields a finding for each problem, with a
/// JSON Pointer to the element (the same pointer a user sees in the contract's JSON, since lists keep their order).
/// </summary>
public interface IContractRule
{
    /// <summary>The rule's identifier, carried by its findings as <see cref="Diagnostic.Rule"/>.</summary>
    string Id { get; }

    /// <summary>Checks a contract.</summary>
    /// <param name="contract">The contract, possibly an incomplete draft.</param>
    /// <returns>Every finding, in any order; none when the contract passes.</returns>
    IEnumerable<Diagnostic> Evaluate(AiContract contract);
}

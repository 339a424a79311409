using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>
/// What every built-in clause rule shares: the argument is checked when <see cref="Evaluate"/> is called, not when its
/// findings are enumerated, and a rule only says what its clause is and how to find its problems.
/// </summary>
internal abstract class ClauseRule : IClauseRule
{
    /// <inheritdoc />
    public abstract string Id { get; }

    /// <inheritdoc />
    public abstract string Title { get; }

    /// <inheritdoc />
    public abstract string Area { get; }

    /// <inheritdoc />
    public abstract ValueArray<DiagnosticDescriptor> Descriptors { get; }

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Evaluate(AiContract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return Findings(contract);
    }

    /// <summary>The findings of a contract that is not null.</summary>
    /// <param name="contract">The contract.</param>
    /// <returns>Every finding, in any order.</returns>
    protected abstract IEnumerable<Diagnostic> Findings(AiContract contract);
}

using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation;

/// <summary>
/// A business rule that checks one clause of a contract (for example "every KPI is measurable"), so that a
/// <see cref="CompletenessReport"/> can say whether the clause is present, missing, or present but deficient.
/// </summary>
public interface IClauseRule : IContractRule
{
    /// <summary>The clause the rule checks, as a reviewer would name it, for example "Every KPI is measurable".</summary>
    string Title { get; }

    /// <summary>The clause group: service levels, data, integration, pricing, exit or governance.</summary>
    string Area { get; }

    /// <summary>The codes the rule can emit.</summary>
    ValueArray<DiagnosticDescriptor> Descriptors { get; }
}

using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation;

/// <summary>One clause of a completeness report: what it is, whether it is present, missing or deficient, and why.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record ClauseResult
{
    /// <summary>The identifier of the rule that checks the clause, for example <c>retention</c>.</summary>
    public required string RuleId { get; init; }

    /// <summary>The clause, as a reviewer would name it.</summary>
    public required string Title { get; init; }

    /// <summary>The clause group: service levels, data, integration, pricing, exit, governance, or references and custom for other rules.</summary>
    public required string Area { get; init; }

    /// <summary>Whether the clause is present, missing, or present but deficient.</summary>
    public required ClauseStatus Status { get; init; }

    /// <summary>
    /// The findings of the clause's rule, each with its pointer and reason: those behind the status, and those that do not
    /// count under the <see cref="CompletenessOptions"/> (warnings by default, infos always), so a present clause may list some.
    /// </summary>
    public ValueArray<Diagnostic> Findings { get; init; }
}

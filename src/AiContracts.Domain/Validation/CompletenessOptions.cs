namespace AiContracts.Domain.Validation;

/// <summary>How a completeness check (<see cref="CompletenessReport.Create(AiContract, Playbook, CompletenessOptions)"/>) counts a clause's findings.</summary>
/// <remarks>
/// A clause is deficient (or missing) because of the findings that count; the others stay in
/// <see cref="ClauseResult.Findings"/> as advice on a clause that is present. By default only errors count, as only
/// errors make a <see cref="Diagnostics.ValidationReport"/> invalid. A playbook with
/// <see cref="Playbook.AllFindingsAreErrors"/> (such as <see cref="Playbook.Strict"/>) or with severity overrides decides
/// the severities first. Thread safety: immutable; safe to share across threads.
/// </remarks>
public sealed record CompletenessOptions
{
    /// <summary>The default options: only errors make a clause deficient or missing.</summary>
    public static CompletenessOptions Default { get; } = new();

    /// <summary>Whether a warning makes its clause deficient (or missing, when it says the clause is absent), as an error does.</summary>
    /// <value>False by default: a clause with warnings only is present. Infos never count.</value>
    public bool WarningsMakeClausesDeficient { get; init; }
}

using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation;

/// <summary>
/// A contract checked against a playbook clause by clause: each clause present, missing, or present but deficient,
/// with the pointer and the reason, and the counts. What an integration test asserts on and what a reviewer reads.
/// </summary>
/// <remarks>
/// Only the findings that count decide a clause's status: errors, and warnings too when
/// <see cref="CompletenessOptions.WarningsMakeClausesDeficient"/> is set (infos never count). A clause is missing when
/// one of them says the clause is absent altogether (for example AIC6003, no audit rights), deficient when it has others,
/// and present when it has none; a present clause still lists the findings that do not count. Thread safety: immutable;
/// safe to share across threads.
/// </remarks>
public sealed record CompletenessReport
{
    /// <summary>The contract's identifier.</summary>
    public required ContractId ContractId { get; init; }

    /// <summary>The playbook's name.</summary>
    public required string Playbook { get; init; }

    /// <summary>The playbook's version.</summary>
    public required string PlaybookVersion { get; init; }

    /// <summary>Every clause of the playbook, in the order its rules run.</summary>
    public ValueArray<ClauseResult> Clauses { get; init; }

    /// <summary>The number of clauses present without findings.</summary>
    public int PresentCount => Clauses.Count(c => c.Status == ClauseStatus.Present);

    /// <summary>The number of missing clauses.</summary>
    public int MissingCount => Clauses.Count(c => c.Status == ClauseStatus.Missing);

    /// <summary>The number of clauses present but deficient.</summary>
    public int DeficientCount => Clauses.Count(c => c.Status == ClauseStatus.Deficient);

    /// <summary>Whether every clause is present without findings.</summary>
    public bool IsComplete => Clauses.All(c => c.Status == ClauseStatus.Present);

    /// <summary>Checks a contract against a playbook with the <see cref="CompletenessOptions.Default">default options</see>: only errors make a clause deficient or missing.</summary>
    /// <param name="contract">The contract.</param>
    /// <param name="playbook">The playbook.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static CompletenessReport Create(AiContract contract, Playbook playbook) => Create(contract, playbook, CompletenessOptions.Default);

    /// <summary>Checks a contract against a playbook.</summary>
    /// <param name="contract">The contract.</param>
    /// <param name="playbook">The playbook.</param>
    /// <param name="options">Which findings make a clause deficient or missing.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static CompletenessReport Create(AiContract contract, Playbook playbook, CompletenessOptions options)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(playbook);
        ArgumentNullException.ThrowIfNull(options);
        var findings = playbook.CreateValidator().Evaluate(contract).ToLookup(d => d.Rule ?? string.Empty, StringComparer.Ordinal);
        var clauses = playbook.CreateRules().Select(rule =>
        {
            var own = findings[rule.Id].ToList();
            var counting = own.Where(d => d.Severity == DiagnosticSeverity.Error || (options.WarningsMakeClausesDeficient && d.Severity == DiagnosticSeverity.Warning)).ToList();
            var status = counting.Count == 0 ? ClauseStatus.Present
                : counting.Any(d => DiagnosticCatalogue.MissingClauseCodes.Contains(d.Code)) ? ClauseStatus.Missing
                : ClauseStatus.Deficient;
            return new ClauseResult
            {
                RuleId = rule.Id,
                Title = (rule as IClauseRule)?.Title ?? rule.Id,
                Area = (rule as IClauseRule)?.Area ?? (rule is Rules.ReferencesRule ? "references" : "custom"),
                Status = status,
                Findings = ValueArray.From(own),
            };
        });

        return new CompletenessReport
        {
            ContractId = contract.Id,
            Playbook = playbook.Name,
            PlaybookVersion = playbook.Version,
            Clauses = ValueArray.From(clauses),
        };
    }

    /// <summary>One line per clause that is not present (status, title, then each finding's pointer and reason), then the counts.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Join(
            Environment.NewLine,
            Clauses.Where(c => c.Status != ClauseStatus.Present)
                .SelectMany(c => new[] { $"{c.Status.Name.ToLowerInvariant()}: {c.Title} ({c.RuleId})" }
                    .Concat(c.Findings.Select(d => $"  {d.Code} at {(d.Pointer.Length == 0 ? "/" : d.Pointer)}: {d.Message}")))
                .Append($"{PresentCount} present, {MissingCount} missing, {DeficientCount} deficient of {Clauses.Count} clauses ({Playbook} {PlaybookVersion})"));
}

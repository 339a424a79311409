using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation;

/// <summary>
/// A named, versioned set of rules with severities and parameters: which clauses a contract must have and how strict
/// the checks are. Built in: <see cref="AiDeploymentBaseline"/> (the six failures of AI-deployment contracts),
/// <see cref="GdprArticle28"/> (what GDPR Art. 28(3) requires of a processor contract) and <see cref="Strict"/>
/// (every rule, every finding an error), and <see cref="None"/> (no policy). Every validator runs the integrity checks
/// (<see cref="ContractIntegrity"/>) before a playbook's rules, whatever the playbook. Make your own with an object
/// initializer or <c>with</c>.
/// </summary>
/// <remarks>
/// Built-in rules are named by identifier (<see cref="BuiltInRules.Ids"/>) and built with the playbook's
/// <see cref="Parameters"/>, so <c>playbook with { Parameters = ... }</c> changes the thresholds of every rule.
/// Thread safety: immutable; safe to share across threads (as are the validators it creates, when its custom rules are).
/// </remarks>
public sealed record Playbook
{
    private static readonly string[] BaselineRuleIds = [.. BuiltInRules.Ids.Where(id => !id.StartsWith("gdpr-", StringComparison.Ordinal))];

    private static readonly string[] GdprRuleIds = ["references", .. BuiltInRules.Ids.Where(id => id.StartsWith("gdpr-", StringComparison.Ordinal))];

    /// <summary>The playbook's name, for example <c>ai-deployment-baseline</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The playbook's version, for example <c>1.0</c>.</summary>
    public required string Version { get; init; }

    /// <summary>What the playbook is for; null when not stated.</summary>
    public string? Description { get; init; }

    /// <summary>The thresholds its built-in rules read.</summary>
    public PlaybookParameters Parameters { get; init => field = value ?? PlaybookParameters.Default; } = PlaybookParameters.Default;

    /// <summary>The built-in rules it runs, by identifier, in this order.</summary>
    public ValueArray<string> RuleIds { get; init; }

    /// <summary>Rules of your own, run after the built-in ones.</summary>
    public ValueArray<IContractRule> CustomRules { get; init; }

    /// <summary>Severities that replace the default severity of a code.</summary>
    public ValueArray<SeverityOverride> Severities { get; init; }

    /// <summary>Whether every finding is an error, whatever its code's severity.</summary>
    public bool AllFindingsAreErrors { get; init; }

    /// <summary>
    /// The six failures of AI-deployment contracts: unmeasurable expectations, opaque data handling, underestimated
    /// integration, open-ended pricing, lock-in and no transparency; every built-in rule with its default severity.
    /// </summary>
    public static Playbook AiDeploymentBaseline { get; } = new()
    {
        Name = "ai-deployment-baseline",
        Version = "1.0",
        Description = "The six failures of AI-deployment contracts: unmeasurable expectations, opaque data handling, underestimated integration, open-ended pricing, lock-in and no transparency.",
        RuleIds = ValueArray.From(BaselineRuleIds),
    };

    /// <summary>
    /// What GDPR Art. 28(3) requires of a contract with a processor, checked when a data category holds personal data:
    /// the description of the processing (subject matter, duration, nature, purpose, types of personal data, categories
    /// of data subjects) and points (a) to (h): documented instructions, confidentiality, security measures,
    /// sub-processor conditions, assistance with data-subject rights, assistance with Arts. 32 to 36, deletion or return
    /// at the end, information and audits.
    /// </summary>
    public static Playbook GdprArticle28 { get; } = new()
    {
        Name = "gdpr-article-28",
        Version = "1.0",
        Description = "The description of processing and points (a) to (h) that GDPR Art. 28(3) requires of a contract with a processor.",
        RuleIds = ValueArray.From(GdprRuleIds),
    };

    /// <summary>Every built-in rule (those of <see cref="AiDeploymentBaseline"/> and <see cref="GdprArticle28"/>), every finding an error.</summary>
    public static Playbook Strict { get; } = AiDeploymentBaseline with
    {
        Name = "strict",
        Description = "Every built-in rule; every finding, warnings included, is an error.",
        RuleIds = ValueArray.From(BuiltInRules.Ids),
        AllFindingsAreErrors = true,
    };

    /// <summary>
    /// No policy: its validator runs the structure and integrity checks only (<see cref="ContractIntegrity"/>), which every
    /// validator runs whatever its playbook.
    /// </summary>
    public static Playbook None { get; } = new()
    {
        Name = "none",
        Version = "1.0",
        Description = "No policy: structure and integrity only (references, credit bands, tiers, currencies, periods and limits the calculators apply).",
    };

    /// <summary>The built-in playbooks: <see cref="AiDeploymentBaseline"/> (the default everywhere), <see cref="GdprArticle28"/>, <see cref="Strict"/> and <see cref="None"/>.</summary>
    public static IReadOnlyList<Playbook> BuiltIn => [AiDeploymentBaseline, GdprArticle28, Strict, None];

    /// <summary>Creates the playbook's rules: its built-in rules built with its parameters, then its custom rules.</summary>
    /// <returns>The rules, in the order they run, with their own severities.</returns>
    /// <exception cref="InvalidOperationException">A rule identifier is not a built-in rule's (the message names every such identifier and the known ones).</exception>
    public IReadOnlyList<IContractRule> CreateRules()
    {
        var unknown = RuleIds.Where(id => !BuiltInRules.Contains(id)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"Playbook '{Name}' names {string.Join(", ", unknown.Select(id => $"'{id}'"))}, which {(unknown.Count == 1 ? "is not a built-in rule" : "are not built-in rules")}; expected one of {string.Join(", ", BuiltInRules.Ids)}."));
        }

        return [.. RuleIds.Select(id => BuiltInRules.Create(id, Parameters)), .. CustomRules.Where(r => r is not null)];
    }

    /// <summary>Creates a validator that runs the playbook's rules with its severities.</summary>
    /// <returns>The validator; create it once and share it (it is thread-safe when the custom rules are).</returns>
    /// <exception cref="InvalidOperationException">A rule identifier is not a built-in rule's.</exception>
    public ContractValidator CreateValidator()
    {
        var severities = Severities.Where(s => s is not null).GroupBy(s => s.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Severity, StringComparer.Ordinal);
        var rules = CreateRules();
        return severities.Count == 0 && !AllFindingsAreErrors
            ? new ContractValidator(rules)
            : new ContractValidator(rules.Select(r => new SeverityRule(r, severities, AllFindingsAreErrors)), AllFindingsAreErrors);
    }

    /// <summary>Checks a contract clause by clause.</summary>
    /// <param name="contract">The contract.</param>
    /// <returns>Each clause of the playbook: present, missing, or present but deficient, with the findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contract"/> is null.</exception>
    public CompletenessReport CheckCompleteness(AiContract contract) => CompletenessReport.Create(contract, this);

    /// <summary>A rule whose findings take the playbook's severities.</summary>
    private sealed class SeverityRule(IContractRule inner, Dictionary<string, DiagnosticSeverity> severities, bool allErrors) : IContractRule
    {
        public string Id => inner.Id;

        public IEnumerable<Diagnostic> Evaluate(AiContract contract) =>
            inner.Evaluate(contract).Select(d => severities.TryGetValue(d.Code, out var severity)
                ? d with { Severity = allErrors ? DiagnosticSeverity.Error : severity }
                : allErrors && d.Severity != DiagnosticSeverity.Error ? d with { Severity = DiagnosticSeverity.Error } : d);
    }
}

using AiContracts.Domain.Validation;
using Microsoft.Extensions.Options;

namespace AiContracts.Extensions.DependencyInjection;

/// <summary>Checks the options when the host starts: the playbook exists, its rules are built-in, nothing is null.</summary>
internal sealed class AiContractsOptionsValidator : IValidateOptions<AiContractsOptions>
{
    public ValidateOptionsResult Validate(string? name, AiContractsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.Playbooks.Any(p => p is null))
        {
            failures.Add("AiContractsOptions.Playbooks contains null.");
        }

        if (options.Rules.Any(r => r is null))
        {
            failures.Add("AiContractsOptions.Rules contains null.");
        }

        if (options.Validation is null)
        {
            failures.Add("AiContractsOptions.Validation is null.");
        }

        foreach (var duplicate in options.Playbooks.Where(p => p is not null).GroupBy(p => p.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            failures.Add($"AiContractsOptions.Playbooks has {duplicate.Count()} playbooks named '{duplicate.Key}'.");
        }

        foreach (var playbook in options.Playbooks.Where(p => p is not null))
        {
            foreach (var id in playbook.RuleIds.Where(id => !BuiltInRules.Contains(id)))
            {
                failures.Add($"Playbook '{playbook.Name}' names '{id}', which is not a built-in rule; expected one of {string.Join(", ", BuiltInRules.Ids)}.");
            }
        }

        if (Find(options) is null)
        {
            failures.Add($"AiContractsOptions.Playbook is '{options.Playbook}', which is neither a built-in playbook nor a registered one; expected one of {string.Join(", ", Names(options))}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    internal static Playbook? Find(AiContractsOptions options) =>
        options.Playbooks.LastOrDefault(p => p is not null && p.Name == options.Playbook) ?? Playbook.BuiltIn.FirstOrDefault(p => p.Name == options.Playbook);

    private static IEnumerable<string> Names(AiContractsOptions options) =>
        Playbook.BuiltIn.Select(p => p.Name).Concat(options.Playbooks.Where(p => p is not null).Select(p => p.Name)).Distinct(StringComparer.Ordinal);
}

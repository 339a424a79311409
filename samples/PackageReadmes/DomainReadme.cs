using AiContracts.Domain;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.Validation;

/// <summary>The snippets of src/AiContracts.Domain/README.md.</summary>
internal static class DomainReadme
{
    /// <summary>Builds a draft contract.</summary>
    /// <returns>The contract.</returns>
    internal static AiContract Build()
    {
        // begin-snippet: domain-build
        var contract = new AiContract
        {
            Id = ContractId.From("ACME-LLM-2026-001"),
            Title = "Support assistant: hosted LLM API",
            Status = ContractStatus.Draft,
        };
        // end-snippet
        return contract;
    }

    /// <summary>Checks a contract against playbooks.</summary>
    /// <param name="contract">The contract.</param>
    internal static void Check(AiContract contract)
    {
        // begin-snippet: domain-playbooks
        ValidationReport report = Playbook.AiDeploymentBaseline.CreateValidator().Validate(contract);
        CompletenessReport clauses = Playbook.GdprArticle28.CheckCompleteness(contract);
        // end-snippet
        Console.WriteLine($"{report.Diagnostics.Count} finding(s); {clauses.MissingCount} clause(s) missing");
    }
}

using System.Globalization;
using AiContracts.Domain;
using AiContracts.Domain.Computations.Invoicing;
using AiContracts.Domain.Validation;
using AiContracts.Reporting;

/// <summary>The snippet of src/AiContracts.Reporting/README.md.</summary>
internal static class ReportingReadme
{
    /// <summary>Writes a contract's Markdown term sheet and its HTML page.</summary>
    /// <param name="contract">The contract.</param>
    /// <param name="usage">A month's usage, or null.</param>
    internal static void Write(AiContract contract, UsageStatement? usage)
    {
        // begin-snippet: reporting
        File.WriteAllText("contract.md", ContractReport.ToMarkdown(contract));   // term sheet, findings, checklist
        File.WriteAllText("contract.html", ContractReport.ToHtml(contract, new ReportOptions
        {
            Playbook = Playbook.Strict,                       // whose findings and checklist (default: ai-deployment-baseline)
            Usage = usage,                                    // optional: the period's invoice
            Culture = CultureInfo.GetCultureInfo("de-DE"),    // default: invariant, ISO dates
        }));
        // end-snippet
    }
}

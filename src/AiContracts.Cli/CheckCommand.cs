using System.CommandLine;
using System.Globalization;
using AiContracts.Domain.Validation;
using AiContracts.Json;

namespace AiContracts.Cli;

/// <summary><c>aicontracts check</c>: the completeness report of a contract against a playbook, clause by clause.</summary>
internal static class CheckCommand
{
    internal static Command Create(CliConsole console)
    {
        var file = new Argument<string>("contract") { Description = "The contract file." };
        var playbook = new Option<string>("--playbook", "-p") { Description = "A built-in playbook (ai-deployment-baseline, gdpr-article-28, strict) or a JSON playbook file.", Required = true };
        var format = new Option<string>("--format", "-f") { Description = "The report's format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var warnings = new Option<bool>("--warnings-deficient") { Description = "Warnings make a clause deficient, as errors do (by default a clause with warnings only is present)." };
        var command = new Command("check", "Reports each clause a playbook requires as present, missing or deficient (exit code 1 unless complete).") { file, playbook, format, warnings };
        command.SetAction(parse => Execute(
            console,
            parse.GetValue(file)!,
            CommandSupport.LoadPlaybook(parse.GetValue(playbook)!),
            parse.GetValue(format)!,
            new CompletenessOptions { WarningsMakeClausesDeficient = parse.GetValue(warnings) }));
        return command;
    }

    private static int Execute(CliConsole console, string path, Playbook playbook, string format, CompletenessOptions options)
    {
        // The playbook's rules run in the pipeline too, so that each finding has its line and column.
        var (report, contract) = CommandSupport.ReadContract(path, new ContractDocumentValidator(rules: playbook.CreateValidator()));
        if (contract is null)
        {
            CommandSupport.Write(console.Out, path, report.Diagnostics);
            console.Error.WriteLine($"aicontracts: '{path}' is not a valid contract document; fix the findings above first.");
            return ExitCodes.Findings;
        }

        var completeness = CompletenessReport.Create(contract, playbook, options);
        if (format == "json")
        {
            console.Out.WriteLine(CompletenessReportJson.Serialize(completeness));
            return completeness.IsComplete ? ExitCodes.Success : ExitCodes.Findings;
        }

        var positions = report.Diagnostics.Where(d => d.Line is not null).GroupBy(d => (d.Code, d.Pointer)).ToDictionary(g => g.Key, g => g.First());
        console.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{path} against {completeness.Playbook} {completeness.PlaybookVersion}: {completeness.PresentCount} present, {completeness.MissingCount} missing, {completeness.DeficientCount} deficient."));
        foreach (var clause in completeness.Clauses)
        {
            console.Out.WriteLine($"{clause.Status.Name.ToLowerInvariant(),-10} {clause.RuleId} ({clause.Area}): {clause.Title}");
            foreach (var finding in clause.Findings)
            {
                var located = positions.TryGetValue((finding.Code, finding.Pointer), out var withPosition) ? withPosition : finding;
                console.Out.WriteLine("           " + CommandSupport.Format(path, located));
            }
        }

        return completeness.IsComplete ? ExitCodes.Success : ExitCodes.Findings;
    }
}

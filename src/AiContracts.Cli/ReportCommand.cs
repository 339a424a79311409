using System.CommandLine;
using System.Globalization;
using System.Text;
using AiContracts.Domain.Computations.Invoicing;
using AiContracts.Domain.Computations.ServiceCredits;
using AiContracts.Json;
using AiContracts.Reporting;

namespace AiContracts.Cli;

/// <summary>
/// <c>aicontracts report</c>: a contract as a Markdown term sheet or one self-contained HTML page with charts, with the
/// findings and completeness checklist of a playbook, and optionally a period's credits and invoice.
/// </summary>
internal static class ReportCommand
{
    internal static Command Create(CliConsole console)
    {
        var contract = new Argument<string>("contract") { Description = "The contract file." };
        var playbook = new Option<string>("--playbook", "-p") { Description = "The playbook whose findings and checklist the report shows: a built-in name or a JSON playbook file.", DefaultValueFactory = _ => "ai-deployment-baseline" };
        var measurements = new Option<string?>("--measurements", "-m") { Description = "A period's measurements: the report shows attainment and service credits." };
        var usage = new Option<string?>("--usage", "-u") { Description = "A billing period's usage: the report shows the invoice." };
        var format = new Option<string>("--format", "-f") { Description = "The report's format.", DefaultValueFactory = _ => "markdown" };
        format.AcceptOnlyFromAmong("markdown", "html");
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write the report to this file instead of standard output." };
        var culture = new Option<string?>("--culture", "-c") { Description = "Format numbers, money and dates in this culture (for example de-DE); by default invariant, with ISO dates." };
        var command = new Command("report", "Writes a report people read: the term sheet by clause group, the playbook's findings and the completeness checklist, as Markdown or as one HTML page with charts.")
        {
            contract, playbook, measurements, usage, format, output, culture,
        };
        command.SetAction(parse => Execute(
            console,
            parse.GetValue(contract)!,
            parse.GetValue(playbook)!,
            parse.GetValue(measurements),
            parse.GetValue(usage),
            parse.GetValue(format)!,
            parse.GetValue(output),
            parse.GetValue(culture)));
        return command;
    }

    private static int Execute(CliConsole console, string path, string playbookName, string? measurementsPath, string? usagePath, string format, FileInfo? output, string? cultureName)
    {
        var options = new ReportOptions { Playbook = CommandSupport.LoadPlaybook(playbookName), Culture = Culture(cultureName) };
        var (report, contract) = CommandSupport.ReadContract(path, new ContractDocumentValidator(rules: options.Playbook.CreateValidator()));
        if (contract is null)
        {
            CommandSupport.Write(console.Error, path, report.Diagnostics);
            console.Error.WriteLine($"aicontracts: '{path}' is not a valid contract document; fix the findings above first.");
            return ExitCodes.Findings;
        }

        if (measurementsPath is not null)
        {
            var (value, findings) = CommandSupport.ReadInput<SlaMeasurements>(measurementsPath);
            CommandSupport.Write(console.Error, measurementsPath, findings);
            if (value is null)
            {
                return ExitCodes.Findings;
            }

            options = options with { Measurements = value };
        }

        if (usagePath is not null)
        {
            var (value, findings) = CommandSupport.ReadInput<UsageStatement>(usagePath);
            CommandSupport.Write(console.Error, usagePath, findings);
            if (value is null)
            {
                return ExitCodes.Findings;
            }

            options = options with { Usage = value };
        }

        // The report shows the playbook's findings itself: a contract with findings still gets its report (exit code 0);
        // `aicontracts validate` is the gate for CI.
        var text = format == "html" ? ContractReport.ToHtml(contract, options) : ContractReport.ToMarkdown(contract, options);
        if (output is null)
        {
            console.Out.Write(text);
            return ExitCodes.Success;
        }

        try
        {
            File.WriteAllText(output.FullName, text, new UTF8Encoding(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write '{output}': {e.Message}", e);
        }

        return ExitCodes.Success;
    }

    /// <exception cref="CliException">The name is not a culture this machine knows.</exception>
    private static CultureInfo? Culture(string? name)
    {
        if (name is null)
        {
            return null;
        }

        try
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            throw new CliException($"'{name}' is not a culture this machine knows (for example en-GB, de-DE, fr-FR; leave --culture out for the invariant culture).");
        }
    }
}

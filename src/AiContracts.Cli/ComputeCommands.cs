using System.CommandLine;
using System.Globalization;
using AiContracts.Domain;
using AiContracts.Domain.Computations.Invoicing;
using AiContracts.Domain.Computations.ServiceCredits;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.Validation;
using AiContracts.Json;

namespace AiContracts.Cli;

/// <summary><c>aicontracts evaluate</c> and <c>aicontracts price</c>: service credits from measurements, invoices from usage.</summary>
internal static class ComputeCommands
{
    /// <summary>Structure and integrity (the <c>none</c> playbook): what a computation needs of a contract.</summary>
    private static readonly ContractDocumentValidator Computable = new(rules: Playbook.None.CreateValidator());

    internal static Command Evaluate(CliConsole console)
    {
        var contract = new Argument<string>("contract") { Description = "The contract file." };
        var measurements = new Option<string>("--measurements", "-m") { Description = "The period's measurements (JSON, see docs/computations.md).", Required = true };
        var usage = new Option<string?>("--usage", "-u") { Description = "The period's usage, for credits on the fees of the affected service." };
        var format = Format();
        var command = new Command("evaluate", "Evaluates the service level objectives for a period's measurements: attainment, breach, credit band and credit.") { contract, measurements, usage, format };
        command.SetAction(parse => Run(console, parse.GetValue(contract)!, parse.GetValue(format)!, c =>
        {
            var m = Read<SlaMeasurements>(console, parse.GetValue(measurements)!);
            var u = parse.GetValue(usage) is { } usagePath ? Read<UsageStatement>(console, usagePath) : null;
            if (m is null || (u is null && parse.GetValue(usage) is not null))
            {
                return null;
            }

            var evaluation = SlaEvaluator.Evaluate(c, m, u);
            var files = Files(parse.GetValue(contract)!, (DocumentKind.Measurements, parse.GetValue(measurements)), (DocumentKind.Usage, parse.GetValue(usage)));
            return (evaluation.Diagnostics, ComputationJson.Serialize(evaluation), Text(evaluation, files));
        }));
        return command;
    }

    internal static Command Price(CliConsole console)
    {
        var contract = new Argument<string>("contract") { Description = "The contract file." };
        var usage = new Option<string>("--usage", "-u") { Description = "The billing period's usage per meter (JSON, see docs/computations.md).", Required = true };
        var measurements = new Option<string?>("--measurements", "-m") { Description = "The measurements of the period whose service credits this invoice applies." };
        var format = Format();
        var command = new Command("price", "Prices a billing period's usage into an invoice: tiers, caps, commitments, prepaid fees and service credits.") { contract, usage, measurements, format };
        command.SetAction(parse => Run(console, parse.GetValue(contract)!, parse.GetValue(format)!, c =>
        {
            var u = Read<UsageStatement>(console, parse.GetValue(usage)!);
            var m = parse.GetValue(measurements) is { } measurementsPath ? Read<SlaMeasurements>(console, measurementsPath) : null;
            if (u is null || (m is null && parse.GetValue(measurements) is not null))
            {
                return null;
            }

            var evaluation = m is null ? null : SlaEvaluator.Evaluate(c, m);
            var files = Files(parse.GetValue(contract)!, (DocumentKind.Measurements, parse.GetValue(measurements)), (DocumentKind.Usage, parse.GetValue(usage)));
            if (evaluation is not null && !evaluation.IsComplete)
            {
                // Credits from measurements that cannot be evaluated would be wrong (zero): no invoice, the evaluation's findings instead.
                return (evaluation.Diagnostics, ComputationJson.Serialize(evaluation), Text(evaluation, files));
            }

            var invoice = InvoiceCalculator.Calculate(c, u, evaluation);
            if (evaluation is { Diagnostics.Count: > 0 })
            {
                invoice = invoice with { Diagnostics = ValueArray.From(evaluation.Diagnostics.Concat(invoice.Diagnostics)) };
            }

            return (invoice.Diagnostics, ComputationJson.Serialize(invoice), Text(invoice, files));
        }));
        return command;
    }

    private static Option<string> Format()
    {
        var format = new Option<string>("--format", "-f") { Description = "The result's format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        return format;
    }

    /// <summary>Reads the contract, computes, prints; exit code 1 when the contract or an input is invalid or the computation has errors.</summary>
    private static int Run(CliConsole console, string contractPath, string format, Func<AiContract, (IReadOnlyList<Diagnostic> Findings, string Json, string Text)?> compute)
    {
        // Computations need structure and integrity, not policy: a contract the playbook dislikes still computes.
        var (report, contract) = CommandSupport.ReadContract(contractPath, Computable);
        if (contract is null || !report.IsValid)
        {
            CommandSupport.Write(console.Out, contractPath, report.Diagnostics);
            return ExitCodes.Findings;
        }

        if (compute(contract) is not { } result)
        {
            return ExitCodes.Findings;
        }

        console.Out.Write(format == "json" ? result.Json + Environment.NewLine : result.Text);
        return result.Findings.Any(d => d.Severity == DiagnosticSeverity.Error) ? ExitCodes.Findings : ExitCodes.Success;
    }

    private static T? Read<T>(CliConsole console, string path)
        where T : class
    {
        var (value, findings) = CommandSupport.ReadInput<T>(path);
        CommandSupport.Write(console.Out, path, findings);
        return value;
    }

    /// <summary>The file each kind of document was read from, to say which one a finding is about.</summary>
    private static Dictionary<DocumentKind, string> Files(string contractPath, params (DocumentKind Kind, string? Path)[] inputs)
    {
        var files = new Dictionary<DocumentKind, string> { [DocumentKind.Contract] = contractPath };
        foreach (var (kind, path) in inputs)
        {
            if (path is not null)
            {
                files[kind] = path;
            }
        }

        return files;
    }

    /// <summary>A finding of a computation on one line, prefixed by the file it is about: <c>usage.json:3:5: error ...</c>.</summary>
    private static string Finding(Diagnostic finding, Dictionary<DocumentKind, string> files) =>
        files.TryGetValue(finding.Document, out var path) ? CommandSupport.Format(path, finding) : $"{finding.Document.Name.ToLowerInvariant()}: {CommandSupport.Line(finding)}";

    private static string Text(SlaEvaluation evaluation, Dictionary<DocumentKind, string> files)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        text.WriteLine($"Service levels of {evaluation.ContractId} for {evaluation.Period.FirstDay:uuuu-MM-dd} to {evaluation.Period.LastDay:uuuu-MM-dd}:");
        foreach (var o in evaluation.Objectives)
        {
            var verdict = !o.Evaluated ? "not evaluated" : o.Breached == true ? "BREACHED" : o.MeetsTarget == true ? "met" : "below target, not breached";
            text.WriteLine($"  {o.ObjectiveId} ({o.KpiId}): attained {Number(o.Attained)}, target {Number(o.Target)}: {verdict}; credit {o.CreditPercentage.Value.ToString(CultureInfo.InvariantCulture)}% = {CommandSupport.Money(o.CreditAmount)}{(o.ClaimDeadline is { } d ? $", claim by {d:uuuu-MM-dd}" : string.Empty)}");
        }

        foreach (var d in evaluation.Diagnostics)
        {
            text.WriteLine($"  {Finding(d, files)}");
        }

        return text.ToString();
    }

    private static string Text(Invoice invoice, Dictionary<DocumentKind, string> files)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        text.WriteLine($"Invoice of {invoice.ContractId} for {invoice.Period.FirstDay:uuuu-MM-dd} to {invoice.Period.LastDay:uuuu-MM-dd}:");
        foreach (var line in invoice.Lines)
        {
            text.WriteLine($"  {line.Kind.Name,-18} {line.Description}: {CommandSupport.Money(line.Amount)}");
        }

        // Discounts and tax (format 1.1) are named only when the contract states them, so a 1.0 invoice reads as before.
        var discounts = invoice.Discounts is { } off ? $" (discounts {CommandSupport.Money(off)})" : string.Empty;
        var tax = invoice.Tax is { } charged ? $", tax {CommandSupport.Money(charged)}" : string.Empty;
        text.WriteLine($"  Charges {CommandSupport.Money(invoice.Charges)}{discounts}, credits {CommandSupport.Money(invoice.Credits)}{tax}, prepaid drawn {CommandSupport.Money(invoice.PrepaidDrawdown)}; total {CommandSupport.Money(invoice.Total)}");
        foreach (var d in invoice.Diagnostics)
        {
            text.WriteLine($"  {Finding(d, files)}");
        }

        return text.ToString();
    }

    /// <summary>A value for reading: at most six decimals (the JSON format has the exact value).</summary>
    private static string Number(decimal? value) => value is { } v ? Math.Round(v, 6).ToString(CultureInfo.InvariantCulture) : "-";
}

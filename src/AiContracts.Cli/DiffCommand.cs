using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AiContracts.Domain;
using AiContracts.Domain.Computations.Invoicing;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Diff;
using AiContracts.Domain.Validation;
using AiContracts.Json;

namespace AiContracts.Cli;

/// <summary>
/// <c>aicontracts diff</c>: what changed between two versions of a contract and whom each change favours; exit code 1
/// when a change is unfavourable or a finding appeared, 2 when a document is invalid.
/// </summary>
internal static class DiffCommand
{
    private sealed record Side(string Path, AiContract Contract, ValidationReport Report);

    internal static Command Create(CliConsole console)
    {
        var before = new Argument<string>("before") { Description = "The earlier version of the contract." };
        var after = new Argument<string>("after") { Description = "The later version (the redline)." };
        var playbook = new Option<string>("--playbook", "-p")
        {
            Description = "The playbook whose findings are compared: a built-in name (ai-deployment-baseline, gdpr-article-28, strict, none) or a JSON playbook file.",
            DefaultValueFactory = _ => Playbook.AiDeploymentBaseline.Name,
        };
        var usage = new Option<string?>("--usage", "-u") { Description = "A billing period's usage: both versions are priced and the invoice totals compared." };
        var format = new Option<string>("--format", "-f") { Description = "The result's format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "markdown");
        var command = new Command("diff", "Compares two versions of a contract: each change assessed for the customer, and the playbook findings that appear or disappear (exit code 1 when something unfavourable changed).")
        {
            before, after, playbook, usage, format,
        };
        command.SetAction(parse => Execute(
            console,
            parse.GetValue(before)!,
            parse.GetValue(after)!,
            CommandSupport.LoadPlaybook(parse.GetValue(playbook)!),
            parse.GetValue(usage),
            parse.GetValue(format)!));
        return command;
    }

    private static int Execute(CliConsole console, string beforePath, string afterPath, Playbook playbook, string? usagePath, string format)
    {
        // Both documents go through the whole pipeline with the playbook, so that every finding has its position.
        var validator = new ContractDocumentValidator(rules: playbook.CreateValidator());
        var before = Read(console, beforePath, validator);
        var after = Read(console, afterPath, validator);
        UsageStatement? usage = null;
        if (usagePath is not null)
        {
            var (value, findings) = CommandSupport.ReadInput<UsageStatement>(usagePath);
            CommandSupport.Write(console.Out, usagePath, findings);
            usage = value;
            if (usage is null)
            {
                console.Error.WriteLine($"aicontracts: '{usagePath}' is not a valid usage document; fix the findings above first.");
            }
        }

        if (before is null || after is null || (usagePath is not null && usage is null))
        {
            return ExitCodes.UsageOrIoError;
        }

        var options = new ContractDiffOptions { Rules = playbook == Playbook.None ? null : validator.Rules, Usage = usage };
        var diff = ContractDiff.Compare(before.Contract, after.Contract, options);
        console.Out.Write(format switch
        {
            "json" => Json(diff, before, after, playbook),
            "markdown" => Markdown(diff, before, after, playbook),
            _ => Text(diff, before, after, playbook),
        });
        return diff.HasUnfavourable ? ExitCodes.Findings : ExitCodes.Success;
    }

    /// <summary>Reads a version; an invalid document (structure or integrity) is reported with positions and not compared.</summary>
    private static Side? Read(CliConsole console, string path, ContractDocumentValidator validator)
    {
        var (report, contract) = CommandSupport.ReadContract(path, validator);
        var integrity = contract is null ? [] : Playbook.None.CreateValidator().Evaluate(contract).Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => (d.Code, d.Pointer)).ToHashSet();
        if (contract is not null && integrity.Count == 0)
        {
            return new Side(path, contract, report);
        }

        CommandSupport.Write(console.Out, path, contract is null ? report.Diagnostics : report.Diagnostics.Where(d => integrity.Contains((d.Code, d.Pointer))));
        console.Error.WriteLine($"aicontracts: '{path}' is not a valid contract document; fix the findings above first.");
        return null;
    }

    /// <summary>The finding with its line and column, from the pipeline's report of the version that has it.</summary>
    private static Diagnostic Positioned(FindingChange change, Side before, Side after) =>
        (change.Appeared ? after : before).Report.Diagnostics.FirstOrDefault(d => d.Code == change.Finding.Code && d.Pointer == change.Finding.Pointer) ?? change.Finding;

    /// <summary>Groups with an unfavourable change first, then in the order a contract reads; in each, unfavourable first.</summary>
    private static IEnumerable<IGrouping<ClauseGroup, ContractChange>> Groups(ContractDiffReport diff) =>
        diff.Changes.GroupBy(c => c.Group).OrderBy(g => g.Min(c => c.Assessment.Value)).ThenBy(g => g.Key.Value)
            .Select(g => g.OrderBy(c => c.Assessment.Value).GroupBy(_ => g.Key).Single());

    private static string Summary(ContractDiffReport diff)
    {
        int Count(ChangeAssessment a) => diff.Changes.Count(c => c.Assessment == a);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{diff.Changes.Count} changes: {Count(ChangeAssessment.Unfavourable)} unfavourable, {Count(ChangeAssessment.NeedsReview)} to review, {Count(ChangeAssessment.Favourable)} favourable, {Count(ChangeAssessment.Neutral)} neutral; {diff.Findings.Count(f => f.Appeared)} findings appeared, {diff.Findings.Count(f => !f.Appeared)} disappeared.");
    }

    private static string Text(ContractDiffReport diff, Side before, Side after, Playbook playbook)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        text.WriteLine($"{before.Path} ({diff.BeforeId}) -> {after.Path} ({diff.AfterId}) under {playbook.Name}: {Summary(diff)}");
        foreach (var warning in diff.Warnings)
        {
            text.WriteLine($"warning: {warning}");
        }

        foreach (var (appeared, title) in new[] { (true, "Findings that appeared"), (false, "Findings that disappeared") })
        {
            var findings = diff.Findings.Where(f => f.Appeared == appeared).ToList();
            if (findings.Count > 0)
            {
                text.WriteLine($"{title}:");
                foreach (var f in findings)
                {
                    text.WriteLine($"  {CommandSupport.Format(appeared ? after.Path : before.Path, Positioned(f, before, after))}");
                }
            }
        }

        foreach (var group in Groups(diff))
        {
            text.WriteLine($"{char.ToUpperInvariant(group.Key.Title[0])}{group.Key.Title[1..]}:");
            foreach (var c in group)
            {
                text.WriteLine($"  {Label(c.Assessment),-12} {c.Kind.Name.ToLowerInvariant(),-7} {c.Pointer}: {c.Reason}");
            }
        }

        return text.ToString();
    }

    private static string Markdown(ContractDiffReport diff, Side before, Side after, Playbook playbook)
    {
        static string Cell(string? value) => value is null ? string.Empty : value.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# Contract diff: `{before.Path}` to `{after.Path}`\n\n");
        text.Append(CultureInfo.InvariantCulture, $"{diff.BeforeId} to {diff.AfterId}, findings under `{playbook.Name}`. {Summary(diff)}\n\n");
        foreach (var warning in diff.Warnings)
        {
            text.Append(CultureInfo.InvariantCulture, $"> **Warning:** {warning}\n\n");
        }

        if (!diff.Findings.IsEmpty)
        {
            text.Append("## Findings\n\n| | severity | code | where | message |\n|---|---|---|---|---|\n");
            foreach (var f in diff.Findings)
            {
                var d = Positioned(f, before, after);
                var where = d.Line is { } line ? string.Create(CultureInfo.InvariantCulture, $"{(f.Appeared ? after.Path : before.Path)}:{line}:{d.Column}") : d.Pointer;
                text.Append(CultureInfo.InvariantCulture, $"| {(f.Appeared ? "appeared" : "disappeared")} | {d.Severity.Name.ToLowerInvariant()} | {d.Code} | `{Cell(where)}` | {Cell(d.Message)} |\n");
            }

            text.Append('\n');
        }

        foreach (var group in Groups(diff))
        {
            text.Append(CultureInfo.InvariantCulture, $"## {char.ToUpperInvariant(group.Key.Title[0])}{group.Key.Title[1..]}\n\n| assessment | change | where | before | after | reason |\n|---|---|---|---|---|---|\n");
            foreach (var c in group)
            {
                text.Append(CultureInfo.InvariantCulture, $"| {Label(c.Assessment)} | {c.Kind.Name.ToLowerInvariant()} | `{Cell(c.Pointer)}` | {Cell(c.Before)} | {Cell(c.After)} | {Cell(c.Reason)} |\n");
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string Json(ContractDiffReport diff, Side before, Side after, Playbook playbook)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("before", before.Path);
            json.WriteString("beforeId", diff.BeforeId.Value);
            json.WriteString("after", after.Path);
            json.WriteString("afterId", diff.AfterId.Value);
            json.WriteString("playbook", playbook.Name);
            json.WriteBoolean("hasUnfavourable", diff.HasUnfavourable);
            json.WriteStartArray("warnings");
            foreach (var warning in diff.Warnings)
            {
                json.WriteStringValue(warning);
            }

            json.WriteEndArray();
            json.WriteStartArray("findings");
            foreach (var f in diff.Findings)
            {
                var d = Positioned(f, before, after);
                json.WriteStartObject();
                json.WriteBoolean("appeared", f.Appeared);
                json.WriteString("assessment", f.Assessment.Name);
                json.WriteString("file", f.Appeared ? after.Path : before.Path);
                json.WriteString("code", d.Code);
                json.WriteString("severity", d.Severity.Name);
                json.WriteString("pointer", d.Pointer);
                if (d.Line is { } line)
                {
                    json.WriteNumber("line", line);
                    json.WriteNumber("column", d.Column ?? 0);
                }

                json.WriteString("message", d.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("changes");
            foreach (var c in diff.Changes)
            {
                json.WriteStartObject();
                json.WriteString("pointer", c.Pointer);
                json.WriteString("group", c.Group.Name);
                json.WriteString("kind", c.Kind.Name);
                json.WriteString("member", c.Member);
                json.WriteString("before", c.Before);
                json.WriteString("after", c.After);
                json.WriteString("assessment", c.Assessment.Name);
                json.WriteString("reason", c.Reason);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + Environment.NewLine;
    }

    private static string Label(ChangeAssessment assessment) =>
        assessment == ChangeAssessment.NeedsReview ? "review" : assessment.Name.ToLowerInvariant();
}

using System.CommandLine;
using System.Text;
using AiContracts.Json;

namespace AiContracts.Cli;

/// <summary><c>aicontracts schema</c>: prints (or writes) the published JSON Schema of contract documents.</summary>
internal static class SchemaCommand
{
    internal static Command Create(CliConsole console)
    {
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write the schema to this file instead of standard output." };
        var kind = new Option<string>("--kind", "-k") { Description = "Which document's schema.", DefaultValueFactory = _ => "contract" };
        kind.AcceptOnlyFromAmong("contract", "playbook", "measurements", "usage", "evaluation", "invoice", "chronic-breach-assessment", "termination-notice", "exit-timeline");
        var command = new Command("schema", "Prints a published JSON Schema (draft 2020-12): of contracts, playbooks, the measurement and usage files of evaluate and price, or the computations' results as JSON.") { output, kind };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(output);
            var text = parse.GetValue(kind) switch
            {
                "playbook" => PlaybookSchema.Text,
                "measurements" => ComputationSchema.Measurements,
                "usage" => ComputationSchema.Usage,
                "evaluation" => ComputationSchema.Evaluation,
                "invoice" => ComputationSchema.Invoice,
                "chronic-breach-assessment" => ComputationSchema.ChronicBreachAssessment,
                "termination-notice" => ComputationSchema.TerminationNotice,
                "exit-timeline" => ComputationSchema.ExitTimeline,
                _ => ContractSchema.Text,
            };
            if (file is null)
            {
                console.Out.Write(text);
                return ExitCodes.Success;
            }

            try
            {
                File.WriteAllText(file.FullName, text, new UTF8Encoding(false));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CliException($"cannot write '{file}': {e.Message}", e);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}

using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AiContracts.Cli.Validation;
using AiContracts.Domain.Diagnostics;

namespace AiContracts.Cli.Output;

/// <summary>
/// SARIF 2.1.0 for code scanning: one run whose driver lists every code of the rule catalogue as a rule; one result
/// per finding with the code as <c>ruleId</c>, the file as an artifact location, the line and column (UTF-16 code
/// units, SARIF's default column kind) as a region and the JSON Pointer in the result's property bag.
/// </summary>
internal sealed class SarifReportWriter : IReportWriter
{
    public void Write(TextWriter output, IReadOnlyList<FileOutcome> outcomes)
    {
        var rules = DiagnosticCatalogue.All;
        var ruleIndex = rules.Select((rule, i) => (rule.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, rules);
            WriteInvocation(json, outcomes);
            json.WriteStartArray("artifacts");
            foreach (var outcome in outcomes)
            {
                json.WriteStartObject();
                json.WriteStartObject("location");
                json.WriteString("uri", Uri(outcome.Input));
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("results");
            for (var file = 0; file < outcomes.Count; file++)
            {
                var outcome = outcomes[file];
                var diagnostics = outcome.Report?.Diagnostics ?? [];
                for (var i = 0; i < diagnostics.Count; i++)
                {
                    WriteResult(json, diagnostics[i], ruleIndex, outcome, file, outcome.Utf16Columns?[i]);
                }
            }

            json.WriteEndArray();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    private static void WriteTool(Utf8JsonWriter json, IReadOnlyList<DiagnosticDescriptor> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "aicontracts");
        json.WriteString("version", CommandLineApp.Version);
        json.WriteString("semanticVersion", CommandLineApp.Version);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Code);
            json.WriteString("name", string.Concat(rule.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..])));
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteStartObject("fullDescription");
            json.WriteString("text", $"{rule.Title} ({rule.Area}). See docs/rules.md#{rule.Code.ToLowerInvariant()}.");
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("area", rule.Area);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteInvocation(Utf8JsonWriter json, IReadOnlyList<FileOutcome> outcomes)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", outcomes.All(o => o.ReadError is null));
        var unreadable = outcomes.Where(o => o.ReadError is not null).ToList();
        if (unreadable.Count > 0)
        {
            json.WriteStartArray("toolExecutionNotifications");
            foreach (var outcome in unreadable)
            {
                json.WriteStartObject();
                json.WriteString("level", "error");
                json.WriteStartObject("message");
                json.WriteString("text", outcome.ReadError);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic d, Dictionary<string, int> ruleIndex, FileOutcome outcome, int artifact, int? utf16Column)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", d.Code);
        if (ruleIndex.TryGetValue(d.Code, out var index))
        {
            json.WriteNumber("ruleIndex", index);
        }

        json.WriteString("level", Level(d.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", d.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", Uri(outcome.Input));
        json.WriteNumber("index", artifact);
        json.WriteEndObject();
        if (d.Line is { } line)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", line);
            json.WriteNumber("startColumn", utf16Column ?? d.Column ?? 1);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("properties");
        json.WriteString("pointer", d.Pointer);
        if (d.Rule is not null)
        {
            json.WriteString("rule", d.Rule);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string Level(DiagnosticSeverity severity) =>
        severity == DiagnosticSeverity.Error ? "error" : severity == DiagnosticSeverity.Warning ? "warning" : "note";

    /// <summary>The file as a URI reference: its path with '/' separators, each segment percent-encoded.</summary>
    private static string Uri(ContractInput input)
    {
        if (input.IsStandardInput)
        {
            return "stdin";
        }

        if (OperatingSystem.IsWindows() && Path.IsPathRooted(input.DisplayPath))
        {
            return new System.Uri(input.FullPath!).AbsoluteUri;
        }

        return string.Join('/', input.DisplayPath.Split('/').Select(System.Uri.EscapeDataString));
    }
}

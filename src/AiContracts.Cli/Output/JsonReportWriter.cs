using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AiContracts.Cli.Validation;

namespace AiContracts.Cli.Output;

/// <summary>The JSON report (docs/cli.md): the tool, each file with its findings, and the summary.</summary>
internal sealed class JsonReportWriter : IReportWriter
{
    public void Write(TextWriter output, IReadOnlyList<FileOutcome> outcomes)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartObject("tool");
            json.WriteString("name", "aicontracts");
            json.WriteString("version", CommandLineApp.Version);
            json.WriteEndObject();
            json.WriteStartArray("files");
            foreach (var outcome in outcomes)
            {
                json.WriteStartObject();
                json.WriteString("path", outcome.Input.DisplayPath);
                if (outcome.Report is not { } report)
                {
                    json.WriteString("readError", outcome.ReadError);
                    json.WriteEndObject();
                    continue;
                }

                json.WriteBoolean("valid", report.IsValid);
                json.WriteNumber("errors", report.ErrorCount);
                json.WriteNumber("warnings", report.WarningCount);
                json.WriteNumber("infos", report.InfoCount);
                json.WriteStartArray("diagnostics");
                foreach (var d in report.Diagnostics)
                {
                    json.WriteStartObject();
                    json.WriteString("code", d.Code);
                    json.WriteString("severity", d.Severity.Name.ToLowerInvariant());
                    json.WriteString("pointer", d.Pointer);
                    json.WriteString("message", d.Message);
                    WriteNumberOrNull(json, "line", d.Line);
                    WriteNumberOrNull(json, "column", d.Column);
                    json.WriteString("rule", d.Rule);
                    json.WriteString("attemptedValue", d.AttemptedValue);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            var s = RunSummary.Of(outcomes);
            json.WriteStartObject("summary");
            json.WriteNumber("files", s.Files);
            json.WriteNumber("valid", s.Valid);
            json.WriteNumber("invalid", s.Invalid);
            json.WriteNumber("unreadable", s.Unreadable);
            json.WriteNumber("errors", s.Errors);
            json.WriteNumber("warnings", s.Warnings);
            json.WriteNumber("infos", s.Infos);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}

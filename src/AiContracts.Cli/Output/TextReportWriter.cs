using System.Globalization;
using AiContracts.Cli.Validation;

namespace AiContracts.Cli.Output;

/// <summary>
/// The text report: one line per finding, <c>path:line:column: severity CODE message (pointer)</c>, grouped per file
/// with a blank line between groups, then a summary line.
/// </summary>
internal sealed class TextReportWriter : IReportWriter
{
    public void Write(TextWriter output, IReadOnlyList<FileOutcome> outcomes)
    {
        var wroteGroup = false;
        foreach (var outcome in outcomes)
        {
            var lines = outcome.Report is { } report
                ? report.Diagnostics.Select(d => CommandSupport.Format(outcome.Input.DisplayPath, d)).ToList()
                : [$"{outcome.Input.DisplayPath}: {outcome.ReadError}"];
            if (lines.Count == 0)
            {
                continue;
            }

            if (wroteGroup)
            {
                output.WriteLine();
            }

            foreach (var line in lines)
            {
                output.WriteLine(line);
            }

            wroteGroup = true;
        }

        if (wroteGroup)
        {
            output.WriteLine();
        }

        var s = RunSummary.Of(outcomes);
        var unreadable = s.Unreadable == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $", {s.Unreadable} unreadable");
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{Plural(s.Files, "file")} checked: {s.Valid} valid, {s.Invalid} invalid{unreadable}; {Plural(s.Errors, "error")}, {Plural(s.Warnings, "warning")}, {Plural(s.Infos, "info")}."));
    }

    private static string Plural(int count, string noun) => string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}

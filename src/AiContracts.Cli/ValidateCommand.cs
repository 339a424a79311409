using System.CommandLine;
using System.Globalization;
using AiContracts.Cli.Output;
using AiContracts.Cli.Validation;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Validation;
using AiContracts.Json;

namespace AiContracts.Cli;

/// <summary><c>aicontracts validate</c>: validates contract files with every core and reports in text, JSON or SARIF.</summary>
internal static class ValidateCommand
{
    /// <summary>Below this many files no progress is shown: the run is too short to need it.</summary>
    private const int ProgressThreshold = 200;

    internal static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "Contract files, directories (searched recursively for *.json) or - for standard input.",
        };
        var format = new Option<string>("--format", "-f") { Description = "The report's format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var failOn = new Option<string>("--fail-on") { Description = "The lowest severity that makes the exit code 1.", DefaultValueFactory = _ => "error" };
        failOn.AcceptOnlyFromAmong("error", "warning", "never");
        var jobs = new Option<int>("--jobs", "-j") { Description = "How many files to validate at once; the default is the number of cores.", DefaultValueFactory = _ => Environment.ProcessorCount };
        jobs.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--jobs must be 1 or more.");
            }
        });

        var playbook = new Option<string>("--playbook", "-p")
        {
            Description = "The playbook checked on top of structure and integrity: a built-in name (ai-deployment-baseline, gdpr-article-28, strict, or none for structure and integrity only) or a JSON playbook file.",
            DefaultValueFactory = _ => Playbook.AiDeploymentBaseline.Name,
        };
        var command = new Command("validate", "Validates contract files against the published schema and the business rules.") { paths, format, failOn, jobs, playbook };
        command.SetAction(parse => Execute(
            console,
            parse.GetValue(playbook) is { } name && name != Playbook.AiDeploymentBaseline.Name
                ? new ContractDocumentValidator(rules: CommandSupport.LoadPlaybook(name).CreateValidator())
                : ContractDocumentValidator.Default,
            parse.GetValue(paths)!,
            parse.GetValue(format)!,
            parse.GetValue(failOn) switch { "warning" => DiagnosticSeverity.Warning, "never" => null, _ => DiagnosticSeverity.Error },
            parse.GetValue(jobs)));
        return command;
    }

    private static int Execute(CliConsole console, ContractDocumentValidator validator, string[] paths, string format, DiagnosticSeverity? failOn, int jobs)
    {
        var skipped = new List<string>();
        var inputs = ContractInput.Expand(paths, skipped);
        foreach (var warning in skipped)
        {
            console.Error.WriteLine($"aicontracts: warning: {warning}");
        }

        var outcomes = new FileOutcome[inputs.Count];
        using var progress = format == "text" && !console.IsOutputRedirected && !console.IsErrorRedirected && inputs.Count >= ProgressThreshold
            ? new Progress(console.Error, inputs.Count)
            : null;

        // Standard input is read on this thread; files in parallel, each outcome in its input's slot (deterministic order).
        Parallel.For(0, inputs.Count, new ParallelOptions { MaxDegreeOfParallelism = jobs }, i =>
        {
            outcomes[i] = ValidateOne(validator, inputs[i], console, withUtf16Columns: format == "sarif");
            progress?.Advance();
        });
        progress?.Dispose();

        IReportWriter writer = format switch
        {
            "json" => new JsonReportWriter(),
            "sarif" => new SarifReportWriter(),
            _ => new TextReportWriter(),
        };
        writer.Write(console.Out, outcomes);

        foreach (var outcome in outcomes.Where(o => o.ReadError is not null))
        {
            console.Error.WriteLine($"aicontracts: {outcome.ReadError}");
        }

        return outcomes.Any(o => o.ReadError is not null) ? ExitCodes.UsageOrIoError
            : outcomes.All(o => o.Passes(failOn)) ? ExitCodes.Success
            : ExitCodes.Findings;
    }

    private static FileOutcome ValidateOne(ContractDocumentValidator validator, ContractInput input, CliConsole console, bool withUtf16Columns)
    {
        var limit = validator.Options.Json.MaxDocumentBytes;
        byte[]? bytes;
        try
        {
            using var stream = input.IsStandardInput ? console.OpenStandardInput() : new FileStream(input.FullPath!, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            bytes = CommandSupport.ReadBounded(stream, limit);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return new FileOutcome(input, null, $"cannot read '{input.DisplayPath}': {e.Message}");
        }

        if (bytes is null)
        {
            var tooLarge = Domain.Internal.ReaderFindings.TooLarge(limit);
            return new FileOutcome(input, new ValidationReport([tooLarge]), null, withUtf16Columns ? [1] : null);
        }

        var report = validator.Validate(bytes).Report;
        if (!withUtf16Columns)
        {
            return new FileOutcome(input, report, null);
        }

        var text = Domain.Internal.TextInput.WithoutByteOrderMark(bytes.AsSpan());

        var columns = new int?[report.Diagnostics.Count];
        for (var i = 0; i < columns.Length; i++)
        {
            var d = report.Diagnostics[i];
            columns[i] = d is { Line: { } line, Column: { } column } ? Domain.Internal.LineIndex.Utf16Column(text, line, column) : null;
        }

        return new FileOutcome(input, report, null, columns);
    }

    /// <summary>A one-line progress indicator on an interactive terminal's standard error, erased at the end.</summary>
    private sealed class Progress(TextWriter error, int total) : IDisposable
    {
        private readonly Lock _gate = new();
        private int _done;
        private int _shownPercent = -1;
        private bool _disposed;

        public void Advance()
        {
            var done = Interlocked.Increment(ref _done);
            var percent = (int)(done * 100L / total);
            if (percent == Volatile.Read(ref _shownPercent))
            {
                return;
            }

            lock (_gate)
            {
                if (_disposed || percent <= _shownPercent)
                {
                    return;
                }

                _shownPercent = percent;
                error.Write(string.Create(CultureInfo.InvariantCulture, $"\rValidating {done}/{total} files ({percent}%)"));
                error.Flush();
            }
        }

        public void Dispose()
        {
            lock (_gate)
            {
                if (!_disposed)
                {
                    _disposed = true;
                    error.Write("\r" + new string(' ', 60) + "\r");
                    error.Flush();
                }
            }
        }
    }
}

using AiContracts.Cli.Validation;

namespace AiContracts.Cli.Output;

/// <summary>The counts of a validation run.</summary>
internal sealed record RunSummary(int Files, int Valid, int Invalid, int Unreadable, int Errors, int Warnings, int Infos)
{
    public static RunSummary Of(IReadOnlyList<FileOutcome> outcomes)
    {
        var reports = outcomes.Where(o => o.Report is not null).Select(o => o.Report!).ToList();
        return new RunSummary(
            outcomes.Count,
            reports.Count(r => r.IsValid),
            reports.Count(r => !r.IsValid),
            outcomes.Count - reports.Count,
            reports.Sum(r => r.ErrorCount),
            reports.Sum(r => r.WarningCount),
            reports.Sum(r => r.InfoCount));
    }
}

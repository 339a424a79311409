using AiContracts.Domain.Diagnostics;

namespace AiContracts.Cli.Validation;

/// <summary>The result of validating one input: its report, or why it could not be read.</summary>
/// <param name="Input">The input.</param>
/// <param name="Report">The report; null when the input could not be read.</param>
/// <param name="ReadError">Why the input could not be read; null when it was.</param>
/// <param name="Utf16Columns">For SARIF: each diagnostic's column in UTF-16 code units (null entries for diagnostics without a position).</param>
internal sealed record FileOutcome(ContractInput Input, ValidationReport? Report, string? ReadError, int?[]? Utf16Columns = null)
{
    /// <summary>Whether the input was read and has no finding at or above <paramref name="failOn"/>.</summary>
    /// <param name="failOn">The lowest severity that fails.</param>
    /// <returns>Whether it passes.</returns>
    public bool Passes(DiagnosticSeverity? failOn) =>
        Report is not null && (failOn is null || !Report.Diagnostics.Any(d => d.Severity.Value <= failOn.Value));
}

using System.Globalization;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Diagnostics;

/// <summary>Every finding about one contract, in document order, with counts by severity.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record ValidationReport
{
    /// <summary>Creates a report.</summary>
    /// <param name="diagnostics">The findings, in document order.</param>
    /// <param name="warningsAreErrors">Whether warnings make the report invalid.</param>
    public ValidationReport(ValueArray<Diagnostic> diagnostics, bool warningsAreErrors = false)
    {
        Diagnostics = diagnostics;
        WarningsAreErrors = warningsAreErrors;
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                ErrorCount++;
            }
            else if (diagnostic.Severity == DiagnosticSeverity.Warning)
            {
                WarningCount++;
            }
            else
            {
                InfoCount++;
            }
        }
    }

    /// <summary>A report without findings.</summary>
    public static ValidationReport Empty { get; } = new([]);

    /// <summary>The findings, in document order.</summary>
    public ValueArray<Diagnostic> Diagnostics { get; }

    /// <summary>Whether warnings make the report invalid.</summary>
    public bool WarningsAreErrors { get; }

    /// <summary>Whether the contract passed: no errors, and no warnings when <see cref="WarningsAreErrors"/>.</summary>
    public bool IsValid => ErrorCount == 0 && (!WarningsAreErrors || WarningCount == 0);

    /// <summary>The number of errors.</summary>
    public int ErrorCount { get; }

    /// <summary>The number of warnings.</summary>
    public int WarningCount { get; }

    /// <summary>The number of informational findings.</summary>
    public int InfoCount { get; }

    /// <summary>One line per finding, then a summary line.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Join(Environment.NewLine, Diagnostics.Select(d => d.ToString()).Append(string.Create(CultureInfo.InvariantCulture, $"{ErrorCount} error(s), {WarningCount} warning(s), {InfoCount} info")));
}

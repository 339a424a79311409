using System.Diagnostics;
using System.Text;
using AiContracts.Domain;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Validation;
using AiContracts.Json;

namespace AiContracts.Testing;

/// <summary>
/// Assertions on contracts and reports that depend on no test framework: each returns what it checked when it passes
/// and throws <see cref="ContractAssertionException"/> with every problem listed when it fails.
/// </summary>
/// <remarks>
/// The assertions are hidden from stack traces (<see cref="StackTraceHiddenAttribute"/>), so a failure's stack trace
/// starts at the test that called them; xUnit.net v3 reports the failure as an assertion failure.
/// Thread safety: stateless; safe to call from any thread.
/// </remarks>
[StackTraceHidden]
public static class ContractAssert
{
    /// <summary>
    /// Asserts that every clause of a playbook is present in a contract: no clause has an error (warnings do not make a
    /// clause deficient; use the overload with <see cref="CompletenessOptions"/> to count them).
    /// </summary>
    /// <param name="contract">The contract.</param>
    /// <param name="playbook">The playbook.</param>
    /// <returns>The completeness report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ContractAssertionException">A clause is missing or deficient; the message lists each with its findings' pointers and reasons.</exception>
    public static CompletenessReport IsComplete(AiContract contract, Playbook playbook) => IsComplete(contract, playbook, CompletenessOptions.Default);

    /// <summary>Asserts that every clause of a playbook is present in a contract, counting findings as the options say.</summary>
    /// <param name="contract">The contract.</param>
    /// <param name="playbook">The playbook.</param>
    /// <param name="options">Which findings make a clause deficient or missing, for example <c>new CompletenessOptions { WarningsMakeClausesDeficient = true }</c>.</param>
    /// <returns>The completeness report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ContractAssertionException">A clause is missing or deficient; the message lists each with its findings' pointers and reasons.</exception>
    public static CompletenessReport IsComplete(AiContract contract, Playbook playbook, CompletenessOptions options)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(playbook);
        ArgumentNullException.ThrowIfNull(options);
        var report = CompletenessReport.Create(contract, playbook, options);
        if (report.IsComplete)
        {
            return report;
        }

        var text = new StringBuilder()
            .Append("Contract '").Append(contract.Id.Value).Append("' is not complete against playbook ").Append(report.Playbook).Append(' ').Append(report.PlaybookVersion)
            .Append(": ").Append(report.MissingCount).Append(" missing, ").Append(report.DeficientCount).Append(" deficient of ").Append(report.Clauses.Count).Append(" clauses.");
        foreach (var clause in report.Clauses.Where(c => c.Status != ClauseStatus.Present))
        {
            text.AppendLine().Append("  ").Append(clause.Status.Name.ToLowerInvariant()).Append(": ").Append(clause.Title).Append(" (").Append(clause.RuleId).Append(')');
            foreach (var finding in clause.Findings)
            {
                text.AppendLine().Append("    ").Append(Describe(finding));
            }
        }

        throw new ContractAssertionException(text.ToString());
    }

    /// <summary>Asserts that a report has no errors (and no warnings when the report treats warnings as errors).</summary>
    /// <param name="report">The report.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ContractAssertionException">The report is not valid; the message lists every finding that makes it so.</exception>
    public static ValidationReport HasNoErrors(ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.IsValid)
        {
            return report;
        }

        var failing = report.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error || (report.WarningsAreErrors && d.Severity == DiagnosticSeverity.Warning)).ToList();
        throw new ContractAssertionException(
            $"Expected no errors but found {failing.Count}:" + string.Concat(failing.Select(d => Environment.NewLine + "  " + Describe(d))));
    }

    /// <summary>Asserts that a document (a contract, a playbook, a measurements or usage file) was read with no errors.</summary>
    /// <typeparam name="T">What the document holds.</typeparam>
    /// <param name="result">The result of <see cref="ContractDocumentValidator"/>, <see cref="PlaybookJson"/> or <see cref="ComputationJson"/>.</param>
    /// <returns>The value read from the document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <exception cref="ContractAssertionException">The document has errors; the message lists each with its line and column.</exception>
    public static T HasNoErrors<T>(DocumentResult<T> result)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(result);
        HasNoErrors(result.Report);
        return result.Value ?? throw new ContractAssertionException($"The document has no errors but no {typeof(T).Name} was read.");
    }

    /// <summary>Asserts that a report has a finding of a code at a pointer.</summary>
    /// <param name="report">The report.</param>
    /// <param name="code">The code, for example <c>AIC2001</c>.</param>
    /// <param name="pointer">The JSON Pointer, for example <c>/dataProcessing/categories/0/retention</c>; empty for the document.</param>
    /// <returns>The finding.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ContractAssertionException">No such finding; the message lists the findings of that code and every finding at that pointer.</exception>
    public static Diagnostic HasDiagnostic(ValidationReport report, string code, string pointer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(pointer);
        var found = report.Diagnostics.FirstOrDefault(d => d.Code == code && d.Pointer == pointer);
        if (found is not null)
        {
            return found;
        }

        var near = report.Diagnostics.Where(d => d.Code == code || d.Pointer == pointer).ToList();
        throw new ContractAssertionException(
            $"Expected {code} at {Show(pointer)} but the report has none"
            + (near.Count == 0 ? $" ({report.Diagnostics.Count} finding(s), none of that code or at that pointer)." : "; of that code or at that pointer it has:" + string.Concat(near.Select(d => Environment.NewLine + "  " + Describe(d)))));
    }

    private static string Describe(Diagnostic d) =>
        $"{d.Code} at {Show(d.Pointer)}{(d.Line is null ? string.Empty : $" (line {d.Line}, column {d.Column})")}: {d.Message}";

    private static string Show(string pointer) => pointer.Length == 0 ? "/" : pointer;
}

using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using AiContracts.Domain.Diagnostics;

namespace AiContracts.Json;

/// <summary>
/// What every reader and validator of a document returns: the value read from it, or the findings that prevent it, or
/// both (a contract whose business rules fail is still read). Contracts (<see cref="ContractDocumentValidator"/>),
/// playbooks (<see cref="PlaybookJson"/>) and the computations' inputs and results (<see cref="ComputationJson"/>)
/// share this shape, so one piece of code handles them all.
/// </summary>
/// <typeparam name="T">What the document holds: <see cref="Domain.AiContract"/>, <see cref="Domain.Validation.Playbook"/>, a measurements file, ...</typeparam>
/// <example>
/// <code>
/// var result = ContractDocumentValidator.Default.Validate(json);
/// if (result.TryGetValue(out var contract)) { /* valid: use the contract */ }
/// else { foreach (var d in result.Report.Diagnostics) Console.WriteLine(d); }
/// </code>
/// </example>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed class DocumentResult<T>
    where T : class
{
    internal DocumentResult(T? value, ValidationReport report)
    {
        Value = value;
        Report = report;
    }

    /// <summary>
    /// The value read from the document, or null when its structure could not be read (malformed JSON, a schema
    /// violation, a value the model cannot hold). Not null does not mean valid: a contract that breaks business rules is
    /// read, and its report has the errors. Use <see cref="IsValid"/> or <see cref="TryGetValue"/> to decide.
    /// </summary>
    public T? Value { get; }

    /// <summary>Every finding, in document order, each with its code, JSON Pointer, line, column and document kind.</summary>
    public ValidationReport Report { get; }

    /// <summary>Whether the document was read and its report has no errors (see <see cref="ValidationReport.IsValid"/>).</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsValid => Value is not null && Report.IsValid;

    /// <summary>Gets the value when the document is valid.</summary>
    /// <param name="value">The value when <see cref="IsValid"/>; otherwise null.</param>
    /// <returns>Whether the document is valid.</returns>
    public bool TryGetValue([NotNullWhen(true)] out T? value)
    {
        value = IsValid ? Value : null;
        return value is not null;
    }

    /// <summary>A one-line, culture-invariant summary: the type read and the report's counts.</summary>
    /// <returns>For example <c>AiContract: valid, 0 errors, 2 warnings</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{typeof(T).Name}: {(IsValid ? "valid" : "invalid")}, {Report.ErrorCount} errors, {Report.WarningCount} warnings");
}

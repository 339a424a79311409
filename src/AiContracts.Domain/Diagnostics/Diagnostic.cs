using System.Globalization;

namespace AiContracts.Domain.Diagnostics;

/// <summary>
/// One finding about a contract, from the schema or from a business rule alike: a stable code, a severity, the
/// RFC 6901 JSON Pointer of the element, a message that says what is wrong and what would fix it, and where it
/// comes from.
/// </summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record Diagnostic
{
    /// <summary>The stable code, for example <c>AIC0013</c>; documented once in the rule catalogue and never reused.</summary>
    public required string Code { get; init; }

    /// <summary>How serious the finding is.</summary>
    public required DiagnosticSeverity Severity { get; init; }

    // The element's pointer: Pointer writes it and reads it as text, Location reads it as a value.
    private readonly JsonPointer _location;

    /// <summary>The RFC 6901 JSON Pointer of the element, for example <c>/serviceLevels/kpis/3/unit</c>; empty for the whole document.</summary>
    /// <remarks>
    /// The text of <see cref="Location"/>, which setting it sets. Text is kept as it is given, even text that is
    /// not a JSON Pointer (as before <see cref="Location"/> existed); findings of this library always have a pointer.
    /// </remarks>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public required string Pointer
    {
        get => _location.ToString();
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            _location = JsonPointer.FromText(value);
        }
    }

    /// <summary>
    /// The element as a <see cref="JsonPointer"/> value: the same pointer as <see cref="Pointer"/>, which is its text and
    /// sets it. AiContracts.Json does not write it: a document carries <see cref="Pointer"/>.
    /// </summary>
    public JsonPointer Location => _location;

    /// <summary>What is wrong and what would fix it, naming the element, what was expected and what was found.</summary>
    public required string Message { get; init; }

    /// <summary>The rule or clause the finding comes from, for example <c>schema</c> or <c>references</c>; null when none.</summary>
    public string? Rule { get; init; }

    /// <summary>The offending value as text, shortened to at most 100 characters; null when there is none.</summary>
    public string? AttemptedValue { get; init; }

    /// <summary>
    /// The document the finding is about, into which <see cref="Pointer"/>, <see cref="Line"/> and <see cref="Column"/>
    /// point; <see cref="DocumentKind.Contract"/> unless said otherwise (rules are about contracts).
    /// </summary>
    public DocumentKind Document { get; init; } = DocumentKind.Contract;

    /// <summary>The 1-based line of the element in the source text; null for a contract built in C#.</summary>
    public int? Line { get; init; }

    /// <summary>The 1-based column (UTF-8 byte in the line) of the element in the source text; null for a contract built in C#.</summary>
    public int? Column { get; init; }

    /// <summary>Formats the finding on one line: <c>line:column: severity CODE message (pointer)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{(Line is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"{Line}:{Column}: "))}{Severity.Name.ToLowerInvariant()} {Code} {Message} ({(Pointer.Length == 0 ? "/" : Pointer)})");
}

namespace AiContracts.Json;

/// <summary>
/// The one exception every contract read failure surfaces as: malformed JSON, wrong types, unknown members, unknown
/// enum names, invalid dates, periods, currencies or identifiers, a missing or unsupported schema version, nesting
/// beyond the configured depth, a document beyond the configured size, or a truncated document.
/// </summary>
/// <remarks>
/// <see cref="Exception.Message"/> names the element (as a JSON path), what was expected and what was found, and
/// where in the text it is, for example
/// <c>$.serviceLevels.kpis[0].unit (line 12, column 21): 'PERCENTAGE' is not a KpiUnit; expected one of Percent, Milliseconds, ...</c>.
/// </remarks>
public sealed class ContractJsonException : Exception
{
    /// <summary>Creates an exception with a message only.</summary>
    public ContractJsonException()
        : this("The contract JSON could not be read.")
    {
    }

    /// <summary>Creates an exception with a message only.</summary>
    /// <param name="message">The message.</param>
    public ContractJsonException(string message)
        : this(message, null)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ContractJsonException(string message, Exception? innerException)
        : this(message, null, null, null, null, innerException)
    {
    }

    /// <summary>Creates an exception that locates the problem in the document.</summary>
    /// <param name="message">The whole message, including the location.</param>
    /// <param name="detail">What is wrong, without the location.</param>
    /// <param name="path">The JSON path of the element, for example <c>$.pricing.meters[0].unitPrice</c>.</param>
    /// <param name="lineNumber">The 1-based line where the reader stopped.</param>
    /// <param name="column">The 1-based column (UTF-8 byte position within the line) where the reader stopped.</param>
    /// <param name="innerException">The cause.</param>
    public ContractJsonException(string message, string? detail, string? path, long? lineNumber, long? column, Exception? innerException)
        : base(message, innerException)
    {
        Detail = detail ?? message;
        Path = path;
        Pointer = path is null ? null : JsonPaths.ToPointer(path);
        LineNumber = lineNumber;
        Column = column;
    }

    /// <summary>What is wrong, without the location: the message a diagnostic would carry.</summary>
    public string Detail { get; }

    /// <summary>The JSON path of the offending element, for example <c>$.pricing.meters[0].unitPrice</c>; null when unknown.</summary>
    public string? Path { get; }

    /// <summary>The RFC 6901 JSON Pointer of the offending element, for example <c>/pricing/meters/0/unitPrice</c>; null when unknown.</summary>
    public string? Pointer { get; }

    /// <summary>The 1-based line where the reader stopped on the problem; null when unknown.</summary>
    public long? LineNumber { get; }

    /// <summary>
    /// The 1-based column where the reader stopped: the UTF-8 byte position within the line, at or just after the
    /// offending token (for a bad value, usually just after it); null when unknown.
    /// </summary>
    public long? Column { get; }
}

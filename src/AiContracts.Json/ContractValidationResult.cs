using AiContracts.Domain;
using AiContracts.Domain.Diagnostics;

namespace AiContracts.Json;

/// <summary>The outcome of validating a contract document: the report and, when the document was structurally valid, the contract.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record ContractValidationResult
{
    /// <summary>Every finding, in document order.</summary>
    public required ValidationReport Report { get; init; }

    /// <summary>The contract read from the document, when it passed the schema and could be read; otherwise null.</summary>
    public AiContract? Contract { get; init; }

    /// <summary>Whether the document passed: shorthand for <see cref="ValidationReport.IsValid"/>.</summary>
    public bool IsValid => Report.IsValid;
}

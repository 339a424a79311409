using AiContracts.Domain.Diagnostics;

namespace AiContracts.Json;

/// <summary>The result of reading a computation input file: the value, or the findings that prevent it.</summary>
/// <typeparam name="T">The input's type.</typeparam>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record ComputationReadResult<T>
    where T : class
{
    /// <summary>The value read; null when the report has errors.</summary>
    public T? Value { get; init; }

    /// <summary>Every finding, with its JSON Pointer, line and column.</summary>
    public required ValidationReport Report { get; init; }

    /// <summary>Whether the file was read without errors.</summary>
    public bool IsValid => Value is not null && Report.IsValid;
}

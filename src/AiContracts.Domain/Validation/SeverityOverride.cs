using AiContracts.Domain.Diagnostics;

namespace AiContracts.Domain.Validation;

/// <summary>The severity a playbook gives findings of one code, instead of the code's default.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record SeverityOverride
{
    /// <summary>The code, for example <c>AIC1014</c>.</summary>
    public required string Code { get; init; }

    /// <summary>The severity its findings get.</summary>
    public required DiagnosticSeverity Severity { get; init; }
}

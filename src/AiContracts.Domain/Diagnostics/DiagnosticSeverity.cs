using Ardalis.SmartEnum;

namespace AiContracts.Domain.Diagnostics;

/// <summary>How serious a finding is.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class DiagnosticSeverity : SmartEnum<DiagnosticSeverity>
{
    /// <summary>The contract is invalid: it cannot be accepted as it is.</summary>
    public static readonly DiagnosticSeverity Error = new(nameof(Error), 1);

    /// <summary>The contract is acceptable but weak here; a playbook may treat it as an error.</summary>
    public static readonly DiagnosticSeverity Warning = new(nameof(Warning), 2);

    /// <summary>Information for the reader; never a failure.</summary>
    public static readonly DiagnosticSeverity Info = new(nameof(Info), 3);

    private DiagnosticSeverity(string name, int value)
        : base(name, value)
    {
    }
}

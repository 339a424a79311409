using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Validation;

namespace AiContracts.Json;

/// <summary>The outcome of reading a playbook document: the playbook when the document is valid, and every finding.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed class PlaybookReadResult
{
    internal PlaybookReadResult(Playbook? playbook, ValidationReport report)
    {
        Report = report;
        Playbook = report.IsValid ? playbook : null;
    }

    /// <summary>The playbook; null when the document has errors.</summary>
    public Playbook? Playbook { get; }

    /// <summary>Every finding about the document, with the same codes, pointers and positions as contract documents.</summary>
    public ValidationReport Report { get; }

    /// <summary>Whether the document is a valid playbook.</summary>
    public bool IsValid => Report.IsValid;
}

using AiContracts.Domain.Primitives;
using NodaTime;

namespace AiContracts.Domain.Governance;

/// <summary>Regular reports from the provider.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record ReportingTerms
{
    /// <summary>How often reports are delivered.</summary>
    public required Cadence Cadence { get; init; }

    /// <summary>The KPIs reported on; empty for all.</summary>
    public ValueArray<LocalId> KpiIds { get; init; }

    /// <summary>What else each report contains, for example "incident summary".</summary>
    public ValueArray<string> Contents { get; init; }

    /// <summary>How soon after the end of the reporting period the report is due.</summary>
    public Period? DeliveredWithin { get; init; }
}

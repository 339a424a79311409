using AiContracts.Domain.Diagnostics;

namespace AiContracts.OpenSlo;

/// <summary>A contract's measurable KPIs and objectives as OpenSLO v1 YAML, and a finding for each KPI or member left out.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record OpenSloExport
{
    /// <summary>The YAML: a <c>Service</c> document for the contract, then one <c>SLO</c> document per exported KPI.</summary>
    public required string Yaml { get; init; }

    /// <summary>How many SLO documents <see cref="Yaml"/> holds.</summary>
    public required int SloCount { get; init; }

    /// <summary>The findings: KPIs and members OpenSLO cannot carry (warnings); never an error for a valid contract.</summary>
    public required ValidationReport Report { get; init; }
}

using AiContracts.Domain.Computations.ServiceCredits;
using AiContracts.Domain.Diagnostics;

namespace AiContracts.OpenSlo;

/// <summary>Measurements made from monitoring data, and the findings about the data (with JSON or CSV positions).</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record MonitoringImport
{
    /// <summary>The measurements; null when an error means they cannot be made unambiguously.</summary>
    public SlaMeasurements? Measurements { get; init; }

    /// <summary>The findings about the monitoring data (document <see cref="DocumentKind.MonitoringData"/>).</summary>
    public required ValidationReport Report { get; init; }

    /// <summary>Whether there is no error, so that <see cref="Measurements"/> is set.</summary>
    public bool IsValid => Measurements is not null && Report.IsValid;
}

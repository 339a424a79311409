using NodaTime;

namespace AiContracts.Domain.ServiceLevels;

/// <summary>The window a KPI is measured over, reckoned in the contract's time zone.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record MeasurementWindow
{
    /// <summary>A calendar window or a rolling period.</summary>
    public required WindowKind Kind { get; init; }

    /// <summary>The length of a rolling window, for example P28D; only for <see cref="WindowKind.Rolling"/>.</summary>
    public Period? RollingPeriod { get; init; }
}

using Ardalis.SmartEnum;

namespace AiContracts.Domain.ServiceLevels;

/// <summary>How availability is computed.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class AvailabilityMethod : SmartEnum<AvailabilityMethod>
{
    /// <summary>Minutes the service was up over total minutes in the window, minus excluded minutes.</summary>
    public static readonly AvailabilityMethod UptimeMinutes = new(nameof(UptimeMinutes), 1);

    /// <summary>100 % minus the average error rate over fixed intervals (as public cloud SLAs define it).</summary>
    public static readonly AvailabilityMethod ErrorRateIntervals = new(nameof(ErrorRateIntervals), 2);

    private AvailabilityMethod(string name, int value)
        : base(name, value)
    {
    }
}

using Ardalis.SmartEnum;

namespace AiContracts.Domain;

/// <summary>How often something recurs: monitoring, reporting, audits.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class Cadence : SmartEnum<Cadence>
{
    /// <summary>Continuously, as events happen.</summary>
    public static readonly Cadence Continuous = new(nameof(Continuous), 1);

    /// <summary>Every hour.</summary>
    public static readonly Cadence Hourly = new(nameof(Hourly), 2);

    /// <summary>Every day.</summary>
    public static readonly Cadence Daily = new(nameof(Daily), 3);

    /// <summary>Every week.</summary>
    public static readonly Cadence Weekly = new(nameof(Weekly), 4);

    /// <summary>Every calendar month.</summary>
    public static readonly Cadence Monthly = new(nameof(Monthly), 5);

    /// <summary>Every calendar quarter.</summary>
    public static readonly Cadence Quarterly = new(nameof(Quarterly), 6);

    /// <summary>Every year.</summary>
    public static readonly Cadence Annually = new(nameof(Annually), 7);

    private Cadence(string name, int value)
        : base(name, value)
    {
    }
}

using Ardalis.SmartEnum;

namespace AiContracts.Domain.Governance;

/// <summary>How severe an incident is.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class IncidentSeverity : SmartEnum<IncidentSeverity>
{
    /// <summary>Service down or data breach.</summary>
    public static readonly IncidentSeverity Critical = new(nameof(Critical), 1);

    /// <summary>Major degradation or wrong outputs at scale.</summary>
    public static readonly IncidentSeverity High = new(nameof(High), 2);

    /// <summary>Partial degradation with a workaround.</summary>
    public static readonly IncidentSeverity Medium = new(nameof(Medium), 3);

    /// <summary>Minor issue.</summary>
    public static readonly IncidentSeverity Low = new(nameof(Low), 4);

    private IncidentSeverity(string name, int value)
        : base(name, value)
    {
    }
}

using Ardalis.SmartEnum;

namespace AiContracts.Domain.ServiceLevels;

/// <summary>How an interval that an outage covers only in part counts (a minute, unless the interval length says otherwise). Introduced in format 1.1.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class PartialMinuteRule : SmartEnum<PartialMinuteRule>
{
    /// <summary>Any interval an outage touches is down (what format 1.0 does when the rule is not stated).</summary>
    public static readonly PartialMinuteRule AnyStartedMinute = new(nameof(AnyStartedMinute), 1);

    /// <summary>Only an interval an outage covers from start to end is down; a partial interval counts as up.</summary>
    public static readonly PartialMinuteRule WholeMinutesOnly = new(nameof(WholeMinutesOnly), 2);

    /// <summary>An interval counts as down for the share of it that outages cover, exactly.</summary>
    public static readonly PartialMinuteRule Exact = new(nameof(Exact), 3);

    private PartialMinuteRule(string name, int value)
        : base(name, value)
    {
    }
}

using Ardalis.SmartEnum;

namespace AiContracts.Domain.ServiceLevels;

/// <summary>How an interval that saw no requests counts when availability is computed from error rates.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class EmptyIntervalRule : SmartEnum<EmptyIntervalRule>
{
    /// <summary>The interval counts as fully available (0 % error rate).</summary>
    public static readonly EmptyIntervalRule CountsAsAvailable = new(nameof(CountsAsAvailable), 1);

    /// <summary>The interval counts as unavailable.</summary>
    public static readonly EmptyIntervalRule CountsAsUnavailable = new(nameof(CountsAsUnavailable), 2);

    /// <summary>The interval is left out of the average.</summary>
    public static readonly EmptyIntervalRule Excluded = new(nameof(Excluded), 3);

    private EmptyIntervalRule(string name, int value)
        : base(name, value)
    {
    }
}

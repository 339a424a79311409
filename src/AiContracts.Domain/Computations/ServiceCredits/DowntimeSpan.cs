using AiContracts.Domain.Internal;
using AiContracts.Domain.ServiceLevels;
using NodaTime;

namespace AiContracts.Domain.Computations.ServiceCredits;

/// <summary>An outage: from <see cref="Start"/> (inclusive) to <see cref="End"/> (exclusive) the service was down.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record DowntimeSpan
{
    /// <summary>When the outage began.</summary>
    public required Instant Start { get; init; }

    /// <summary>When the service was back.</summary>
    public required Instant End { get; init; }

    /// <summary>The cause, when it is one the objective may exclude; null when not attributed.</summary>
    public ExclusionKind? Cause { get; init; }

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(DowntimeSpan), PrintMembers);
}

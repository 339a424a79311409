using AiContracts.Domain.Internal;
using NodaTime;

namespace AiContracts.Domain.Computations.ServiceCredits;

/// <summary>
/// A failed request attributed to the client that sent it, for a KPI whose availability definition counts a client's
/// repeated errors once (its <c>repeatedErrorWindow</c>). Each is one of the failed requests of the interval it falls in.
/// Introduced in format 1.1.
/// </summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record ClientFailure
{
    /// <summary>The client, as the measurement source identifies it (an API key, a project, a caller id). Introduced in format 1.1.</summary>
    public required string Client { get; init; }

    /// <summary>When the failed request was received. Introduced in format 1.1.</summary>
    public required Instant At { get; init; }

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(ClientFailure), PrintMembers);
}

using AiContracts.Domain.Internal;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Pricing;

/// <summary>
/// A tier chosen per request by the request's own size (for example prompts above 200,000 tokens), not by the period's
/// volume. Introduced in format 1.2.
/// </summary>
/// <remarks>
/// The first tier of a rate card applies from zero and states no bound; each later tier states exactly one of
/// <see cref="Above"/> and <see cref="AtLeast"/>, as the vendor writes it. A request belongs to the last tier whose bound
/// it meets. Thread safety: immutable; safe to share across threads.
/// </remarks>
public sealed record RequestTier
{
    /// <summary>The tier's identifier within its rate card; prices name it. Introduced in format 1.2.</summary>
    public required LocalId Id { get; init; }

    /// <summary>A short name, for example "Prompts above 200K tokens". Introduced in format 1.2.</summary>
    public string? Name { get; init; }

    /// <summary>The tier applies to requests whose size is greater than this (the bound itself is in the tier below). Introduced in format 1.2.</summary>
    public decimal? Above { get; init; }

    /// <summary>The tier applies to requests whose size is this or greater. Introduced in format 1.2.</summary>
    public decimal? AtLeast { get; init; }

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(RequestTier), PrintMembers);
}

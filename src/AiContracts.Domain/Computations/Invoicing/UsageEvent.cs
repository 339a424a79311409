using AiContracts.Domain.Internal;
using AiContracts.Domain.Primitives;
using NodaTime;

namespace AiContracts.Domain.Computations.Invoicing;

/// <summary>One event of a meter priced as a percentage of declared amounts, for example a payment and its amount. Introduced in format 1.1.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record UsageEvent
{
    /// <summary>The declared amount the percentage applies to, in the contract's currency; zero or more. Introduced in format 1.1.</summary>
    public required Money Amount { get; init; }

    /// <summary>The event's identifier in the provider's records, for reference. Introduced in format 1.1.</summary>
    public string? Reference { get; init; }

    /// <summary>The day the event happened, in the contract's time zone, for reference. Introduced in format 1.1.</summary>
    public LocalDate? Date { get; init; }

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(UsageEvent), PrintMembers);
}

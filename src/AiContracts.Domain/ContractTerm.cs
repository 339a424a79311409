using AiContracts.Domain.Internal;
using NodaTime;

namespace AiContracts.Domain;

/// <summary>How long the contract runs and how it renews.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record ContractTerm
{
    /// <summary>The length of the initial term from the effective date, for example P2Y.</summary>
    public Period? InitialTerm { get; init; }

    /// <summary>A fixed end date, when the term is stated as a date rather than a length.</summary>
    public LocalDate? EndDate { get; init; }

    /// <summary>How the contract renews at the end of a term.</summary>
    public RenewalTerms? Renewal { get; init; }

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(ContractTerm), PrintMembers);
}

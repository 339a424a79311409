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
}

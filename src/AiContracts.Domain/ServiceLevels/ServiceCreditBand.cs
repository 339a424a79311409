using AiContracts.Domain.Internal;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.ServiceLevels;

/// <summary>One row of a service-credit table: an attainment range and its credit.</summary>
/// <remarks>Bounds follow the wording of public cloud SLAs. For a KPI where higher is better ("less than 99.9 % but equal to or greater than 99.0 %"), <see cref="From"/> is inclusive and <see cref="To"/> exclusive. For a KPI where lower is better ("more than 500 ms but no more than 1000 ms"), <see cref="From"/> is exclusive and <see cref="To"/> inclusive. Thread safety: immutable; safe to share across threads.</remarks>
public sealed record ServiceCreditBand
{
    /// <summary>The lower bound of attained values; null for no lower bound.</summary>
    public decimal? From { get; init; }

    /// <summary>The upper bound of attained values; null for no upper bound.</summary>
    public decimal? To { get; init; }

    /// <summary>The credit, as a share of the credit base.</summary>
    public required Percentage Credit { get; init; }

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(ServiceCreditBand), PrintMembers);
}

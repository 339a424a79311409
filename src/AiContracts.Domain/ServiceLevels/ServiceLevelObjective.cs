using AiContracts.Domain.Primitives;
using NodaTime;

namespace AiContracts.Domain.ServiceLevels;

/// <summary>A committed objective on a KPI, with its service-credit table, exclusions, caps and remedies.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record ServiceLevelObjective
{
    /// <summary>The objective's identifier.</summary>
    public required LocalId Id { get; init; }

    /// <summary>The KPI the objective is measured on.</summary>
    public required LocalId KpiId { get; init; }

    /// <summary>A short name, for example "Monthly uptime".</summary>
    public string? Name { get; init; }

    /// <summary>Attainment bands and the credit each earns.</summary>
    public ValueArray<ServiceCreditBand> CreditBands { get; init; }

    /// <summary>The fees a credit percentage applies to.</summary>
    public CreditBase? CreditBase { get; init; }

    /// <summary>The meters whose fees form the credit base, for <see cref="CreditBase.AffectedMeterFees"/>.</summary>
    public ValueArray<LocalId> MeterIds { get; init; }

    /// <summary>The most credit for one period, as a share of the credit base.</summary>
    public Percentage? CreditCap { get; init; }

    /// <summary>The smallest credit issued for one claim (one objective, one period), in the pricing currency; a smaller credit is not issued. Introduced in format 1.1.</summary>
    public Money? MinimumCredit { get; init; }

    /// <summary>The most credit for one claim (one objective, one period), in the pricing currency, besides the credit cap. Introduced in format 1.1.</summary>
    public Money? MaximumCreditPerClaim { get; init; }

    /// <summary>Causes that do not count against the objective.</summary>
    public ValueArray<Exclusion> Exclusions { get; init; }

    /// <summary>How long after the end of a period the customer may claim a credit.</summary>
    public Period? ClaimWindow { get; init; }

    /// <summary>Repeated breaches that give a termination right.</summary>
    public ChronicBreachTerms? ChronicBreach { get; init; }

    /// <summary>What happens on a breach besides credits, or including them.</summary>
    public ValueArray<Remedy> Remedies { get; init; }
}

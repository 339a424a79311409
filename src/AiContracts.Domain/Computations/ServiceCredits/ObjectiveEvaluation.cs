using AiContracts.Domain.Internal;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.ServiceLevels;
using NodaTime;

namespace AiContracts.Domain.Computations.ServiceCredits;

/// <summary>The outcome of one service level objective for a period: attained value, target, breach, credit band, credit and claim deadline.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record ObjectiveEvaluation
{
    /// <summary>The objective.</summary>
    public required LocalId ObjectiveId { get; init; }

    /// <summary>The KPI the objective is measured on.</summary>
    public required LocalId KpiId { get; init; }

    /// <summary>Whether the objective was evaluated; false when a measurement or a term is missing (a finding says which).</summary>
    public required bool Evaluated { get; init; }

    /// <summary>The attained value in the KPI's unit, exact (never rounded before it is compared).</summary>
    public decimal? Attained { get; init; }

    /// <summary>The KPI's unit.</summary>
    public KpiUnit? Unit { get; init; }

    /// <summary>Whether higher or lower values are better.</summary>
    public Direction? Direction { get; init; }

    /// <summary>The KPI's target.</summary>
    public decimal? Target { get; init; }

    /// <summary>The value beyond which the objective is breached: the KPI's breach threshold, or its target when it states none.</summary>
    public decimal? BreachThreshold { get; init; }

    /// <summary>Whether the attained value meets the target (exactly at the target meets it); null when not evaluated.</summary>
    public bool? MeetsTarget { get; init; }

    /// <summary>Whether the objective is breached: below the threshold where higher is better, above it where lower is better; null when not evaluated.</summary>
    public bool? Breached { get; init; }

    /// <summary>The 0-based index of the credit band hit in the objective's table; null when none is.</summary>
    public int? CreditBandIndex { get; init; }

    /// <summary>The credit band hit; null when none is (no breach, or no band covers the attained value).</summary>
    public ServiceCreditBand? CreditBand { get; init; }

    /// <summary>The credit owed as a share of the credit base: the band's credit, limited by the objective's credit cap; zero when none.</summary>
    public Percentage CreditPercentage { get; init; }

    /// <summary>Whether the objective's credit cap lowered the band's credit.</summary>
    public bool CreditCapApplied { get; init; }

    /// <summary>Whether the credit was not issued because it is below the objective's minimum credit; null when the objective states none or the amount is unknown. Introduced in format 1.1.</summary>
    public bool? CreditBelowMinimum { get; init; }

    /// <summary>Whether the objective's maximum credit per claim lowered the credit amount; null when the objective states none or the amount is unknown. Introduced in format 1.1.</summary>
    public bool? CreditMaximumApplied { get; init; }

    /// <summary>Whether the credit is not paid because another objective's higher credit for the period is (one objective per claim); null when the contract does not say so. Introduced in format 1.1.</summary>
    public bool? CreditSuperseded { get; init; }

    /// <summary>The fees the credit percentage applies to (the contract's credit base; affected service fees when it names none).</summary>
    public CreditBase? CreditBase { get; init; }

    /// <summary>The amount of the credit base for the period; null when the period's usage was not given or the base cannot be computed.</summary>
    public Money? CreditBaseAmount { get; init; }

    /// <summary>The credit in money, rounded to the currency's minor unit; null when the credit base amount is unknown.</summary>
    public Money? CreditAmount { get; init; }

    /// <summary>The counts behind an availability computed from intervals; null otherwise.</summary>
    public AvailabilityBreakdown? Availability { get; init; }

    /// <summary>The exclusions applied to intervals and outages, with the time each took out.</summary>
    public ValueArray<AppliedExclusion> Exclusions { get; init; }

    /// <summary>The last day a credit may be claimed: the period's last day plus the claim window; null when the objective states none.</summary>
    public LocalDate? ClaimDeadline { get; init; }

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(ObjectiveEvaluation), PrintMembers);
}

using AiContracts.Domain.Primitives;
using NodaTime;

namespace AiContracts.Domain.Validation;

/// <summary>
/// The thresholds the built-in rules read: the longest acceptable retention, the latest breach notification, the
/// smallest acceptable credit and so on. Every member has a documented default; a playbook changes only what it needs
/// (<c>PlaybookParameters.Default with { LongestRetention = Period.FromMonths(6) }</c>).
/// </summary>
/// <remarks>
/// Periods are compared by adding them to the same date and time, so <c>P1M</c> is shorter than <c>P31D</c> and
/// <c>P3D</c> equals <c>PT72H</c>. Thread safety: immutable; safe to share across threads.
/// </remarks>
public sealed record PlaybookParameters
{
    /// <summary>The defaults (each member's documentation gives its default).</summary>
    public static PlaybookParameters Default { get; } = new();

    /// <summary>The longest a data category may be kept (AIC2002). Default: three years.</summary>
    public Period LongestRetention { get; init; } = Period.FromYears(3);

    /// <summary>The latest a personal-data breach may be notified (AIC2012). Default: 72 hours, as GDPR Art. 33 asks of controllers.</summary>
    public Period LatestBreachNotification { get; init; } = Period.FromHours(72);

    /// <summary>The smallest service credit a credit band may grant (AIC1012). Default: 5 %.</summary>
    public Percentage SmallestCredit { get; init; } = Percentage.FromPercent(5m);

    /// <summary>Upfront fees above this amount must be refundable or tied to a guarantee (AIC4005); null (the default) means every upfront fee. A fee in another currency always counts as above it.</summary>
    public Money? UpfrontFeeThreshold { get; init; }

    /// <summary>The largest price increase per period the contract may allow (AIC4008). Default: 5 %.</summary>
    public Percentage LargestPriceIncrease { get; init; } = Percentage.FromPercent(5m);

    /// <summary>The shortest acceptable notice of an interface deprecation (AIC3006). Default: six months.</summary>
    public Period ShortestDeprecationNotice { get; init; } = Period.FromMonths(6);

    /// <summary>The least frequent acceptable reporting cadence (AIC6002). Default: <see cref="Cadence.Quarterly"/>.</summary>
    public Cadence LeastFrequentReporting { get; init => field = value ?? Cadence.Quarterly; } = Cadence.Quarterly;

    /// <summary>The latest a critical incident may be notified (AIC6005). Default: 24 hours.</summary>
    public Period LatestCriticalIncidentNotification { get; init; } = Period.FromHours(24);

    /// <summary>The shortest acceptable notice of a model change (AIC6006). Default: 14 days.</summary>
    public Period ShortestModelChangeNotice { get; init; } = Period.FromDays(14);

    /// <summary>The latest data may be handed over at exit (AIC5006). Default: 90 days.</summary>
    public Period LatestPortabilityDeadline { get; init; } = Period.FromDays(90);
}

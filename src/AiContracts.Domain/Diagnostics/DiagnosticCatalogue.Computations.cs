namespace AiContracts.Domain.Diagnostics;

// This part: the computations' codes (AIC7xxx), bad measurements, usage and other inputs of a computation.
public static partial class DiagnosticCatalogue
{
    private const string Computations = "computations";

    /// <summary>AIC7001: a measurement names a KPI the contract does not define.</summary>
    public static DiagnosticDescriptor UnknownKpi { get; } = Error("AIC7001", "Unknown KPI", Computations, "'{value}' is not the id of any KPI of the contract; expected one of {allowed}. The measurement is ignored.");

    /// <summary>AIC7002: a period or a date lies outside the contract's term.</summary>
    public static DiagnosticDescriptor OutsideTerm { get; } = Error("AIC7002", "Outside the contract term", Computations, "{what} {value} lies outside the contract's term ({term}); nothing is computed for it.");

    /// <summary>AIC7003: a count or a quantity is negative.</summary>
    public static DiagnosticDescriptor NegativeCount { get; } = Error("AIC7003", "Negative count", Computations, "{what} is {value}; counts and quantities cannot be negative.");

    /// <summary>AIC7004: a measurement has more good (or failed) events than events in total.</summary>
    public static DiagnosticDescriptor MoreGoodThanTotal { get; } = Error("AIC7004", "More good events than total", Computations, "{what} {value} exceeds the {total} events in total; the measurement is not used.");

    /// <summary>AIC7005: usage names a meter the contract does not define.</summary>
    public static DiagnosticDescriptor UnknownMeter { get; } = Error("AIC7005", "Unknown meter", Computations, "'{value}' is not the id of any meter of the contract; expected one of {allowed}. The usage is not billed.");

    /// <summary>AIC7006: an amount is in another currency than the contract's.</summary>
    public static DiagnosticDescriptor CurrencyMismatch { get; } = Error("AIC7006", "Currency differs from the contract's", Computations, "{what} is in {value} but the contract's currency is {expected}; amounts are never converted, so it is not used.");

    /// <summary>AIC7007: an objective has no measurement for the period.</summary>
    public static DiagnosticDescriptor MissingMeasurement { get; } = Warning("AIC7007", "Missing measurement", Computations, "Objective '{objective}' has no measurement of KPI '{value}' for the period; it is not evaluated.");

    /// <summary>AIC7008: pricing terms are incomplete for the usage (a meter without its price, tiers that end below the usage, a negative price), so they are not applied.</summary>
    public static DiagnosticDescriptor IncompletePricing { get; } = Error("AIC7008", "Pricing terms cannot be applied", Computations, "{detail}");

    /// <summary>AIC7009: an objective lacks what its evaluation needs (a KPI, a direction, a target, an availability definition).</summary>
    public static DiagnosticDescriptor ObjectiveNotEvaluable { get; } = Error("AIC7009", "Objective cannot be evaluated", Computations, "{detail}");

    /// <summary>AIC7010: the fees a credit percentage applies to are not known, so the credit has no amount.</summary>
    public static DiagnosticDescriptor CreditBaseUnavailable { get; } = Warning("AIC7010", "Credit base unavailable", Computations, "{detail}");

    /// <summary>AIC7011: usage exceeds a throttled (hard) quantity cap.</summary>
    public static DiagnosticDescriptor UsageBeyondHardLimit { get; } = Warning("AIC7011", "Usage beyond a hard limit", Computations, "Meter '{meter}' reports {value} units but its cap of {cap} is a hard limit (Throttled); the units beyond the cap are not billed.");

    /// <summary>AIC7012: a measurement cannot be used as it is (a percentage above 100, no events, an interval outside the period...).</summary>
    public static DiagnosticDescriptor InvalidMeasurement { get; } = Error("AIC7012", "Invalid measurement", Computations, "{detail}");

    /// <summary>AIC7013: the contract lacks terms the computation needs (pricing, a time zone, a termination right...).</summary>
    public static DiagnosticDescriptor MissingTerms { get; } = Error("AIC7013", "Missing contract terms", Computations, "{detail}");

    /// <summary>AIC7014: a period ends before it starts.</summary>
    public static DiagnosticDescriptor InvalidPeriod { get; } = Error("AIC7014", "Invalid period", Computations, "The period's last day {value} is before its first day {first}.");

    /// <summary>AIC7015: a KPI or a meter appears more than once in one input.</summary>
    public static DiagnosticDescriptor DuplicateInput { get; } = Error("AIC7015", "Duplicate input", Computations, "'{value}' appears more than once in {what}; give one entry per {item}. Neither entry is used.");

    /// <summary>AIC7016: an amount is too large to compute exactly in a decimal.</summary>
    public static DiagnosticDescriptor AmountTooLarge { get; } = Error("AIC7016", "Amount too large", Computations, "{what} is too large to compute exactly (more than 28 significant digits); it is not billed.");

    /// <summary>AIC7017: the period differs from the KPI's measurement window.</summary>
    public static DiagnosticDescriptor PeriodWindowMismatch { get; } = Warning("AIC7017", "Period differs from the measurement window", Computations, "KPI '{value}' is measured per {window}, but the period {period} is not one; the result is computed for the period as given.");

    /// <summary>AIC7018: notice is given before the termination right may be exercised.</summary>
    public static DiagnosticDescriptor NoticeBeforeLockIn { get; } = Error("AIC7018", "Notice before the right may be exercised", Computations, "Notice given on {value} is before {earliest}, the first day the {trigger} right may be exercised; no dates are computed.");

    /// <summary>AIC7019: the minimum commitment's period differs from the billing period, so no per-invoice true-up is made.</summary>
    public static DiagnosticDescriptor CommitmentNotTruedUp { get; } = Warning("AIC7019", "Commitment period differs from the billing period", Computations, "The minimum commitment of {value} applies per {per} but invoices are {billing}; no true-up is made on this invoice.");

    /// <summary>AIC7020: a date or a time the computation needs lies beyond the calendar (past the year 9999).</summary>
    public static DiagnosticDescriptor BeyondCalendar { get; } = Error("AIC7020", "Date beyond the calendar", Computations, "{detail}");

    /// <summary>AIC7030: a meter priced as a percentage of declared amounts has usage without events, or its quantity is not their number. Introduced in format 1.1.</summary>
    public static DiagnosticDescriptor EventsMissing { get; } = Error("AIC7030", "Events missing or miscounted", Computations, "{detail}");

    /// <summary>AIC7031: usage lists events for a meter that is not priced as a percentage of declared amounts. Introduced in format 1.1.</summary>
    public static DiagnosticDescriptor EventsNotPriced { get; } = Error("AIC7031", "Events on a meter not priced by amount", Computations, "The usage of meter '{value}' lists events, but the meter is priced {model}, not PercentageOfAmount; the events cannot be priced, so the meter is not billed.");

    /// <summary>AIC7021: the invoiced period is not one billing period, so flat fees and the commitment are not prorated.</summary>
    public static DiagnosticDescriptor PeriodBillingMismatch { get; } = Warning("AIC7021", "Period differs from the billing period", Computations, "Invoices are {billing} but the period {value} is not one; flat fees, the minimum commitment and caps apply in full, not prorated.");

    /// <summary>AIC7022: a measurement names the clients of failures, but the KPI does not count repeated errors once.</summary>
    public static DiagnosticDescriptor ClientFailuresNotUsed { get; } = Warning("AIC7022", "Client failures not used", Computations, "The measurement of KPI '{value}' lists {count} client failures, but the KPI states no repeatedErrorWindow, so each failed request counts as it is and the list is not used.");

    /// <summary>AIC7023: the KPI counts a client's repeated errors once, but some failed requests are not attributed to a client.</summary>
    public static DiagnosticDescriptor FailuresNotAttributed { get; } = Warning("AIC7023", "Failures not attributed to clients", Computations, "KPI '{value}' counts a client's repeated errors once, but {count} failed requests of the period are not attributed to a client and count one each; list every failed request in clientFailures for the contract's count.");

    /// <summary>AIC7024: a client failure does not fit the intervals (outside every listed interval, or more than the interval's failed requests).</summary>
    public static DiagnosticDescriptor ClientFailuresMismatch { get; } = Error("AIC7024", "Client failures do not match the intervals", Computations, "{detail}");

    /// <summary>AIC7032: a usage record names a rate card, a counter or a modifier the contract does not define. Introduced in format 1.2.</summary>
    public static DiagnosticDescriptor UnknownRateCardElement { get; } = Error("AIC7032", "Unknown rate card, counter or modifier", Computations, "'{value}' is not the id of any {what}; expected one of {allowed}. The record is not billed.");

    /// <summary>AIC7033: a record stands for several requests, but the rate card has a rule applied per request. Introduced in format 1.2.</summary>
    public static DiagnosticDescriptor PerRequestRuleNeedsRecords { get; } = Error("AIC7033", "Per-request rule needs one record per request", Computations, "Record {value} stands for {count} requests, but rate card '{card}' {rule}, which is applied to each request; give one record per request. The record is not billed.");

    /// <summary>AIC7034: a record has no time, but its price depends on when it was made. Introduced in format 1.2.</summary>
    public static DiagnosticDescriptor RecordTimeNeeded { get; } = Error("AIC7034", "Record time needed", Computations, "Record {value} of rate card '{card}' has no time, but {rule}; give the time the request was made (at). The record is not billed.");

    /// <summary>AIC7035: a counter reports more than the counter it is stated to be counted in. Introduced in format 1.2.</summary>
    public static DiagnosticDescriptor ContainedExceedsContainer { get; } = Error("AIC7035", "Contained quantity above its container", Computations, "In record {value}, the counters counted inside '{container}' report {contained} in all, more than the {reported} that '{container}' reports; the contract states them as counted inside it, so the record cannot be read. The record is not billed.");

    /// <summary>AIC7036: a record was made outside the period being invoiced. Introduced in format 1.2.</summary>
    public static DiagnosticDescriptor RecordOutsidePeriod { get; } = Error("AIC7036", "Record outside the period", Computations, "Record {value} was made on {day}, outside the period {period}; it is not billed.");

    /// <summary>AIC7037: a record stands for no request. Introduced in format 1.2.</summary>
    public static DiagnosticDescriptor InvalidRequestCount { get; } = Error("AIC7037", "Invalid request count", Computations, "Record {value} stands for {count} requests; a record stands for one request or more. The record is not billed.");

    /// <summary>AIC7038: a deployment or commitment of reserved capacity has a size the reservation does not allow. Introduced in format 1.2.</summary>
    public static DiagnosticDescriptor DeployedSizeNotAllowed { get; } = Error("AIC7038", "Reserved size not allowed", Computations, "Reservation record {value} has {units} units, which reservation '{reservation}' does not allow: {allowed}. It is not billed.");

    /// <summary>AIC7039: a deployment or commitment of reserved capacity cannot be priced as given (an unknown reservation, a term without a rate, an end before its start). Introduced in format 1.2.</summary>
    public static DiagnosticDescriptor InvalidReservationUsage { get; } = Error("AIC7039", "Reservation record cannot be priced", Computations, "Reservation record {value} {problem}. It is not billed.");

    private static DiagnosticDescriptor[] ComputationDescriptors() =>
    [
        UnknownKpi, OutsideTerm, NegativeCount, MoreGoodThanTotal, UnknownMeter, CurrencyMismatch, MissingMeasurement, IncompletePricing,
        ObjectiveNotEvaluable, CreditBaseUnavailable, UsageBeyondHardLimit, InvalidMeasurement, MissingTerms, InvalidPeriod, DuplicateInput,
        AmountTooLarge, PeriodWindowMismatch, NoticeBeforeLockIn, CommitmentNotTruedUp, BeyondCalendar,
        PeriodBillingMismatch, ClientFailuresNotUsed, FailuresNotAttributed, ClientFailuresMismatch,
        EventsMissing, EventsNotPriced,
        UnknownRateCardElement, PerRequestRuleNeedsRecords, RecordTimeNeeded, ContainedExceedsContainer, RecordOutsidePeriod, InvalidRequestCount, DeployedSizeNotAllowed, InvalidReservationUsage,
    ];
}

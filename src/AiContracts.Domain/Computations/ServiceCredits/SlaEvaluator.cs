using AiContracts.Domain.Computations.Invoicing;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Exit;
using AiContracts.Domain.Internal;
using AiContracts.Domain.Pricing;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.ServiceLevels;
using NodaTime;

namespace AiContracts.Domain.Computations.ServiceCredits;

/// <summary>
/// Evaluates a contract's service level objectives for a period's measurements, with the semantics public cloud SLAs
/// use (see docs/computations.md): bands with an inclusive lower and exclusive upper bound where higher is better (the
/// reverse where lower is better), attainment exactly at the target is no breach, availability by uptime intervals or
/// by average error rate, exclusions with their caps, credit caps and claim deadlines; and assesses chronic breach over a
/// history of periods.
/// </summary>
/// <remarks>Thread safety: stateless; safe to call from any thread.</remarks>
public static class SlaEvaluator
{
    private const string Rule = "sla-evaluation";

    /// <summary>Evaluates every objective of the contract for one period.</summary>
    /// <param name="contract">The contract.</param>
    /// <param name="measurements">The period and the measurements per KPI.</param>
    /// <param name="usage">
    /// The same period's usage, to compute each credit in money on the base the contract names; null to compute credit
    /// percentages only (an invoice then computes the amounts).
    /// </param>
    /// <returns>The evaluation, with findings for bad input; never throws for bad input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contract"/> or <paramref name="measurements"/> is null.</exception>
    public static SlaEvaluation Evaluate(AiContract contract, SlaMeasurements measurements, UsageStatement? usage = null)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(measurements);
        ArgumentNullException.ThrowIfNull(measurements.Period);
        var period = measurements.Period;
        if (ComputationSupport.Integrity(contract) is { } integrity)
        {
            return new SlaEvaluation { ContractId = contract.Id, Period = period, Diagnostics = integrity };
        }

        var findings = new FindingList();
        var levels = contract.ServiceLevels;
        if (levels is null || levels.Objectives.IsEmpty)
        {
            findings.Add(DiagnosticCatalogue.MissingTerms.Create(JsonPointer.Root / "serviceLevels" / "objectives", Rule, ("detail", "The contract has no service level objectives to evaluate.")));
            return new SlaEvaluation { ContractId = contract.Id, Period = period, Diagnostics = ValueArray.From(findings) };
        }

        if (!ComputationSupport.CheckPeriod(contract, period, JsonPointer.Root / "period", DocumentKind.Measurements, Rule, findings))
        {
            return new SlaEvaluation { ContractId = contract.Id, Period = period, Diagnostics = ValueArray.From(findings) };
        }

        var byKpi = IndexMeasurements(levels, measurements, findings);
        var charges = PeriodCharges(contract, period, usage, findings);
        var results = new List<ObjectiveEvaluation>();
        for (var i = 0; i < levels.Objectives.Count; i++)
        {
            var context = new ObjectiveContext(contract, levels.Objectives[i], i, period, findings);
            try
            {
                results.Add(context.Evaluate(byKpi, charges));
            }
            catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
            {
                // A period or duration of the contract that runs past the calendar (P9999Y, a window of 10^9 hours).
                var objective = levels.Objectives[i];
                findings.Add(DiagnosticCatalogue.BeyondCalendar.Create(JsonPointer.Root / "serviceLevels" / "objectives" / i, Rule, ("detail",
                    $"Objective '{objective.Id}' cannot be evaluated: a date or time it needs lies beyond the calendar ({e.GetType().Name}); check its claim window, exclusions and its KPI's window.")));
                results.Add(new ObjectiveEvaluation { ObjectiveId = objective.Id, KpiId = objective.KpiId, Evaluated = false });
            }
        }

        results = ClaimTerms.OneObjectivePerClaim(contract, results);
        return new SlaEvaluation { ContractId = contract.Id, Period = period, Objectives = ValueArray.From(results), Diagnostics = ValueArray.From(findings) };
    }

    /// <summary>Assesses chronic breach ("N breaches within M periods") for every objective with chronic-breach terms.</summary>
    /// <param name="contract">The contract.</param>
    /// <param name="history">Evaluations of consecutive periods, in any order (they are ordered by period).</param>
    /// <returns>The status per objective with chronic-breach terms; an objective not evaluated in a period counts as not breached there.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contract"/> or <paramref name="history"/> is null, or holds null.</exception>
    public static ChronicBreachAssessment AssessChronicBreach(AiContract contract, IEnumerable<SlaEvaluation> history)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(history);
        var list = history.ToList();
        if (ComputationSupport.Integrity(contract) is { } integrity)
        {
            return new ChronicBreachAssessment { ContractId = contract.Id, Diagnostics = integrity };
        }

        var findings = new FindingList();
        var ordered = new List<SlaEvaluation>();
        var seen = new HashSet<ComputationPeriod>();
        for (var k = 0; k < list.Count; k++)
        {
            ArgumentNullException.ThrowIfNull(list[k], nameof(history));
            if (!seen.Add(list[k].Period))
            {
                findings.Add(DiagnosticCatalogue.DuplicateInput.Create(JsonPointer.Root / k / "period", Rule, ("value", list[k].Period.ToString()), ("what", "the history"), ("item", "period")).In(DocumentKind.EvaluationHistory));
                continue;
            }

            ordered.Add(list[k]);
        }

        ordered.Sort((a, b) => a.Period.FirstDay.CompareTo(b.Period.FirstDay));
        var statuses = new List<ChronicBreachStatus>();
        var objectives = contract.ServiceLevels?.Objectives ?? [];
        var exitRight = contract.Exit?.TerminationRights.Any(r => r.Trigger == TerminationTrigger.ChronicSlaBreach && r.HeldBy != PartyRole.Provider) == true;
        for (var i = 0; i < objectives.Count; i++)
        {
            var objective = objectives[i];
            if (objective.ChronicBreach is not { } terms)
            {
                continue;
            }

            // N >= 1 and M >= N: an integrity check (AIC0204), done before any computation.
            var breached = ordered.Select(e => e.Objectives.Any(o => o.ObjectiveId == objective.Id && o.Breached == true) ? 1 : 0).ToList();
            LocalDate? since = null;
            var window = 0;
            for (var t = 0; t < breached.Count; t++)
            {
                window += breached[t] - (t >= terms.WithinPeriods ? breached[t - terms.WithinPeriods] : 0);
                if (since is null && window >= terms.Breaches)
                {
                    since = ordered[t].Period.LastDay;
                }
            }

            var right = since is not null && (terms.GrantsTerminationRight ?? exitRight);
            statuses.Add(new ChronicBreachStatus
            {
                ObjectiveId = objective.Id,
                Breaches = terms.Breaches,
                WithinPeriods = terms.WithinPeriods,
                BreachesInLatestWindow = window,
                IsChronic = since is not null,
                ChronicSince = since,
                TerminationRight = right,
                ExerciseDeadline = right && terms.ExerciseWindow is { } exercise ? DateMath.TryPlus(since!.Value, exercise) : null,
            });
        }

        return new ChronicBreachAssessment { ContractId = contract.Id, Objectives = ValueArray.From(statuses), Diagnostics = ValueArray.From(findings) };
    }

    /// <summary>Maps KPI ids to (index, measurement); a null measurement marks a KPI measured twice.</summary>
    private static Dictionary<LocalId, (int Index, KpiMeasurement? Measurement)> IndexMeasurements(ServiceLevelTerms levels, SlaMeasurements measurements, FindingList findings)
    {
        var known = levels.Kpis.Select(k => k.Id).ToList();
        var result = new Dictionary<LocalId, (int, KpiMeasurement?)>();
        for (var j = 0; j < measurements.Kpis.Count; j++)
        {
            var m = measurements.Kpis[j];
            ArgumentNullException.ThrowIfNull(m, nameof(measurements));
            if (!known.Contains(m.KpiId))
            {
                findings.Add(DiagnosticCatalogue.UnknownKpi.Create(JsonPointer.Root / "kpis" / j / "kpiId", Rule, ("value", m.KpiId.ToString()), ("allowed", string.Join(", ", known))).In(DocumentKind.Measurements));
            }
            else if (result.ContainsKey(m.KpiId))
            {
                findings.Add(DiagnosticCatalogue.DuplicateInput.Create(JsonPointer.Root / "kpis" / j / "kpiId", Rule, ("value", m.KpiId.ToString()), ("what", "the measurements"), ("item", "KPI")).In(DocumentKind.Measurements));
                result[m.KpiId] = (j, null);
            }
            else
            {
                result[m.KpiId] = (j, m);
            }
        }

        return result;
    }

    /// <summary>The period's charges (invoice lines before credits), to compute credits on; null without usage.</summary>
    private static Charges? PeriodCharges(AiContract contract, ComputationPeriod period, UsageStatement? usage, FindingList findings)
    {
        if (usage is null)
        {
            return null;
        }

        if (usage.Period != period)
        {
            findings.Add(DiagnosticCatalogue.CreditBaseUnavailable.Create(JsonPointer.Root / "period", Rule, ("detail",
                $"The usage given is for {usage.Period}, not for the evaluated period {period}; credits are computed as percentages only.")).In(DocumentKind.Usage));
            return null;
        }

        var invoice = InvoiceCalculator.Calculate(contract, usage);
        findings.AddRange(invoice.Diagnostics);
        if (invoice.Currency is null)
        {
            return null;
        }

        var lines = invoice.Lines.Where(l => l.Kind != InvoiceLineKind.PrepaidDrawdown && l.Kind != InvoiceLineKind.ServiceCredit && l.Kind != InvoiceLineKind.Tax).ToList();
        return new Charges(lines, invoice.Currency, invoice.Rounding ?? ComputationSupport.DefaultRounding);
    }

    /// <summary>Everything one objective's evaluation needs.</summary>
    private sealed class ObjectiveContext(AiContract contract, ServiceLevelObjective objective, int index, ComputationPeriod period, FindingList findings)
    {
        private readonly JsonPointer pointer = JsonPointer.Root / "serviceLevels" / "objectives" / index;

        internal ObjectiveEvaluation Evaluate(Dictionary<LocalId, (int Index, KpiMeasurement? Measurement)> byKpi, Charges? charges)
        {
            var kpis = contract.ServiceLevels!.Kpis;
            var k = 0;
            while (k < kpis.Count && kpis[k].Id != objective.KpiId)
            {
                k++;
            }

            var result = new ObjectiveEvaluation
            {
                ObjectiveId = objective.Id,
                KpiId = objective.KpiId,
                Evaluated = false,
                CreditBase = CreditBases.Of(objective),
                ClaimDeadline = ClaimDeadline(),
            };
            if (k == kpis.Count)
            {
                return NotEvaluable(result, pointer / "kpiId", $"Objective '{objective.Id}' names KPI '{objective.KpiId}', which the contract does not define.");
            }

            var kpi = kpis[k];
            var kpiPointer = JsonPointer.Root / "serviceLevels" / "kpis" / k;
            result = result with { Unit = kpi.Unit, Direction = kpi.Direction, Target = kpi.Target, BreachThreshold = kpi.BreachThreshold ?? kpi.Target };
            if (kpi.Direction is not { } direction)
            {
                return NotEvaluable(result, kpiPointer / "direction", $"KPI '{kpi.Id}' states no direction, so a breach cannot be told from a good result.");
            }

            if (result.BreachThreshold is not { } threshold)
            {
                return NotEvaluable(result, kpiPointer / "target", $"KPI '{kpi.Id}' states neither a target nor a breach threshold.");
            }

            if (!byKpi.TryGetValue(kpi.Id, out var entry))
            {
                findings.Add(DiagnosticCatalogue.MissingMeasurement.Create(JsonPointer.Root / "kpis", Rule, ("objective", objective.Id.ToString()), ("value", kpi.Id.ToString())).In(DocumentKind.Measurements));
                return result;
            }

            if (entry.Measurement is null)
            {
                return result; // measured twice: reported
            }

            CheckWindow(kpi);
            var attained = Attain(kpi, kpiPointer, entry.Measurement, JsonPointer.Root / "kpis" / entry.Index, out var breakdown, out var exclusions);
            if (attained is not { } value)
            {
                return result with { Availability = breakdown, Exclusions = exclusions };
            }

            var higher = direction == Direction.HigherIsBetter;
            var breached = higher ? value < threshold : value > threshold;
            var target = kpi.Target ?? threshold;
            result = result with
            {
                Evaluated = true,
                Attained = value,
                MeetsTarget = higher ? value >= target : value <= target,
                Breached = breached,
                Availability = breakdown,
                Exclusions = exclusions,
            };
            return breached ? Credit(result, higher, value, charges) : result;
        }

        /// <summary>The last day to claim a credit; null without a claim window; an <see cref="OverflowException"/> (the objective is then reported as AIC7020) beyond the calendar.</summary>
        private LocalDate? ClaimDeadline() => objective.ClaimWindow is not { } claim
            ? null
            : DateMath.TryPlus(period.LastDay, claim) ?? throw new OverflowException("The claim deadline lies beyond the calendar.");

        private ObjectiveEvaluation Credit(ObjectiveEvaluation result, bool higher, decimal value, Charges? charges)
        {
            var bands = objective.CreditBands;
            for (var b = 0; b < bands.Count; b++)
            {
                var band = bands[b];
                var inBand = higher
                    ? (band.From is not { } from || value >= from) && (band.To is not { } to || value < to)
                    : (band.From is not { } lowFrom || value > lowFrom) && (band.To is not { } lowTo || value <= lowTo);
                if (!inBand)
                {
                    continue;
                }

                var credit = band.Credit;
                var capped = objective.CreditCap is { } cap && cap < credit;
                result = result with { CreditBandIndex = b, CreditBand = band, CreditPercentage = capped ? objective.CreditCap!.Value : credit, CreditCapApplied = capped };
                break;
            }

            if (charges is null || result.CreditPercentage.Value == 0)
            {
                return result;
            }

            var creditBase = CreditBases.Base(contract, objective.Id, charges.Lines, charges.Currency, out var reason);
            if (creditBase is null)
            {
                findings.Add(DiagnosticCatalogue.CreditBaseUnavailable.Create(pointer / "creditBase", Rule, ("detail", reason!)));
                return result;
            }

            var (amount, maximumApplied, belowMinimum) = ClaimTerms.Limit(objective, ComputationSupport.Round(result.CreditPercentage.Of(creditBase), charges.Rounding));
            return result with { CreditBaseAmount = creditBase, CreditAmount = amount, CreditMaximumApplied = maximumApplied, CreditBelowMinimum = belowMinimum };
        }

        private void CheckWindow(KpiDefinition kpi)
        {
            var window = kpi.Window;
            if (window is null)
            {
                return;
            }

            var first = period.FirstDay;
            bool matches;
            if (window.Kind == WindowKind.CalendarDay)
            {
                matches = period.LastDay == first;
            }
            else if (window.Kind == WindowKind.CalendarWeek)
            {
                matches = first.DayOfWeek == IsoDayOfWeek.Monday && period.LastDay == first.PlusDays(6);
            }
            else if (window.Kind == WindowKind.CalendarMonth)
            {
                matches = period.IsCalendarMonth;
            }
            else if (window.Kind == WindowKind.CalendarQuarter)
            {
                matches = first.Month % 3 == 1 && period.IsCalendarMonths(3);
            }
            else
            {
                matches = window.RollingPeriod is not { } rolling || DateMath.TryPlus(first, rolling)?.PlusDays(-1) == period.LastDay;
            }

            if (!matches)
            {
                var name = window.Kind == WindowKind.Rolling ? $"rolling {window.RollingPeriod}" : window.Kind.Name switch
                {
                    "CalendarDay" => "calendar day",
                    "CalendarWeek" => "calendar week (Monday to Sunday)",
                    "CalendarQuarter" => "calendar quarter",
                    _ => "calendar month",
                };
                findings.Add(DiagnosticCatalogue.PeriodWindowMismatch.Create(JsonPointer.Root / "period", Rule, ("value", kpi.Id.ToString()), ("window", name), ("period", period.ToString())).In(DocumentKind.Measurements));
            }
        }

        private decimal? Attain(KpiDefinition kpi, JsonPointer kpiPointer, KpiMeasurement m, JsonPointer at, out AvailabilityBreakdown? breakdown, out ValueArray<AppliedExclusion> exclusions)
        {
            breakdown = null;
            exclusions = [];
            var forms = (m.Attained is null ? 0 : 1) + (m.GoodEvents is null && m.TotalEvents is null ? 0 : 1) + (m.Intervals.IsEmpty && m.Downtime.IsEmpty ? 0 : 1);

            // For an availability KPI with a definition, a measurement listing nothing is raw data without outages or intervals.
            var rawWithoutEntries = forms == 0 && kpi.Metric == KpiMetric.Availability && kpi.AvailabilityDefinition is not null;
            if (forms != 1 && !rawWithoutEntries)
            {
                return Invalid(at, $"The measurement of KPI '{kpi.Id}' must give exactly one of: attained; goodEvents with totalEvents; intervals and/or downtime. It gives {forms}.");
            }

            if (m.Attained is { } attained)
            {
                if (kpi.Unit == KpiUnit.Percent && attained is < 0 or > 100)
                {
                    return Invalid(at / "attained", $"KPI '{kpi.Id}' is a percentage but the attained value is {ComputationSupport.Text(attained)}; percentages are 0 to 100.");
                }

                return attained;
            }

            if (m.GoodEvents is not null || m.TotalEvents is not null)
            {
                return FromCounts(kpi, m, at);
            }

            var computer = new AvailabilityComputer(contract, objective, kpi, kpiPointer, period, at, findings);
            var value = computer.Compute(m);
            breakdown = computer.Breakdown;
            exclusions = computer.Applied;
            return value;
        }

        private decimal? FromCounts(KpiDefinition kpi, KpiMeasurement m, JsonPointer at)
        {
            if (m.GoodEvents is not { } good || m.TotalEvents is not { } total)
            {
                return Invalid(at, $"The measurement of KPI '{kpi.Id}' gives {(m.GoodEvents is null ? "totalEvents without goodEvents" : "goodEvents without totalEvents")}; give both.");
            }

            var ok = true;
            if (good < 0)
            {
                findings.Add(DiagnosticCatalogue.NegativeCount.Create(at / "goodEvents", Rule, ("what", $"goodEvents of KPI '{kpi.Id}'"), ("value", ComputationSupport.Text(good))).In(DocumentKind.Measurements));
                ok = false;
            }

            if (total < 0)
            {
                findings.Add(DiagnosticCatalogue.NegativeCount.Create(at / "totalEvents", Rule, ("what", $"totalEvents of KPI '{kpi.Id}'"), ("value", ComputationSupport.Text(total))).In(DocumentKind.Measurements));
                ok = false;
            }

            if (!ok)
            {
                return null;
            }

            if (good > total)
            {
                findings.Add(DiagnosticCatalogue.MoreGoodThanTotal.Create(at / "goodEvents", Rule, ("what", $"goodEvents of KPI '{kpi.Id}'"), ("value", ComputationSupport.Text(good)), ("total", ComputationSupport.Text(total))).In(DocumentKind.Measurements));
                return null;
            }

            if (total == 0)
            {
                return Invalid(at / "totalEvents", $"KPI '{kpi.Id}' counted no events, so no ratio can be computed; give the attained value the contract prescribes for an empty period.");
            }

            if (kpi.Unit == KpiUnit.Percent)
            {
                return good * 100m / total;
            }

            if (kpi.Unit == KpiUnit.Ratio)
            {
                return (decimal)good / total;
            }

            return Invalid(at, $"KPI '{kpi.Id}' is measured in {kpi.Unit?.Name ?? "no stated unit"}, so event counts cannot give its value; counts give a Percent or Ratio KPI. Give the attained value.");
        }

        private decimal? Invalid(JsonPointer at, string detail)
        {
            findings.Add(DiagnosticCatalogue.InvalidMeasurement.Create(at, Rule, ("detail", detail)).In(DocumentKind.Measurements));
            return null;
        }

        private ObjectiveEvaluation NotEvaluable(ObjectiveEvaluation result, JsonPointer at, string detail)
        {
            findings.Add(DiagnosticCatalogue.ObjectiveNotEvaluable.Create(at, Rule, ("detail", $"Objective '{objective.Id}' cannot be evaluated: {detail}")));
            return result;
        }
    }

    /// <summary>A period's charges, the currency and the rounding mode, to compute credits on.</summary>
    private sealed record Charges(IReadOnlyList<InvoiceLine> Lines, Currency Currency, RoundingMode Rounding);
}

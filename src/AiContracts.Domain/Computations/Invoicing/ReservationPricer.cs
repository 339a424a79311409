using System.Globalization;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Internal;
using AiContracts.Domain.Pricing;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.Validation;
using NodaTime;

namespace AiContracts.Domain.Computations.Invoicing;

/// <summary>
/// Prices reserved capacity (format 1.2) for the invoiced period only: each commitment (the contract's and those in the
/// usage) for its part inside the period, billed to the end of its term even if it was deleted earlier; and the units
/// deployed above the commitments in force at each moment, at the hourly rate, each deployment's time rounded up to the
/// reservation's proration unit. A record that cannot be priced as given (an unknown reservation, a size the reservation
/// does not allow, a term without a rate, an end before its start) is reported and not billed.
/// </summary>
internal static class ReservationPricer
{
    private const string Rule = "invoicing";

    private const decimal TicksPerHour = NodaConstants.TicksPerHour;

    private static readonly JsonPointer UsageAt = JsonPointer.Root / "reservations";

    private static readonly JsonPointer ContractAt = JsonPointer.Root / "pricing" / "reservations";

    /// <summary>Prices the reservations into invoice lines, in the contract's order of reservations.</summary>
    internal static List<InvoiceLine> Price(AiContract contract, PricingTerms pricing, UsageStatement usage, RoundingMode rounding, FindingList findings)
    {
        var lines = new List<InvoiceLine>();
        if (pricing.Reservations.IsEmpty && usage.Reservations.IsEmpty)
        {
            return lines;
        }

        var zone = contract.TimeZone ?? DateTimeZone.Utc;
        Instant from, to;
        try
        {
            from = zone.AtStartOfDay(usage.Period.FirstDay).ToInstant();
            to = zone.AtStartOfDay(usage.Period.LastDay.PlusDays(1)).ToInstant();
        }
        catch (ArgumentOutOfRangeException)
        {
            findings.Add(DiagnosticCatalogue.BeyondCalendar.Create(JsonPointer.Root / "period", Rule, ("detail", "The period ends at the end of the calendar, so the reserved capacity cannot be priced in it.")).In(DocumentKind.Usage));
            return lines;
        }

        var index = new Dictionary<LocalId, int>();
        for (var r = 0; r < pricing.Reservations.Count; r++)
        {
            index.TryAdd(pricing.Reservations[r].Id, r);
        }

        var states = pricing.Reservations.Select((r, i) => new State(r, i)).ToArray();
        for (var c = 0; c < states.Length; c++)
        {
            var reservation = states[c].Terms;
            for (var k = 0; k < reservation.Commitments.Count; k++)
            {
                var commitment = reservation.Commitments[k];
                var at = ContractAt / c / "commitments" / k;
                if (End(commitment.Start, commitment.Term, zone) is { } end)
                {
                    states[c].Commitments.Add(new Commitment(commitment.Units, commitment.Term, commitment.Start, end, null, $"commitment {Text(k + 1)} of the contract"));
                }
                else
                {
                    findings.Add(DiagnosticCatalogue.BeyondCalendar.Create(at / "start", Rule, ("detail", $"Commitment {Text(k + 1)} of reservation '{reservation.Id}' ends beyond the calendar; it is not billed.")).In(DocumentKind.Contract));
                }
            }
        }

        for (var j = 0; j < usage.Reservations.Count; j++)
        {
            var record = usage.Reservations[j];
            ArgumentNullException.ThrowIfNull(record, nameof(usage));
            Read(record, j, pricing, index, states, zone, from, to, findings);
        }

        foreach (var state in states)
        {
            AddLines(state, rounding, zone, from, to, lines, findings);
        }

        return lines;
    }

    private static void Read(ReservationUsage record, int j, PricingTerms pricing, Dictionary<LocalId, int> index, State[] states, DateTimeZone zone, Instant from, Instant to, FindingList findings)
    {
        var at = UsageAt / j;
        var label = record.Reference is { Length: > 0 } reference ? $"{Text(j + 1)} ('{reference}')" : Text(j + 1);
        if (!index.TryGetValue(record.Reservation, out var r))
        {
            var known = pricing.Reservations.Select(x => x.Id.Value).ToList();
            Report(findings, DiagnosticCatalogue.InvalidReservationUsage.Create(at / "reservation", Rule, ("value", label),
                ("problem", $"names reservation '{record.Reservation}', which the contract does not define (expected one of {(known.Count == 0 ? "none: the contract defines none" : string.Join(", ", known))})")));
            return;
        }

        var state = states[r];
        var reservation = state.Terms;
        var commitment = record.Term is { } term && term != CommitmentTerm.Hourly;
        if (!reservation.Allows(record.Units))
        {
            Report(findings, DiagnosticCatalogue.DeployedSizeNotAllowed.Create(at / "units", Rule, ("value", label), ("units", Text(record.Units)), ("reservation", reservation.Id.Value), ("allowed", CapacityReservationsRule.Sizes(reservation))));
            state.Refused |= commitment;
            return;
        }

        if (record.End is { } ended && ended <= record.Start)
        {
            Report(findings, DiagnosticCatalogue.InvalidReservationUsage.Create(at / "end", Rule, ("value", label), ("problem", $"ends at {Text(ended)}, not after its start {Text(record.Start)}")));
            state.Refused |= commitment;
            return;
        }

        if (!commitment)
        {
            // A deployment: the part inside the period, its time rounded up to the proration unit from its start.
            var start = record.Start < from ? from : record.Start;
            var end = record.End is { } e && e < to ? e : to;
            if (end <= start)
            {
                return;
            }

            var granule = reservation.Proration == ProrationGranularity.Minute ? NodaConstants.TicksPerMinute : NodaConstants.TicksPerSecond;
            var ticks = (end - start).BclCompatibleTicks;
            var rounded = (ticks + granule - 1) / granule * granule;
            var billedEnd = start.PlusTicks(rounded);
            state.Deployments.Add((record.Units, start, billedEnd > to ? to : billedEnd));
            return;
        }

        if (!reservation.Rates.Any(x => x.Term == record.Term))
        {
            Report(findings, DiagnosticCatalogue.InvalidReservationUsage.Create(at / "term", Rule, ("value", label),
                ("problem", $"is a {record.Term!.Name} commitment, but reservation '{reservation.Id}' has no rate for that term (it prices {string.Join(", ", reservation.Rates.Select(x => x.Term.Name))})")));
            state.Refused = true;
            return;
        }

        if (End(record.Start, record.Term!, zone) is not { } termEnd)
        {
            Report(findings, DiagnosticCatalogue.BeyondCalendar.Create(at / "start", Rule, ("detail", $"Reservation record {label} ends its term beyond the calendar; it is not billed.")));
            state.Refused = true;
            return;
        }

        state.Commitments.Add(new Commitment(record.Units, record.Term!, record.Start, termEnd, record.End is { } deleted && deleted < termEnd ? deleted : null, $"record {label}"));
    }

    private static void AddLines(State state, RoundingMode rounding, DateTimeZone zone, Instant from, Instant to, List<InvoiceLine> lines, FindingList findings)
    {
        var reservation = state.Terms;
        var unit = reservation.UnitName ?? "units";
        foreach (var commitment in state.Commitments)
        {
            var start = commitment.Start < from ? from : commitment.Start;
            var end = commitment.End < to ? commitment.End : to;
            if (end <= start)
            {
                continue;
            }

            var rate = reservation.Rates.First(x => x.Term == commitment.Term);
            var basis = rate.Per ?? ReservationPriceBasis.UnitHour;
            decimal quantity;
            string per;
            if (basis == ReservationPriceBasis.UnitHour)
            {
                quantity = commitment.Units * (decimal)(end - start).BclCompatibleTicks / TicksPerHour;
                per = "unit-hour";
            }
            else
            {
                // The commitment's months (or years) counted from its start; each one's part inside the period, by time.
                var months = basis == ReservationPriceBasis.UnitYear ? 12 : 1;
                var local = commitment.Start.InZone(zone).LocalDateTime;
                var fraction = 0m;
                for (var n = 0; ; n++)
                {
                    var spanStart = Shift(local, n * months, commitment, zone);
                    if (spanStart >= commitment.End)
                    {
                        break;
                    }

                    var spanEnd = Shift(local, (n + 1) * months, commitment, zone);
                    var overlapStart = spanStart < start ? start : spanStart;
                    var overlapEnd = spanEnd < end ? spanEnd : end;
                    if (overlapEnd > overlapStart)
                    {
                        var overlap = (overlapEnd - overlapStart).BclCompatibleTicks;
                        var span = (spanEnd - spanStart).BclCompatibleTicks;
                        fraction += overlap == span ? 1m : overlap / (decimal)span;
                    }
                }

                quantity = commitment.Units * fraction;
                per = months == 12 ? "unit-year" : "unit-month";
            }

            var deleted = commitment.Deleted is { } d ? $", deleted {Text(d)} and billed to the end of its term" : string.Empty;
            lines.Add(new InvoiceLine
            {
                Kind = InvoiceLineKind.ReservedCapacity,
                Description = $"{reservation.Name}: {Text(commitment.Units)} {unit} committed for {commitment.Term.Name} from {Text(commitment.Start)} to {Text(commitment.End)} ({commitment.Label}){deleted}; {Text(start)} to {Text(end)} in this period: {Text(quantity)} x {rate.Price} per {per}",
                ReservationId = reservation.Id,
                Quantity = quantity,
                UnitPrice = rate.Price,
                Amount = ComputationSupport.Round(new Money(quantity * rate.Price.Amount, rate.Price.Currency), rounding),
            });
        }

        if (state.Deployments.Count == 0)
        {
            return;
        }

        // The units deployed above the commitments in force, moment by moment: a sweep over the starts and ends.
        var events = new List<(Instant At, int Deployed, int Committed)>();
        foreach (var (units, start, end) in state.Deployments)
        {
            events.Add((start, units, 0));
            events.Add((end, -units, 0));
        }

        foreach (var commitment in state.Commitments)
        {
            var start = commitment.Start < from ? from : commitment.Start;
            var end = commitment.End < to ? commitment.End : to;
            if (end > start)
            {
                events.Add((start, 0, commitment.Units));
                events.Add((end, 0, -commitment.Units));
            }
        }

        events.Sort(static (a, b) => a.At.CompareTo(b.At));
        var unitTicks = 0m;
        long deployed = 0, committed = 0;
        for (var e = 0; e < events.Count; e++)
        {
            deployed += events[e].Deployed;
            committed += events[e].Committed;
            if (e + 1 < events.Count && deployed > committed)
            {
                unitTicks += (deployed - committed) * (decimal)(events[e + 1].At - events[e].At).BclCompatibleTicks;
            }
        }

        if (unitTicks == 0)
        {
            return;
        }

        var index = state.Index;
        if (state.Refused)
        {
            findings.Add(DiagnosticCatalogue.IncompletePricing.Create(ContractAt / index, Rule, ("detail",
                $"The units of reservation '{reservation.Id}' deployed above its commitments are not billed: a commitment of it in the usage is not billed, so which units it covers is not known.")));
            return;
        }

        if (reservation.Rates.FirstOrDefault(x => x.Term == CommitmentTerm.Hourly) is not { } hourly)
        {
            findings.Add(DiagnosticCatalogue.IncompletePricing.Create(ContractAt / index / "rates", Rule, ("detail",
                $"Units of reservation '{reservation.Id}' were deployed above its commitments, but it has no Hourly rate to bill them; they are not billed.")));
            return;
        }

        var hours = unitTicks / TicksPerHour;
        lines.Add(new InvoiceLine
        {
            Kind = InvoiceLineKind.ReservedCapacity,
            Description = $"{reservation.Name}: {unit} deployed above the commitments, {Text(hours)} unit-hours x {hourly.Price} per unit-hour (time rounded up to the {(reservation.Proration ?? ProrationGranularity.Second).Name.ToLowerInvariant()})",
            ReservationId = reservation.Id,
            Quantity = hours,
            UnitPrice = hourly.Price,
            Amount = ComputationSupport.Round(new Money(unitTicks * hourly.Price.Amount / TicksPerHour, hourly.Price.Currency), rounding),
        });
    }

    /// <summary>The end of a commitment's term: its start plus the term's months at the same local time; null past the calendar.</summary>
    private static Instant? End(Instant start, CommitmentTerm term, DateTimeZone zone)
    {
        try
        {
            return (start.InZone(zone).LocalDateTime + Period.FromMonths(term.Months)).InZoneLeniently(zone).ToInstant();
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static Instant Shift(LocalDateTime local, int months, Commitment commitment, DateTimeZone zone)
    {
        try
        {
            var shifted = (local + Period.FromMonths(months)).InZoneLeniently(zone).ToInstant();
            return shifted > commitment.End ? commitment.End : shifted;
        }
        catch (ArgumentOutOfRangeException)
        {
            return commitment.End; // past the calendar: the commitment's own end is within it
        }
    }

    private static void Report(FindingList findings, Diagnostic finding) => findings.Add(finding.In(DocumentKind.Usage));

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Text(decimal value) => ComputationSupport.Text(value);

    private static string Text(Instant value) => value.ToString("uuuu'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A commitment with the end of its term, and when it was deleted if before.</summary>
    private sealed record Commitment(int Units, CommitmentTerm Term, Instant Start, Instant End, Instant? Deleted, string Label);

    /// <summary>A reservation's commitments and deployments (the part inside the period, rounded), gathered from the contract and the usage.</summary>
    private sealed class State(CapacityReservation terms, int index)
    {
        internal CapacityReservation Terms { get; } = terms;

        internal int Index { get; } = index;

        internal List<Commitment> Commitments { get; } = [];

        internal List<(int Units, Instant Start, Instant End)> Deployments { get; } = [];

        /// <summary>Whether a commitment record of the reservation was refused, so that its coverage is not known.</summary>
        internal bool Refused { get; set; }
    }
}

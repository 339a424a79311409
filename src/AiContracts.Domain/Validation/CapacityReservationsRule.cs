using System.Globalization;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Pricing;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation;

/// <summary>
/// Integrity of the format 1.2 reserved capacity, so that every deployment and commitment is priced one way: ids unique
/// (AIC0201); at least one rate, one per term, with the hourly rate per unit-hour (AIC0204, AIC0211); rates in the pricing
/// currency and not negative (AIC4004, AIC0204); a minimum and a step above zero (AIC0204); the contract's commitments of
/// an allowed size (AIC0218), for a term the reservation prices and not hourly (AIC0204, AIC0211).
/// </summary>
/// <remarks>Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class CapacityReservationsRule : IContractRule
{
    private static readonly JsonPointer ReservationsAt = JsonPointer.Root / "pricing" / "reservations";

    /// <inheritdoc />
    public string Id => "capacity-reservations";

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Evaluate(AiContract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var findings = new List<Diagnostic>();
        if (contract.Pricing is not { } pricing)
        {
            return findings;
        }

        var seen = new Dictionary<LocalId, int>();
        for (var r = 0; r < pricing.Reservations.Count; r++)
        {
            var reservation = pricing.Reservations[r];
            var at = ReservationsAt / r;
            if (!seen.TryAdd(reservation.Id, r))
            {
                findings.Add(DiagnosticCatalogue.DuplicateId.Create(at / "id", Id, ("value", reservation.Id.Value), ("what", "the capacity reservation"), ("first", $"at index {Text(seen[reservation.Id])}")));
            }

            Check(pricing, reservation, at, findings);
        }

        return findings;
    }

    /// <summary>The allowed sizes of a reservation, in words.</summary>
    internal static string Sizes(CapacityReservation reservation)
    {
        long minimum = reservation.MinimumUnits ?? 1;
        long step = reservation.UnitStep ?? 1;
        return step == 1 ? $"at least {Text(minimum)} units" : $"at least {Text(minimum)} units, in steps of {Text(step)} ({Text(minimum)}, {Text(minimum + step)}, {Text(minimum + (2 * step))}...)";
    }

    private void Check(PricingTerms pricing, CapacityReservation reservation, JsonPointer at, List<Diagnostic> findings)
    {
        var what = $"reservation '{reservation.Id}'";
        if (reservation.Rates.IsEmpty)
        {
            findings.Add(DiagnosticCatalogue.NotComputable.Create(at, Id, ("what", $"The rates of {what}"), ("value", "no rate"), ("expected", "a reservation prices at least one commitment term")));
        }

        var terms = new Dictionary<CommitmentTerm, int>();
        for (var i = 0; i < reservation.Rates.Count; i++)
        {
            var rate = reservation.Rates[i];
            var rateAt = at / "rates" / i;
            if (!terms.TryAdd(rate.Term, i))
            {
                findings.Add(DiagnosticCatalogue.DuplicateId.Create(rateAt / "term", Id, ("value", rate.Term.Name), ("what", $"the commitment terms of {what}"), ("first", $"at index {Text(terms[rate.Term])}")));
            }

            if (rate.Term == CommitmentTerm.Hourly && rate.Per is { } per && per != ReservationPriceBasis.UnitHour)
            {
                findings.Add(DiagnosticCatalogue.TermNotApplicable.Create(rateAt / "per", Id, ("what", $"A price per {per.Name} for the hourly rate of {what}"), ("reason", "capacity without commitment is priced per unit-hour")));
            }

            if (rate.Price.Currency != pricing.Currency)
            {
                findings.Add(DiagnosticCatalogue.MixedCurrencies.Create(rateAt / "price" / "currency", Id, ("value", rate.Price.Currency.Code), ("currency", pricing.Currency.Code)));
            }
            else if (rate.Price.Amount < 0)
            {
                findings.Add(DiagnosticCatalogue.NotComputable.Create(rateAt / "price", Id, ("what", $"The {rate.Term.Name} price of {what}"), ("value", rate.Price.ToString()), ("expected", "it must not be negative")));
            }
        }

        if (reservation.MinimumUnits is < 1)
        {
            findings.Add(DiagnosticCatalogue.NotComputable.Create(at / "minimumUnits", Id, ("what", $"The minimum size of {what}"), ("value", Text(reservation.MinimumUnits.Value)), ("expected", "it must be at least one unit")));
        }

        if (reservation.UnitStep is < 1)
        {
            findings.Add(DiagnosticCatalogue.NotComputable.Create(at / "unitStep", Id, ("what", $"The step between sizes of {what}"), ("value", Text(reservation.UnitStep.Value)), ("expected", "it must be at least one unit")));
        }

        var sized = reservation.MinimumUnits is null or >= 1 && reservation.UnitStep is null or >= 1;
        for (var c = 0; c < reservation.Commitments.Count; c++)
        {
            var commitment = reservation.Commitments[c];
            var commitmentAt = at / "commitments" / c;
            if (sized && !reservation.Allows(commitment.Units))
            {
                findings.Add(DiagnosticCatalogue.ReservationSizeNotAllowed.Create(commitmentAt / "units", Id, ("what", $"Commitment {Text(c + 1)} of {what}"), ("value", Text(commitment.Units)), ("reservation", reservation.Id.Value), ("allowed", Sizes(reservation))));
            }

            if (commitment.Term == CommitmentTerm.Hourly)
            {
                findings.Add(DiagnosticCatalogue.TermNotApplicable.Create(commitmentAt / "term", Id, ("what", $"The term Hourly of commitment {Text(c + 1)} of {what}"), ("reason", "a commitment is for a term of months; capacity by the hour is usage")));
            }
            else if (!terms.ContainsKey(commitment.Term))
            {
                findings.Add(DiagnosticCatalogue.NotComputable.Create(commitmentAt / "term", Id, ("what", $"The term of commitment {Text(c + 1)} of {what}"), ("value", commitment.Term.Name),
                    ("expected", "the reservation has no rate for it; commit for a term it prices")));
            }
        }
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}

using AiContracts.Domain.Computations.Invoicing;
using AiContracts.Domain.Computations.ServiceCredits;
using AiContracts.Domain.Pricing;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.ServiceLevels;

namespace AiContracts.Domain.Internal;

/// <summary>Computes the credit base of an objective from a period's invoice lines, as its <see cref="CreditBase"/> names.</summary>
internal static class CreditBases
{
    /// <summary>The credit base the objective names; affected service fees when it names none.</summary>
    internal static CreditBase Of(ServiceLevelObjective objective) => objective.CreditBase ?? CreditBase.AffectedServiceMonthlyFees;

    /// <summary>The amount of the credit base, or null with the reason.</summary>
    internal static Money? Base(AiContract contract, LocalId objectiveId, IReadOnlyList<InvoiceLine> charges, Currency currency, out string? reason)
    {
        var objective = contract.ServiceLevels?.Objectives.FirstOrDefault(o => o.Id == objectiveId);
        if (objective is null)
        {
            reason = $"'{objectiveId}' is not an objective of the contract.";
            return null;
        }

        reason = null;
        var kind = Of(objective);
        if (kind == CreditBase.TotalMonthlyFees)
        {
            return InvoiceCalculator.Sum(charges, currency);
        }

        if (kind == CreditBase.AnnualFees)
        {
            reason = $"Objective '{objective.Id}' credits a share of the annual fees, which one period's usage does not tell; compute the amount from the year's invoices.";
            return null;
        }

        HashSet<LocalId> meters;
        HashSet<LocalId> cards = [];
        HashSet<LocalId> reservations = [];
        if (kind == CreditBase.AffectedMeterFees)
        {
            if (objective.MeterIds.IsEmpty)
            {
                reason = $"Objective '{objective.Id}' credits the affected meters' fees but names no meterIds.";
                return null;
            }

            meters = [.. objective.MeterIds];
        }
        else
        {
            var kpi = contract.ServiceLevels!.Kpis.FirstOrDefault(k => k.Id == objective.KpiId);
            var systems = kpi?.AiSystemIds.ToHashSet() ?? [];
            meters = [.. (contract.Pricing?.Meters ?? []).Where(m => systems.Count == 0 || (m.AiSystemId is { } s && systems.Contains(s))).Select(m => m.Id)];
            cards = [.. (contract.Pricing?.RateCards ?? []).Where(r => systems.Count == 0 || (r.AiSystemId is { } s && systems.Contains(s))).Select(r => r.Id)];
            reservations = [.. (contract.Pricing?.Reservations ?? []).Where(r => systems.Count == 0 || (r.AiSystemId is { } s && systems.Contains(s))).Select(r => r.Id)];
        }

        return InvoiceCalculator.Sum(charges.Where(l => (l.MeterId is { } id && meters.Contains(id)) || (l.RateCardId is { } card && cards.Contains(card)) || (l.ReservationId is { } reservation && reservations.Contains(reservation))), currency);
    }

    /// <summary>The credit of an evaluated objective on the given charges, rounded; null with the reason when the base is unknown.</summary>
    internal static Money? Credit(AiContract contract, ObjectiveEvaluation result, IReadOnlyList<InvoiceLine> charges, Currency currency, RoundingMode rounding, out string? reason)
    {
        var amount = Base(contract, result.ObjectiveId, charges, currency, out reason);
        return amount is null ? null : ComputationSupport.Round(result.CreditPercentage.Of(amount), rounding);
    }
}

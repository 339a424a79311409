using AiContracts.Domain.Internal;
using AiContracts.Domain.Primitives;
using NodaTime;

namespace AiContracts.Domain.Computations.Invoicing;

/// <summary>The share of a billing period a partial first or last period covers, by days: <see cref="Days"/> over <see cref="PeriodDays"/>.</summary>
/// <param name="Days">The days invoiced.</param>
/// <param name="PeriodDays">The days of the billing period the invoiced days lie in.</param>
internal sealed record Proration(int Days, int PeriodDays)
{
    /// <summary>The share of a period fee for the days served: the fee times the days, divided by the billing period's days (multiplied first, so that a result that terminates is exact before the line is rounded).</summary>
    internal Money Of(Money fee) => new(fee.Amount * Days / PeriodDays, fee.Currency);

    /// <summary>The proration in words, for a line's description.</summary>
    internal string Describe() => $"prorated for {ComputationSupport.Text(Days)} of {ComputationSupport.Text(PeriodDays)} days";

    /// <summary>
    /// The proration of a period that lies within one billing period (calendar month, quarter or year) without covering
    /// it, and that starts on the contract's effective date or ends on the last day of its term; null otherwise.
    /// </summary>
    internal static Proration? For(AiContract contract, ComputationPeriod period, int months)
    {
        var first = period.FirstDay;
        var startMonth = first.Month - ((first.Month - 1) % months);
        var billingFirst = new LocalDate(first.Year, startMonth, 1, first.Calendar);
        var lastMonth = startMonth + months - 1;
        var billingLast = new LocalDate(first.Year, lastMonth, first.Calendar.GetDaysInMonth(first.Year, lastMonth), first.Calendar);
        if (period.LastDay > billingLast || (period.FirstDay == billingFirst && period.LastDay == billingLast))
        {
            return null;
        }

        var isFirst = contract.EffectiveDate == period.FirstDay;
        var isLast = contract.Term?.EndDate == period.LastDay || ComputationSupport.LastDayOfTerm(contract) == period.LastDay;
        if (!isFirst && !isLast)
        {
            return null;
        }

        var days = Period.Between(period.FirstDay, period.LastDay, PeriodUnits.Days).Days + 1;
        var periodDays = Period.Between(billingFirst, billingLast, PeriodUnits.Days).Days + 1;
        return new Proration(days, periodDays);
    }
}

using System.Globalization;
using NodaTime;

namespace AiContracts.Domain.Computations;

/// <summary>
/// The period a computation covers: whole days from <see cref="FirstDay"/> to <see cref="LastDay"/> inclusive, reckoned
/// in the contract's time zone (a day starts at local midnight).
/// </summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record ComputationPeriod
{
    /// <summary>The first day of the period.</summary>
    public required LocalDate FirstDay { get; init; }

    /// <summary>The last day of the period (inclusive).</summary>
    public required LocalDate LastDay { get; init; }

    /// <summary>The calendar month of the given year and month, for example <c>Month(2026, 3)</c> for 1 to 31 March 2026.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public static ComputationPeriod Month(int year, int month)
    {
        var first = new LocalDate(year, month, 1);
        return new ComputationPeriod { FirstDay = first, LastDay = new LocalDate(year, month, first.Calendar.GetDaysInMonth(year, month)) };
    }

    /// <summary>Whether the period is exactly one calendar month.</summary>
    public bool IsCalendarMonth => IsCalendarMonths(1);

    /// <summary>Whether the period is exactly the given number of whole calendar months in one year, from the first of a month (never throws, even in 9999).</summary>
    internal bool IsCalendarMonths(int months)
    {
        var first = FirstDay;
        var lastMonth = first.Month + months - 1;
        return first.Day == 1 && lastMonth <= 12 && first.Calendar == LastDay.Calendar
            && LastDay == new LocalDate(first.Year, lastMonth, first.Calendar.GetDaysInMonth(first.Year, lastMonth), first.Calendar);
    }

    /// <summary>Formats the period as <c>first/last</c> in ISO 8601, for example <c>2026-03-01/2026-03-31</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{FirstDay:yyyy'-'MM'-'dd}/{LastDay:yyyy'-'MM'-'dd}");
}

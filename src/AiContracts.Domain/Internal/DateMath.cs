using NodaTime;

namespace AiContracts.Domain.Internal;

/// <summary>
/// The one date arithmetic of the calculators: a contract period (ISO 8601, for example <c>P1M</c>, <c>P30D</c> or
/// <c>PT72H</c>) added to a calendar date. A time component counts as whole days when it is a whole number of
/// 24-hour days (<c>PT72H</c> is <c>P3D</c>, <c>P1DT24H</c> is <c>P2D</c>); any other time component (<c>PT36H</c>,
/// <c>PT90M</c>) cannot be applied to a date and is an integrity error (AIC0203) before a calculator sees it.
/// Nothing here throws: results beyond NodaTime's calendar (years -9998 to 9999) are null.
/// </summary>
internal static class DateMath
{
    private static readonly Int128 NanosecondsPerDay = (Int128)NodaConstants.NanosecondsPerDay;

    /// <summary>Why a period cannot be added to a date.</summary>
    internal enum Problem
    {
        /// <summary>It can.</summary>
        None,

        /// <summary>A component is negative.</summary>
        Negative,

        /// <summary>The time component is not a whole number of days.</summary>
        PartialDay,

        /// <summary>It spans more than the calendar holds.</summary>
        TooLong,
    }

    /// <summary>The period as years, months and days, or why it cannot be added to a date.</summary>
    internal static Problem AsDatePeriod(Period period, out Period datePeriod)
    {
        datePeriod = Period.Zero;
        if (period.Years < 0 || period.Months < 0 || period.Weeks < 0 || period.Days < 0 || period.Hours < 0 || period.Minutes < 0
            || period.Seconds < 0 || period.Milliseconds < 0 || period.Ticks < 0 || period.Nanoseconds < 0)
        {
            return Problem.Negative;
        }

        // Int128 holds every sum of the components: long.MaxValue hours are about 3.3e31 ns.
        var time = (Int128)period.Hours * NodaConstants.NanosecondsPerHour
            + (Int128)period.Minutes * NodaConstants.NanosecondsPerMinute
            + (Int128)period.Seconds * NodaConstants.NanosecondsPerSecond
            + (Int128)period.Milliseconds * NodaConstants.NanosecondsPerMillisecond
            + (Int128)period.Ticks * NodaConstants.NanosecondsPerTick
            + period.Nanoseconds;
        if (time % NanosecondsPerDay != 0)
        {
            return Problem.PartialDay;
        }

        var days = (Int128)period.Weeks * 7 + period.Days + (time / NanosecondsPerDay);

        // The calendar spans about 7.3 million days (and 240,000 months); anything longer runs past it from any date.
        const int Limit = 20_000 * 366;
        if (days > Limit || period.Months > 20_000 * 12 || period.Years > 20_000)
        {
            return Problem.TooLong;
        }

        datePeriod = new PeriodBuilder { Years = period.Years, Months = period.Months, Days = (int)days }.Build();
        return Problem.None;
    }

    /// <summary>Whether the period is zero (no time at all) without NodaTime's normalisation, which can overflow.</summary>
    internal static bool IsZero(Period period) => AsDatePeriod(period, out var days) == Problem.None && days.Equals(Period.Zero);

    /// <summary>
    /// The one order of periods, used by the rules and the diff: periods compare by their mean length in the Gregorian
    /// calendar, a year being 365.2425 days (the calendar's 400-year cycle of 146,097 days) and a month a twelfth of
    /// that (30.436875 days), plus their weeks, days and time as they are (a day is 24 hours). So <c>P1Y</c> equals
    /// <c>P12M</c> and is longer than <c>P365D</c>, <c>P1M</c> is longer than <c>P30D</c> and shorter than
    /// <c>P31D</c>, and <c>P3D</c> equals <c>PT72H</c>. The order does not depend on a starting date, is exact (integer
    /// arithmetic), and holds for every period NodaTime can hold, negative components and lengths past the calendar
    /// included.
    /// </summary>
    /// <returns>Negative when <paramref name="left"/> is shorter, zero when as long, positive when longer.</returns>
    internal static int Compare(Period left, Period right) => MeanLength(left).CompareTo(MeanLength(right));

    /// <summary>The period's mean length in units of 1/4800 nanosecond, so that a month (146,097/4800 days) is whole.</summary>
    private static Int128 MeanLength(Period period)
    {
        const int MonthsPerCycle = 4800; // 400 years
        const int DaysPerCycle = 146_097;
        var nanoseconds = (Int128)period.Hours * NodaConstants.NanosecondsPerHour
            + (Int128)period.Minutes * NodaConstants.NanosecondsPerMinute
            + (Int128)period.Seconds * NodaConstants.NanosecondsPerSecond
            + (Int128)period.Milliseconds * NodaConstants.NanosecondsPerMillisecond
            + (Int128)period.Ticks * NodaConstants.NanosecondsPerTick
            + period.Nanoseconds
            + (((Int128)period.Weeks * 7) + period.Days) * NanosecondsPerDay;
        var months = ((Int128)period.Years * 12) + period.Months;
        return (months * DaysPerCycle * NanosecondsPerDay) + (nanoseconds * MonthsPerCycle);
    }

    /// <summary>Adds a period to a date; null when the period cannot be applied to a date or the result lies beyond the calendar.</summary>
    internal static LocalDate? TryPlus(LocalDate date, Period period)
    {
        if (AsDatePeriod(period, out var days) != Problem.None)
        {
            return null;
        }

        try
        {
            return date.Plus(days);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            return null;
        }
    }
}

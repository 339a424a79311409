using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Text;
using NodaTime.Utility;

namespace AiContracts.Json.Internal.Converters;

/// <summary>
/// Wraps a NodaTime.Serialization converter so that a value it cannot parse becomes a <see cref="JsonException"/>
/// (which System.Text.Json locates by path and line) with a message that shows the expected form.
/// </summary>
internal class NodaTimeJsonConverter<T> : JsonConverter<T>
{
    private readonly JsonConverter<T> _inner;
    private readonly string _expected;
    private readonly Func<T, bool> _inRange;

    internal NodaTimeJsonConverter(JsonConverter<T> inner, string expected, Func<T, bool>? inRange = null)
    {
        _inner = inner;
        _expected = expected;
        _inRange = inRange ?? (static _ => true);
    }

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonTokens.ReadString(ref reader, _expected);
        T value;
        try
        {
            value = _inner.Read(ref reader, typeToConvert, options)!;
        }
        catch (Exception e) when (e is UnparsableValueException or FormatException or ArgumentException or InvalidNodaDataException or JsonException or InvalidOperationException)
        {
            throw new ModelJsonException($"'{JsonTokens.Shorten(text)}' is not {_expected}.", e);
        }

        return _inRange(value) ? value : throw new ModelJsonException($"'{JsonTokens.Shorten(text)}' is not {_expected}: years run from 0001 to 9999.");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        if (!_inRange(value))
        {
            throw new ModelJsonException($"{value} cannot be written as {_expected}: years run from 0001 to 9999.");
        }

        _inner.Write(writer, value, options);
    }
}

/// <summary>An ISO 8601 calendar date such as <c>2026-01-31</c>.</summary>
internal sealed class LocalDateJsonConverter() : NodaTimeJsonConverter<LocalDate>(NodaConverters.LocalDateConverter, ExpectedForms.LocalDate, static d => d.Year is >= 1 and <= 9999);

/// <summary>An ISO 8601 local time such as <c>02:00:00</c>.</summary>
internal sealed class LocalTimeJsonConverter() : NodaTimeJsonConverter<LocalTime>(NodaConverters.LocalTimeConverter, ExpectedForms.LocalTime);

/// <summary>An ISO 8601 instant in UTC such as <c>2026-03-01T09:30:00Z</c>.</summary>
internal sealed class InstantJsonConverter() : NodaTimeJsonConverter<Instant>(NodaConverters.InstantConverter, ExpectedForms.Instant, static i => i.InUtc().Year is >= 1 and <= 9999);

/// <summary>
/// An ISO 8601 period such as <c>P30D</c>, <c>P1Y6M</c> or <c>PT72H</c>: whole, non-negative years, months, weeks,
/// days, hours, minutes and seconds, kept as written (no normalisation; <c>PT72H</c> stays <c>PT72H</c>). A period
/// needs at least one component; the zero period is written <c>P0D</c>. Periods NodaTime can hold but ISO 8601
/// cannot express (negative or sub-second components) are refused on write.
/// </summary>
internal sealed partial class PeriodJsonConverter : JsonConverter<Period>
{
    private const string Expected = ExpectedForms.Period;

    public override Period Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonTokens.ReadString(ref reader, Expected);
        var match = IsoPeriod().Match(text);
        if (!match.Success || text == "P" || text.EndsWith('T'))
        {
            throw new ModelJsonException($"'{JsonTokens.Shorten(text)}' is not {Expected} (whole, non-negative numbers of Y, M, W, D, then T and H, M, S).");
        }

        var builder = new PeriodBuilder
        {
            Years = (int)Component(match, text, "y"),
            Months = (int)Component(match, text, "mo"),
            Weeks = (int)Component(match, text, "w"),
            Days = (int)Component(match, text, "d"),
            Hours = Component(match, text, "h"),
            Minutes = Component(match, text, "mi"),
            Seconds = Component(match, text, "s"),
        };
        return builder.Build();
    }

    public override void Write(Utf8JsonWriter writer, Period value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Problem(value) is { } problem ? throw new ModelJsonException(problem) : Format(value));

    /// <summary>Why a period cannot be written as ISO 8601, or null when it can.</summary>
    internal static string? Problem(Period value) =>
        value.Milliseconds != 0 || value.Ticks != 0 || value.Nanoseconds != 0
            ? $"The period {value} has sub-second components, which an ISO 8601 period of whole units cannot express; use seconds or an exact duration."
            : value.Years < 0 || value.Months < 0 || value.Weeks < 0 || value.Days < 0 || value.Hours < 0 || value.Minutes < 0 || value.Seconds < 0
                ? $"The period {value} has negative components, which an ISO 8601 period cannot express."
                : null;

    private static string Format(Period value)
    {
        if (value.Equals(Period.Zero))
        {
            return "P0D";
        }

        var text = new System.Text.StringBuilder("P");
        Append(text, value.Years, 'Y');
        Append(text, value.Months, 'M');
        Append(text, value.Weeks, 'W');
        Append(text, value.Days, 'D');
        if (value.Hours != 0 || value.Minutes != 0 || value.Seconds != 0)
        {
            text.Append('T');
            Append(text, value.Hours, 'H');
            Append(text, value.Minutes, 'M');
            Append(text, value.Seconds, 'S');
        }

        return text.ToString();
    }

    private static void Append(System.Text.StringBuilder text, long component, char unit)
    {
        if (component != 0)
        {
            text.Append(component.ToString(CultureInfo.InvariantCulture)).Append(unit);
        }
    }

    /// <summary>One component's value; a component beyond what a period holds is named in the message.</summary>
    private static long Component(Match match, string text, string group)
    {
        if (!match.Groups[group].Success)
        {
            return 0L;
        }

        var isDate = group is "y" or "mo" or "w" or "d";
        var digits = match.Groups[group].ValueSpan;
        if (isDate && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var small))
        {
            return small;
        }

        if (!isDate && long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var large))
        {
            return large;
        }

        var name = group switch { "y" => "years", "mo" => "months", "w" => "weeks", "d" => "days", "h" => "hours", "mi" => "minutes", _ => "seconds" };
        var limit = isDate ? int.MaxValue : long.MaxValue;
        throw new ModelJsonException($"'{JsonTokens.Shorten(text)}' has more {name} than a period holds ({limit.ToString(CultureInfo.InvariantCulture)} at most).");
    }

    [GeneratedRegex(@"^P(?:(?<y>[0-9]{1,10})Y)?(?:(?<mo>[0-9]{1,10})M)?(?:(?<w>[0-9]{1,10})W)?(?:(?<d>[0-9]{1,10})D)?(?:T(?:(?<h>[0-9]{1,19})H)?(?:(?<mi>[0-9]{1,19})M)?(?:(?<s>[0-9]{1,19})S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoPeriod();
}

/// <summary>A time zone by its IANA (tzdb) identifier such as <c>Europe/Berlin</c>.</summary>
internal sealed class DateTimeZoneJsonConverter() : NodaTimeJsonConverter<DateTimeZone>(NodaConverters.CreateDateTimeZoneConverter(DateTimeZoneProviders.Tzdb), ExpectedForms.TimeZone);

/// <summary>
/// An exact duration as an ISO 8601 duration of days and time, such as <c>PT4H</c> or <c>PT1H30M</c>, with an optional
/// leading minus sign (<c>-PT15M</c>). Years, months and weeks are refused because their length varies; use days
/// (<c>P1D</c> is 24 hours here). Written as whole hours, minutes and seconds (<c>PT36H</c>, never <c>P1DT12H</c>).
/// </summary>
internal sealed partial class DurationJsonConverter : JsonConverter<Duration>
{
    private const string Expected = ExpectedForms.Duration;

    public override Duration Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonTokens.ReadString(ref reader, Expected);
        var match = IsoDuration().Match(text);
        if (!match.Success || text is "P" or "-P" || text.EndsWith('T'))
        {
            var calendar = CalendarUnits().IsMatch(text);
            throw new ModelJsonException(calendar
                ? $"'{JsonTokens.Shorten(text)}' is not an exact duration: years, months and weeks vary in length. Write it in days and time, such as 'P7D' or 'PT168H'."
                : $"'{JsonTokens.Shorten(text)}' is not {Expected}.");
        }

        try
        {
            // Exact arithmetic in BigInteger: Duration.MinValue is one nanosecond longer than MaxValue.
            var seconds = match.Groups["s"].Success ? decimal.Parse(match.Groups["s"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) : 0m;
            var nanoseconds = (Parse(match, "d") * (BigInteger)NodaConstants.NanosecondsPerDay)
                + (Parse(match, "h") * (BigInteger)NodaConstants.NanosecondsPerHour)
                + (Parse(match, "m") * (BigInteger)NodaConstants.NanosecondsPerMinute)
                + new BigInteger(seconds * 1_000_000_000m);
            return Duration.FromNanoseconds(match.Groups["sign"].Success ? -nanoseconds : nanoseconds);
        }
        catch (Exception e) when (e is OverflowException or ArgumentOutOfRangeException)
        {
            throw new ModelJsonException($"'{JsonTokens.Shorten(text)}' is too long a duration: at most about 16 million days.", e);
        }
    }

    public override void Write(Utf8JsonWriter writer, Duration value, JsonSerializerOptions options) => writer.WriteStringValue(Format(value));

    /// <summary>Formats as <c>[-]PT{h}H{m}M{s}S</c>, leaving out zero components; zero is <c>PT0S</c>.</summary>
    internal static string Format(Duration value)
    {
        if (value == Duration.Zero)
        {
            return "PT0S";
        }

        // Through BigInteger: Duration.MinValue has no positive counterpart to negate to.
        var nanoseconds = value.ToBigIntegerNanoseconds();
        var negative = nanoseconds < 0;
        var magnitude = BigInteger.Abs(nanoseconds);
        var hours = magnitude / NodaConstants.NanosecondsPerHour;
        var minutes = (long)(magnitude % NodaConstants.NanosecondsPerHour / NodaConstants.NanosecondsPerMinute);
        var secondNanos = (long)(magnitude % NodaConstants.NanosecondsPerMinute);
        var text = new System.Text.StringBuilder(negative ? "-PT" : "PT");
        if (!hours.IsZero)
        {
            text.Append(hours.ToString(CultureInfo.InvariantCulture)).Append('H');
        }

        if (minutes != 0)
        {
            text.Append(minutes.ToString(CultureInfo.InvariantCulture)).Append('M');
        }

        if (secondNanos != 0)
        {
            var seconds = secondNanos / 1_000_000_000m;
            text.Append(seconds.ToString("0.#########", CultureInfo.InvariantCulture)).Append('S');
        }

        return text.ToString();
    }

    private static long Parse(Match match, string group) =>
        match.Groups[group].Success ? long.Parse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture) : 0L;

    [GeneratedRegex(@"^(?<sign>-)?P(?:(?<d>[0-9]{1,9})D)?(?:T(?:(?<h>[0-9]{1,12})H)?(?:(?<m>[0-9]{1,14})M)?(?:(?<s>[0-9]{1,16}(?:\.[0-9]{1,9})?)S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDuration();

    [GeneratedRegex(@"^-?P(?:[0-9.]+[YMW])", RegexOptions.CultureInvariant)]
    private static partial Regex CalendarUnits();
}

/// <summary>A day of the week by its English name, such as <c>Sunday</c>.</summary>
internal sealed class IsoDayOfWeekJsonConverter : JsonConverter<IsoDayOfWeek>
{
    private static readonly IsoDayOfWeek[] Days =
    [
        IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday,
        IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday,
    ];

    public override IsoDayOfWeek Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonTokens.ReadString(ref reader, "a day of the week such as 'Sunday'");
        foreach (var day in Days)
        {
            if (string.Equals(day.ToString(), text, StringComparison.Ordinal))
            {
                return day;
            }
        }

        throw new ModelJsonException($"'{JsonTokens.Shorten(text)}' is not a day of the week; expected one of {string.Join(", ", Days)}.");
    }

    public override void Write(Utf8JsonWriter writer, IsoDayOfWeek value, JsonSerializerOptions options)
    {
        if (value is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
        {
            throw new ModelJsonException($"{(int)value} is not a day of the week and cannot be written.");
        }

        writer.WriteStringValue(value.ToString());
    }
}

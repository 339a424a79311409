using System.Globalization;
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

    internal NodaTimeJsonConverter(JsonConverter<T> inner, string expected)
    {
        _inner = inner;
        _expected = expected;
    }

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonTokens.ReadString(ref reader, _expected);
        try
        {
            return _inner.Read(ref reader, typeToConvert, options)!;
        }
        catch (Exception e) when (e is UnparsableValueException or FormatException or ArgumentException or InvalidNodaDataException or JsonException or InvalidOperationException)
        {
            throw new JsonException($"'{JsonTokens.Shorten(text)}' is not {_expected}.", e);
        }
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => _inner.Write(writer, value, options);
}

/// <summary>An ISO 8601 calendar date such as <c>2026-01-31</c>.</summary>
internal sealed class LocalDateJsonConverter() : NodaTimeJsonConverter<LocalDate>(NodaConverters.LocalDateConverter, "an ISO 8601 date such as '2026-01-31'");

/// <summary>An ISO 8601 local time such as <c>02:00:00</c>.</summary>
internal sealed class LocalTimeJsonConverter() : NodaTimeJsonConverter<LocalTime>(NodaConverters.LocalTimeConverter, "an ISO 8601 time of day such as '02:00:00'");

/// <summary>An ISO 8601 instant in UTC such as <c>2026-03-01T09:30:00Z</c>.</summary>
internal sealed class InstantJsonConverter() : NodaTimeJsonConverter<Instant>(NodaConverters.InstantConverter, "an ISO 8601 instant in UTC such as '2026-03-01T09:30:00Z'");

/// <summary>
/// An ISO 8601 period such as <c>P30D</c> or <c>PT72H</c>, kept exactly as written (no normalisation). A period needs
/// at least one component: <c>P</c> alone is refused and the zero period is written <c>P0D</c>.
/// </summary>
internal sealed class PeriodJsonConverter : JsonConverter<Period>
{
    private const string Expected = "an ISO 8601 period such as 'P30D', 'P1Y' or 'PT72H'";

    public override Period Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonTokens.ReadString(ref reader, Expected);
        var result = PeriodPattern.Roundtrip.Parse(text);
        if (!result.Success || !text.Any(char.IsAsciiDigit))
        {
            throw new JsonException($"'{JsonTokens.Shorten(text)}' is not {Expected}.");
        }

        return result.Value;
    }

    public override void Write(Utf8JsonWriter writer, Period value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Equals(Period.Zero) ? "P0D" : PeriodPattern.Roundtrip.Format(value));
}

/// <summary>A time zone by its IANA (tzdb) identifier such as <c>Europe/Berlin</c>.</summary>
internal sealed class DateTimeZoneJsonConverter() : NodaTimeJsonConverter<DateTimeZone>(NodaConverters.CreateDateTimeZoneConverter(DateTimeZoneProviders.Tzdb), "an IANA time zone identifier such as 'Europe/Berlin' or 'UTC'");

/// <summary>
/// An exact duration as an ISO 8601 duration of days and time, such as <c>PT4H</c> or <c>PT1H30M</c>. Years, months
/// and weeks are refused because their length varies; use days (<c>P1D</c> is 24 hours here).
/// </summary>
internal sealed class DurationJsonConverter : JsonConverter<Duration>
{
    private const string Expected = "an ISO 8601 duration of days and time such as 'PT4H' or 'PT1H30M'";

    public override Duration Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonTokens.ReadString(ref reader, Expected);
        var result = PeriodPattern.NormalizingIso.Parse(text);
        if (!result.Success)
        {
            throw new JsonException($"'{JsonTokens.Shorten(text)}' is not {Expected}.");
        }

        var period = result.Value;
        if (period.Years != 0 || period.Months != 0 || period.Weeks != 0)
        {
            throw new JsonException($"'{JsonTokens.Shorten(text)}' is not an exact duration: years, months and weeks vary in length. Write it in days and time, such as 'P7D' or 'PT168H'.");
        }

        return period.ToDuration();
    }

    public override void Write(Utf8JsonWriter writer, Duration value, JsonSerializerOptions options) => writer.WriteStringValue(Format(value));

    /// <summary>Formats as <c>[-]PT{h}H{m}M{s}S</c>, leaving out zero components; zero is <c>PT0S</c>.</summary>
    internal static string Format(Duration value)
    {
        if (value == Duration.Zero)
        {
            return "PT0S";
        }

        var negative = value < Duration.Zero;
        var ticks = negative ? -value.BclCompatibleTicks : value.BclCompatibleTicks;
        var nanosRemainder = (negative ? -value : value).SubsecondNanoseconds % 100;
        var hours = ticks / NodaConstants.TicksPerHour;
        var minutes = ticks % NodaConstants.TicksPerHour / NodaConstants.TicksPerMinute;
        var secondTicks = ticks % NodaConstants.TicksPerMinute;
        var text = new System.Text.StringBuilder(negative ? "-PT" : "PT");
        if (hours != 0)
        {
            text.Append(hours.ToString(CultureInfo.InvariantCulture)).Append('H');
        }

        if (minutes != 0)
        {
            text.Append(minutes.ToString(CultureInfo.InvariantCulture)).Append('M');
        }

        if (secondTicks != 0 || nanosRemainder != 0)
        {
            var seconds = (secondTicks / (decimal)NodaConstants.TicksPerSecond) + (nanosRemainder / 1_000_000_000m);
            text.Append(seconds.ToString("0.#########", CultureInfo.InvariantCulture)).Append('S');
        }

        return text.ToString();
    }
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

        throw new JsonException($"'{JsonTokens.Shorten(text)}' is not a day of the week; expected one of {string.Join(", ", Days)}.");
    }

    public override void Write(Utf8JsonWriter writer, IsoDayOfWeek value, JsonSerializerOptions options)
    {
        if (value == IsoDayOfWeek.None)
        {
            throw new JsonException("IsoDayOfWeek.None is not a day of the week and cannot be written.");
        }

        writer.WriteStringValue(value.ToString());
    }
}

using System.Globalization;
using AiContracts.Domain.Internal;
using AiContracts.Domain.Primitives;
using Ardalis.SmartEnum;
using NodaTime;
using NodaTime.Text;

namespace AiContracts.Domain.Diff.Internal;

/// <summary>Display text and ordering of the model's scalar values, culture-invariant.</summary>
internal static class DiffValues
{
    private const int MaxTextLength = 120;

    /// <summary>The value as people read it: <c>30%</c>, <c>P5D</c>, <c>1200.00 EUR</c>, a smart enum's name.</summary>
    public static string Display(object? value) => value switch
    {
        null => "-",
        string s => s.Length <= MaxTextLength ? s : string.Concat(s.AsSpan(0, MaxTextLength - 3), "..."),
        bool b => b ? "true" : "false",
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        Period p => p.ToString(),
        Duration d => DurationPattern.Roundtrip.Format(d),
        LocalDate d => LocalDatePattern.Iso.Format(d),
        LocalTime t => LocalTimePattern.ExtendedIso.Format(t),
        Instant i => InstantPattern.ExtendedIso.Format(i),
        DateTimeZone z => z.Id,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>The sign of <paramref name="after"/> minus <paramref name="before"/>, or null when the two cannot be ordered (different currencies, kinds).</summary>
    public static int? Compare(object before, object after) => (before, after) switch
    {
        (decimal b, decimal a) => a.CompareTo(b),
        (int b, int a) => a.CompareTo(b),
        (bool b, bool a) => a.CompareTo(b),
        (Percentage b, Percentage a) => a.CompareTo(b),
        (Money b, Money a) => b.Currency == a.Currency ? a.Amount.CompareTo(b.Amount) : null,
        (Period b, Period a) => DateMath.Compare(a, b),
        (Duration b, Duration a) => a.CompareTo(b),
        (LocalDate b, LocalDate a) => a.CompareTo(b),
        (LocalTime b, LocalTime a) => a.CompareTo(b),
        (Instant b, Instant a) => a.CompareTo(b),
        _ => null,
    };

    /// <summary>The word for a change in this direction: <c>lengthened</c> for periods, <c>raised</c> for numbers.</summary>
    public static string Verb(object sample, int sign) => (sample, sign) switch
    {
        (bool, _) => "changed",
        (Period or Duration, > 0) => "lengthened",
        (Period or Duration, < 0) => "shortened",
        (LocalDate or Instant or LocalTime, > 0) => "moved later",
        (LocalDate or Instant or LocalTime, < 0) => "moved earlier",
        (_, > 0) => "raised",
        (_, < 0) => "lowered",
        _ => "changed",
    };

    /// <summary>The name of a smart enum value, for rankings.</summary>
    public static string? Name(object? value) => value is ISmartEnum ? value.ToString() : null;
}

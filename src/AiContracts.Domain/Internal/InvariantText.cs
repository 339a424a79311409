using System.Globalization;
using System.Text;

namespace AiContracts.Domain.Internal;

/// <summary>
/// Text for people and logs that reads the same on every machine: the <c>ToString()</c> of the model's records and
/// collections formats numbers, dates and times with the invariant culture, whatever the current culture is.
/// </summary>
internal static class InvariantText
{
    /// <summary>
    /// The invariant culture with ISO 8601 dates as its long date pattern, the pattern NodaTime's
    /// <c>LocalDate.ToString()</c> uses (<c>2026-03-31</c> rather than <c>Tuesday, 31 March 2026</c>).
    /// </summary>
    internal static CultureInfo Culture { get; } = CreateCulture();

    /// <summary>Formats a record as the compiler does (<c>Name { Member = value, ... }</c>), with every member in <see cref="Culture"/>.</summary>
    /// <param name="name">The record's type name.</param>
    /// <param name="printMembers">The record's <c>PrintMembers</c>.</param>
    /// <returns>The text.</returns>
    internal static string Record(string name, Func<StringBuilder, bool> printMembers) => InCulture(() =>
    {
        var builder = new StringBuilder(name).Append(" { ");
        if (printMembers(builder))
        {
            builder.Append(' ');
        }

        return builder.Append('}').ToString();
    });

    /// <summary>Runs a formatting function with <see cref="Culture"/> as the current culture, for values whose <c>ToString()</c> takes no provider.</summary>
    /// <param name="format">The formatting function.</param>
    /// <returns>Its text.</returns>
    internal static string InCulture(Func<string> format)
    {
        var current = CultureInfo.CurrentCulture;
        if (ReferenceEquals(current, Culture))
        {
            return format();
        }

        CultureInfo.CurrentCulture = Culture;
        try
        {
            return format();
        }
        finally
        {
            CultureInfo.CurrentCulture = current;
        }
    }

    private static CultureInfo CreateCulture()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.DateTimeFormat.LongDatePattern = "yyyy'-'MM'-'dd";
        return CultureInfo.ReadOnly(culture);
    }
}

using System.Globalization;
using NodaTime;

namespace AiContracts.OpenSlo.Internal;

/// <summary>The names OpenSLO v1 uses, the annotations this package writes, and duration shorthands both ways.</summary>
internal static class OpenSloVocabulary
{
    internal const string ApiVersion = "openslo/v1";

    /// <summary>The metric source type written for a KPI that states no data source (OpenSLO needs a type or a reference).</summary>
    internal const string Unspecified = "Unspecified";

    /// <summary>The kinds of OpenSLO v1 (README, "General Schema").</summary>
    internal static readonly string[] Kinds = ["DataSource", "SLO", "SLI", "AlertPolicy", "AlertCondition", "AlertNotificationTarget", "Service"];

    /// <summary>The prefix of the annotations that carry what OpenSLO has no member for.</summary>
    internal const string Prefix = "aicontracts.dev/";

    /// <summary>The annotation keys.</summary>
    internal static class Annotation
    {
        internal const string KpiId = Prefix + "kpi-id";
        internal const string Metric = Prefix + "metric";
        internal const string Category = Prefix + "category";
        internal const string Unit = Prefix + "unit";
        internal const string Direction = Prefix + "direction";
        internal const string Aggregation = Prefix + "aggregation";
        internal const string BreachThreshold = Prefix + "breach-threshold";
        internal const string BusinessOutcome = Prefix + "business-outcome";
        internal const string AiSystems = Prefix + "ai-systems";
        internal const string EmptyIntervals = Prefix + "empty-intervals";
        internal const string ObjectiveIds = Prefix + "objective-ids";
    }

    /// <summary>Reads a duration shorthand: a positive integer and one of m h d w M Q Y (case-sensitive: 1m is a minute, 1M a month).</summary>
    internal static bool TryParse(string text, out long count, out char unit)
    {
        count = 0;
        unit = '\0';
        if (text.Length < 2 || "mhdwMQY".IndexOf(text[^1], StringComparison.Ordinal) < 0)
        {
            return false;
        }

        unit = text[^1];
        var digits = text.AsSpan(0, text.Length - 1);
        return digits[0] is >= '1' and <= '9' && digits.Length <= 9
            && long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out count);
    }

    /// <summary>The period of a shorthand (a quarter is three months).</summary>
    internal static Period ToPeriod(long count, char unit) => unit switch
    {
        'm' => Period.FromMinutes(count),
        'h' => Period.FromHours(count),
        'd' => Period.FromDays((int)count),
        'w' => Period.FromWeeks((int)count),
        'M' => Period.FromMonths((int)count),
        'Q' => Period.FromMonths((int)(count * 3)),
        _ => Period.FromYears((int)count),
    };

    /// <summary>The shorthand of a period with one unit; null when the period mixes units or has seconds.</summary>
    internal static string? ToShorthand(Period period)
    {
        var n = period;
        (long Value, char Unit)[] parts =
        [
            (n.Years, 'Y'), (n.Months, 'M'), (n.Weeks, 'w'), (n.Days, 'd'), (n.Hours, 'h'), (n.Minutes, 'm'),
            (n.Seconds, 's'), (n.Milliseconds, 's'), (n.Ticks, 's'), (n.Nanoseconds, 's'),
        ];
        var nonZero = parts.Where(p => p.Value != 0).ToArray();
        if (nonZero.Length != 1 || nonZero[0].Unit == 's' || nonZero[0].Value <= 0)
        {
            // Not normalized: P4W stays 4w and P28D stays 28d, so that each reads back as the same period.
            return null;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{nonZero[0].Value}{nonZero[0].Unit}");
    }

    /// <summary>The shorthand of a whole number of minutes, hours or days (a time slice); null otherwise.</summary>
    internal static string? ToShorthand(Duration duration)
    {
        if (duration <= Duration.Zero || duration.BclCompatibleTicks % NodaConstants.TicksPerMinute != 0)
        {
            return null;
        }

        var minutes = duration.BclCompatibleTicks / NodaConstants.TicksPerMinute;
        return minutes % 1440 == 0 ? $"{minutes / 1440}d" : minutes % 60 == 0 ? $"{minutes / 60}h" : $"{minutes}m";
    }

    /// <summary>Formats a decimal without exponent and without trailing zeros.</summary>
    internal static string Number(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    /// <summary>Removes trailing zeros (0.99900 is 0.999), so that values read back compare and print as written.</summary>
    internal static decimal Normal(decimal value) => value / 1.000000000000000000000000000000000m;
}

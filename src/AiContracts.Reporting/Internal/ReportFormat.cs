using System.Globalization;
using System.Text;
using AiContracts.Domain.Primitives;
using Ardalis.SmartEnum;
using NodaTime;
using NodaTime.Text;

namespace AiContracts.Reporting.Internal;

/// <summary>Formats values for a reader: invariant by default (ISO dates), or in a chosen culture (its long dates).</summary>
internal sealed class ReportFormat
{
    /// <summary>What the report says of a term the contract does not state.</summary>
    public const string NotStated = "not stated";

    private static readonly LocalDatePattern Iso = LocalDatePattern.Iso;
    private readonly LocalDatePattern _date;

    public ReportFormat(CultureInfo? culture)
    {
        Culture = culture ?? CultureInfo.InvariantCulture;
        IsInvariant = culture is null || culture.Equals(CultureInfo.InvariantCulture);
        _date = IsInvariant ? Iso : LocalDatePattern.Create("D", Culture);
    }

    public CultureInfo Culture { get; }

    public bool IsInvariant { get; }

    /// <summary>A number with group separators and as many decimals as it has (at most ten).</summary>
    public string Number(decimal value) => value.ToString("#,##0.##########", Culture);

    public string Number(decimal? value) => value is { } v ? Number(v) : NotStated;

    public string Number(long value) => value.ToString("#,##0", Culture);

    /// <summary>Money with its currency code and at least the currency's minor units (unit prices keep their further decimals).</summary>
    public string Money(Money? money)
    {
        if (money is null)
        {
            return NotStated;
        }

        var minor = money.Currency.MinorUnits;
        var pattern = "#,##0." + new string('0', minor) + new string('#', Math.Max(0, 10 - minor));
        return money.Amount.ToString(pattern, Culture) + "\u00a0" + money.Currency.Code;
    }

    /// <summary>A percentage value (99.9 is 99.9 %), in the culture's percent pattern.</summary>
    public string Percent(decimal value)
    {
        var number = value.ToString("#,##0.####", Culture);
        var info = Culture.NumberFormat;
        return IsInvariant ? number + "%" : info.PercentPositivePattern switch
        {
            0 => number + "\u00a0" + info.PercentSymbol,
            2 => info.PercentSymbol + number,
            3 => info.PercentSymbol + "\u00a0" + number,
            _ => number + info.PercentSymbol,
        };
    }

    public string Percent(Percentage? value) => value is { } v ? Percent(v.Value) : NotStated;

    public string Date(LocalDate? date) => date is { } d ? _date.Format(d) : NotStated;

    /// <summary>A date for a chart's axis: always short (ISO, or the culture's short date).</summary>
    public string ShortDate(LocalDate date) => IsInvariant ? Iso.Format(date) : date.ToString("d", Culture);

    /// <summary>A period in words: <c>P1Y6M</c> is "1 year 6 months", <c>PT4H</c> "4 hours".</summary>
    public string Period(Period? period)
    {
        if (period is null)
        {
            return NotStated;
        }

        var p = period;
        var parts = new List<string>(3);
        Add(parts, p.Years, "year");
        Add(parts, p.Months, "month");
        Add(parts, p.Weeks, "week");
        Add(parts, p.Days, "day");
        Add(parts, p.Hours, "hour");
        Add(parts, p.Minutes, "minute");
        Add(parts, p.Seconds, "second");
        Add(parts, p.Milliseconds, "millisecond");
        return parts.Count == 0 ? Number(0) + " days" : string.Join(" ", parts);
    }

    public string Duration(Duration? duration)
    {
        if (duration is not { } d)
        {
            return NotStated;
        }

        var parts = new List<string>(3);
        Add(parts, d.Days, "day");
        Add(parts, d.Hours, "hour");
        Add(parts, d.Minutes, "minute");
        Add(parts, d.Seconds, "second");
        return parts.Count == 0 ? Number(0) + " minutes" : string.Join(" ", parts);
    }

    public static string YesNo(bool? value) => value switch { true => "yes", false => "no", null => NotStated };

    /// <summary>A smart enum's name as words: <c>ScheduledMaintenance</c> is "scheduled maintenance"; runs of capitals stay (GDPR).</summary>
    public static string Words<TEnum>(TEnum? value)
        where TEnum : SmartEnum<TEnum> => value is null ? NotStated : Words(value.Name);

    public static string Words(string name)
    {
        var text = new StringBuilder(name.Length + 8);
        var word = new StringBuilder(16);
        for (var i = 0; i <= name.Length; i++)
        {
            var boundary = i == name.Length
                || (i > 0 && char.IsUpper(name[i]) && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1]))));
            if (boundary && word.Length > 0)
            {
                var w = word.ToString();
                text.Append(text.Length > 0 ? " " : string.Empty).Append(Acronyms.TryGetValue(w, out var acronym) ? acronym : w.All(char.IsUpper) && w.Length > 1 ? w : w.ToLowerInvariant());
                word.Clear();
            }

            if (i < name.Length)
            {
                word.Append(name[i]);
            }
        }

        return text.ToString();
    }

    /// <summary>Words written in capitals (or their own way) inside smart-enum names.</summary>
    private static readonly Dictionary<string, string> Acronyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Ai"] = "AI", ["Api"] = "API", ["Saas"] = "SaaS", ["Gdpr"] = "GDPR", ["Eu"] = "EU", ["Uk"] = "UK", ["Us"] = "US", ["Sla"] = "SLA", ["Kpi"] = "KPI",
        ["Onnx"] = "ONNX", ["Grpc"] = "gRPC", ["OpenApi"] = "OpenAPI", ["Open"] = "open", ["AsyncApi"] = "AsyncAPI", ["Gpu"] = "GPU", ["Psi"] = "PSI", ["Ks"] = "KS",
        ["Auc"] = "AUC", ["F1"] = "F1", ["Http"] = "HTTP", ["Json"] = "JSON", ["Csv"] = "CSV", ["Iso"] = "ISO", ["Soc2"] = "SOC 2", ["Hipaa"] = "HIPAA", ["Ccpa"] = "CCPA",
        ["Lora"] = "LoRA", ["Llm"] = "LLM", ["Rest"] = "REST", ["GraphQl"] = "GraphQL", ["Dpa"] = "DPA", ["Pii"] = "PII",
    };

    /// <summary>Words of a list of smart enums, comma-separated; "not stated" when empty.</summary>
    public static string WordList<TEnum>(IReadOnlyList<TEnum> values)
        where TEnum : SmartEnum<TEnum> => values.Count == 0 ? NotStated : string.Join(", ", values.Select(v => Words(v.Name)));

    public static string List(IReadOnlyList<string> values) => values.Count == 0 ? NotStated : string.Join(", ", values);

    private void Add(List<string> parts, long value, string unit)
    {
        if (value != 0)
        {
            parts.Add(Number(value) + " " + unit + (value is 1 or -1 ? string.Empty : "s"));
        }
    }
}

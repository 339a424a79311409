using System.Text;
using AiContracts.Domain.Computations.ServiceCredits;
using AiContracts.Domain.ServiceLevels;
using static AiContracts.Reporting.Internal.SvgCanvas;

namespace AiContracts.Reporting.Internal;

/// <summary>
/// An objective's credit table as a step chart: credit (percent of the credit base) against attainment, one step per
/// band (<c>class="band"</c> with <c>data-from</c>, <c>data-to</c> and <c>data-credit</c>), the target and breach
/// threshold marked, and the period's attainment when measurements are given.
/// </summary>
internal static class CreditStepChart
{
    /// <summary>The chart, or null when the bands give no finite attainment to draw against.</summary>
    public static string? Build(string id, ServiceLevelObjective objective, KpiDefinition? kpi, ObjectiveEvaluation? evaluation, ReportFormat format)
    {
        var bands = objective.CreditBands;
        var values = new List<decimal>();
        foreach (var band in bands)
        {
            if (band.From is { } from) { values.Add(from); }
            if (band.To is { } to) { values.Add(to); }
        }

        if (kpi?.Target is { } target) { values.Add(target); }
        if (kpi?.BreachThreshold is { } threshold) { values.Add(threshold); }
        if (evaluation?.Attained is { } attained) { values.Add(attained); }
        if (values.Count == 0)
        {
            return null;
        }

        var lo = (double)values.Min();
        var hi = (double)values.Max();
        var pad = hi > lo ? (hi - lo) * 0.15 : Math.Max(Math.Abs(hi) * 0.1, 1);
        var xMin = lo - pad;
        var xMax = hi + pad;
        var percent = kpi?.Unit == KpiUnit.Percent;
        if (percent)
        {
            xMax = Math.Min(xMax, Math.Max(100, hi));
            xMin = Math.Max(xMin, Math.Min(0, lo));
        }

        var yMax = Math.Max(10, bands.Count == 0 ? 0 : (double)bands.Max(b => b.Credit.Value));
        yMax = NiceTicks(0, yMax).Last() < yMax ? yMax : NiceTicks(0, yMax).Last();
        var unit = Unit(kpi, format);
        var name = objective.Name ?? objective.Id.ToString();
        var description = new StringBuilder()
            .Append("Step chart of the service credit, in percent of the credit base, against the attainment of ")
            .Append(kpi?.Name ?? objective.KpiId.ToString()).Append(unit.Length > 0 ? " (" + unit + ")" : string.Empty).Append(". ");
        if (bands.Count == 0)
        {
            description.Append("The contract states no credit table: no service credit at any attainment. ");
        }

        foreach (var band in bands)
        {
            description.Append("Credit ").Append(format.Percent(band.Credit.Value)).Append(" for attainment ").Append(Range(band, format)).Append(". ");
        }

        if (kpi?.Target is { } t2) { description.Append("Target ").Append(format.Number(t2)).Append(". "); }
        if (evaluation?.Attained is { } a2) { description.Append("Attained in the period ").Append(format.Number(a2)).Append(". "); }

        var canvas = new SvgCanvas(id, "Service credit: " + name, description.ToString().TrimEnd(), 320, ("data-objective", objective.Id.Value));
        double X(double v) => canvas.PlotLeft + ((v - xMin) / (xMax - xMin) * (canvas.PlotRight - canvas.PlotLeft));
        double Y(double v) => canvas.PlotBottom - (v / yMax * (canvas.PlotBottom - canvas.PlotTop));
        foreach (var tick in NiceTicks(0, yMax))
        {
            canvas.YTick(Y(tick), format.Percent((decimal)tick));
        }

        foreach (var tick in NiceTicks(xMin, xMax, 6))
        {
            canvas.XTick(X(tick), format.Number((decimal)Math.Round(tick, 6)));
        }

        canvas.Axes("Attainment of " + (kpi?.Name ?? objective.KpiId.ToString()) + (unit.Length > 0 ? " (" + unit + ")" : string.Empty), "Service credit (% of the credit base)");
        var svg = canvas.Builder;
        svg.Append("<g class=\"steps\">\n");
        foreach (var band in bands)
        {
            var x1 = X(Math.Max(xMin, band.From is { } f ? (double)f : xMin));
            var x2 = X(Math.Min(xMax, band.To is { } t ? (double)t : xMax));
            var y = Y((double)band.Credit.Value);
            svg.Append("<g class=\"band\" data-from=\"").Append(band.From is { } df ? D(df) : string.Empty).Append("\" data-to=\"").Append(band.To is { } dt ? D(dt) : string.Empty)
                .Append("\" data-credit=\"").Append(D(band.Credit.Value)).Append("\">")
                .Append("<rect x=\"").Append(N(x1)).Append("\" y=\"").Append(N(y)).Append("\" width=\"").Append(N(Math.Max(0, x2 - x1))).Append("\" height=\"").Append(N(canvas.PlotBottom - y)).Append("\" fill=\"#d0d0d0\" stroke=\"none\"/>")
                .Append("<line x1=\"").Append(N(x1)).Append("\" y1=\"").Append(N(y)).Append("\" x2=\"").Append(N(x2)).Append("\" y2=\"").Append(N(y)).Append("\" stroke=\"#000000\" stroke-width=\"3\"/>")
                .Append("<line x1=\"").Append(N(x1)).Append("\" y1=\"").Append(N(y)).Append("\" x2=\"").Append(N(x1)).Append("\" y2=\"").Append(N(canvas.PlotBottom)).Append("\" stroke=\"#000000\" stroke-width=\"1\"/>")
                .Append("<line x1=\"").Append(N(x2)).Append("\" y1=\"").Append(N(y)).Append("\" x2=\"").Append(N(x2)).Append("\" y2=\"").Append(N(canvas.PlotBottom)).Append("\" stroke=\"#000000\" stroke-width=\"1\"/>")
                .Append("<text x=\"").Append(N((x1 + x2) / 2)).Append("\" y=\"").Append(N(y - 6)).Append("\" text-anchor=\"middle\" font-weight=\"600\">").Append(HtmlWriter.Escape(format.Percent(band.Credit.Value))).Append("</text></g>\n");
        }

        svg.Append("</g>\n");
        if (bands.Count == 0)
        {
            svg.Append("<line class=\"no-credit\" x1=\"").Append(N(canvas.PlotLeft)).Append("\" y1=\"").Append(N(canvas.PlotBottom - 1.5)).Append("\" x2=\"").Append(N(canvas.PlotRight)).Append("\" y2=\"").Append(N(canvas.PlotBottom - 1.5))
                .Append("\" stroke=\"#000000\" stroke-width=\"3\"/>")
                .Append("<text x=\"").Append(N((canvas.PlotLeft + canvas.PlotRight) / 2)).Append("\" y=\"").Append(N((canvas.PlotTop + canvas.PlotBottom) / 2)).Append("\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"600\">")
                .Append("No service credit at any attainment: the contract states no credit table").Append("</text>\n");
        }

        if (kpi?.Target is { } target3)
        {
            canvas.VerticalMarker(X((double)target3), "target " + format.Number(target3), "6 4", "target", 0, 2);
        }

        if (kpi?.BreachThreshold is { } threshold3)
        {
            canvas.VerticalMarker(X((double)threshold3), "breach threshold " + format.Number(threshold3), "2 3", "threshold", 1);
        }

        if (evaluation?.Attained is { } attained3)
        {
            canvas.VerticalMarker(X((double)attained3), "attained " + format.Number(attained3), string.Empty, "attained", 2, 2.5);
        }

        return canvas.ToString();
    }

    /// <summary>A band's attainment range in words: "from 99 to 99.9", "below 95", "from 99.9".</summary>
    public static string Range(ServiceCreditBand band, ReportFormat format) => (band.From, band.To) switch
    {
        ({ } from, { } to) => "from " + format.Number(from) + " to " + format.Number(to),
        (null, { } to) => "below " + format.Number(to),
        ({ } from, null) => "from " + format.Number(from),
        _ => "at any level",
    };

    public static string Unit(KpiDefinition? kpi, ReportFormat format) => kpi?.Unit is not { } unit ? string.Empty
        : unit == KpiUnit.Percent ? "%" : unit == KpiUnit.Milliseconds ? "ms" : unit == KpiUnit.Seconds ? "s" : unit == KpiUnit.CurrencyAmount ? "currency amount" : ReportFormat.Words(unit.Name);
}

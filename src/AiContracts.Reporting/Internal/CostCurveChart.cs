using System.Text;
using AiContracts.Domain.Computations;
using AiContracts.Domain.Computations.Invoicing;
using AiContracts.Domain.Pricing;
using AiContracts.Domain.Primitives;
using static AiContracts.Reporting.Internal.SvgCanvas;

namespace AiContracts.Reporting.Internal;

/// <summary>One point of a cost curve: the meter's charges in a period at a quantity, as the invoice calculator computes them.</summary>
internal readonly record struct CostPoint(decimal Quantity, decimal Cost);

/// <summary>
/// A meter's cost curve: the period's charges of the meter against its quantity, computed by
/// <see cref="InvoiceCalculator"/> at sampled quantities (so the chart and an invoice never disagree), with tier
/// boundaries, the meter's caps, the contract's total cap and minimum commitment marked. The x axis is logarithmic when
/// the boundaries span more than three decades.
/// </summary>
internal static class CostCurveChart
{
    private const int Samples = 48;

    /// <summary>The quantities to sample, the x range and whether the axis is logarithmic.</summary>
    public static (List<decimal> Quantities, decimal Max, bool Log) Sample(Meter meter, PricingTerms pricing, decimal? usage)
    {
        var boundaries = Boundaries(meter);
        var max = boundaries.Count > 0 ? boundaries[^1] * 2 : 0m;
        if (meter.Cap?.Quantity is { } capQuantity) { max = Math.Max(max, capQuantity * 1.25m); }
        if (usage is { } u && u > 0) { max = Math.Max(max, u * 1.5m); }
        if (max == 0)
        {
            // No boundary to show: enough units to pass the minimum commitment when there is one, else a thousand.
            var unitPrice = meter.UnitPrice?.Amount ?? (meter.Tiers.Count > 0 ? meter.Tiers[0].UnitPrice?.Amount : null);
            max = pricing.MinimumCommitment is { } commitment && unitPrice is > 0m ? Math.Ceiling(commitment.Amount.Amount / unitPrice.Value * 2m) : 1000m;
        }

        if (meter.Package is { } package && package.Size > 0)
        {
            max = Math.Max(max, package.Size * 4);
        }

        var positive = boundaries.Where(b => b > 0).ToList();
        var log = positive.Count > 0 && positive[0] * 1000m < max;
        var quantities = new SortedSet<decimal> { 0m, max };
        if (log)
        {
            var lo = Math.Log10((double)positive[0]) - 1;
            var hi = Math.Log10((double)max);
            for (var i = 0; i <= Samples; i++)
            {
                quantities.Add(Round((decimal)Math.Pow(10, lo + ((hi - lo) * i / Samples))));
            }
        }
        else
        {
            for (var i = 1; i < Samples; i++)
            {
                quantities.Add(Round(max * i / Samples));
            }
        }

        foreach (var b in boundaries)
        {
            quantities.Add(b);
            quantities.Add(b + 1); // a volume or package price jumps just past the boundary
        }

        if (meter.Cap?.Quantity is { } cap) { quantities.Add(cap); quantities.Add(cap + 1); }
        if (usage is { } used) { quantities.Add(used); }
        return ([.. quantities.Where(q => q >= 0 && q <= max)], max, log);
    }

    /// <summary>Tier boundaries (and package sizes, up to a few) in ascending order.</summary>
    public static List<decimal> Boundaries(Meter meter)
    {
        var boundaries = meter.Tiers.Where(t => t.UpTo is not null).Select(t => t.UpTo!.Value).Distinct().Order().ToList();
        return boundaries;
    }

    public static string Build(string id, Meter meter, PricingTerms pricing, IReadOnlyList<CostPoint> points, bool log, decimal? usage, ComputationPeriod period, ReportFormat format)
    {
        var currency = pricing.Currency;
        var unit = ReportFormat.Words(meter.Unit.Name);
        var periodName = PeriodNoun(pricing.BillingPeriod);
        var xMax = (double)points[^1].Quantity;
        var positive = points.Where(p => p.Quantity > 0).Select(p => (double)p.Quantity).ToList();
        var xMinLog = log && positive.Count > 0 ? positive.Min() : 0;
        var curveTop = (double)points.Max(p => p.Cost);
        var yTop = curveTop;
        // A commitment or spend cap far above the curve would flatten it: such a line is named above the plot instead.
        bool Fits(Money? m) => m is { } money && money.Currency == currency && (curveTop <= 0 || (double)money.Amount <= curveTop * 3);
        var commitment = pricing.MinimumCommitment?.Amount;
        var spendCap = meter.Cap?.Spend;
        if (Fits(commitment)) { yTop = Math.Max(yTop, (double)commitment!.Amount); }
        if (Fits(spendCap)) { yTop = Math.Max(yTop, (double)spendCap!.Amount); }
        if (yTop <= 0) { yTop = 1; }
        var yTicks = NiceTicks(0, yTop * 1.08);
        var yMax = Math.Max(yTicks[^1], yTop * 1.08);

        var description = new StringBuilder()
            .Append("Line chart of the charges per ").Append(periodName).Append(" of of meter ").Append(meter.Name).Append(" in ").Append(currency.Code)
            .Append(" against the quantity of ").Append(unit).Append(log ? " on a logarithmic axis" : string.Empty).Append(", priced ").Append(ReportFormat.Words(meter.Model.Name)).Append(". ");
        var boundaries = Boundaries(meter);
        for (var i = 0; i < boundaries.Count; i++)
        {
            description.Append("Tier ").Append(i + 2).Append(" starts above ").Append(format.Number(boundaries[i])).Append(". ");
        }

        foreach (var p in Pick(points, 3))
        {
            description.Append(format.Number(p.Quantity)).Append(' ').Append(unit).Append(" cost ").Append(format.Money(new Money(p.Cost, currency))).Append(". ");
        }

        if (meter.Cap?.Quantity is { } capQ) { description.Append("Usage cap at ").Append(format.Number(capQ)).Append(". "); }
        if (meter.Cap?.Spend is { } capS) { description.Append("Spend cap at ").Append(format.Money(capS)).Append(". "); }
        if (pricing.MinimumCommitment is { } mc) { description.Append("Minimum commitment ").Append(format.Money(mc.Amount)).Append(". "); }
        if (pricing.TotalCap?.Spend is { } tc) { description.Append("Total spend cap of the contract ").Append(format.Money(tc)).Append(" (all meters together). "); }

        var canvas = new SvgCanvas(id, "Cost curve: " + meter.Name, description.ToString().TrimEnd(), 340);
        double X(double q) => log
            ? canvas.PlotLeft + ((Math.Log10(Math.Max(q, xMinLog)) - Math.Log10(xMinLog)) / (Math.Log10(xMax) - Math.Log10(xMinLog)) * (canvas.PlotRight - canvas.PlotLeft))
            : canvas.PlotLeft + (q / xMax * (canvas.PlotRight - canvas.PlotLeft));
        double Y(double c) => canvas.PlotBottom - (c / yMax * (canvas.PlotBottom - canvas.PlotTop));
        foreach (var tick in yTicks)
        {
            canvas.YTick(Y(tick), format.Number((decimal)tick));
        }

        if (log)
        {
            for (var e = Math.Ceiling(Math.Log10(xMinLog)); e <= Math.Log10(xMax) + 1e-9; e++)
            {
                canvas.XTick(X(Math.Pow(10, e)), Compact((decimal)Math.Pow(10, e), format));
            }
        }
        else
        {
            foreach (var tick in NiceTicks(0, xMax, 6))
            {
                canvas.XTick(X(tick), Compact((decimal)tick, format));
            }
        }

        canvas.Axes("Quantity per " + periodName + " (" + unit + (log ? ", logarithmic scale" : string.Empty) + ")",
            "Charges of the meter per " + periodName + " (" + currency.Code + ")");
        for (var i = 0; i < boundaries.Count; i++)
        {
            if ((double)boundaries[i] <= xMax)
            {
                canvas.VerticalMarker(X((double)boundaries[i]), "tier " + (i + 2) + " above " + Compact(boundaries[i], format), "5 4", "tier-boundary", i % 2);
            }
        }

        if (meter.Cap?.Quantity is { } cap)
        {
            var behaviour = meter.Cap.Behaviour is { } b ? " (" + ReportFormat.Words(b.Name) + ")" : string.Empty;
            canvas.VerticalMarker(X((double)cap), "usage cap " + Compact(cap, format) + behaviour, "1 3", "cap", 2, 2.5);
        }

        if (usage is { } used)
        {
            canvas.VerticalMarker(X((double)used), "this period's usage " + Compact(used, format), string.Empty, "usage", 3, 1);
        }

        var above = new List<string>();
        if (spendCap is not null)
        {
            if (Fits(spendCap)) { canvas.HorizontalMarker(Y((double)spendCap.Amount), "spend cap " + format.Money(spendCap), "1 3", "spend-cap", 2.5); }
            else { above.Add("spend cap " + format.Money(spendCap)); }
        }

        if (commitment is not null)
        {
            if (Fits(commitment)) { canvas.HorizontalMarker(Y((double)commitment.Amount), "minimum commitment " + format.Money(commitment) + " (all meters together)", "10 4 2 4", "commitment", 2); }
            else { above.Add("minimum commitment " + format.Money(commitment) + " (all meters together)"); }
        }

        if (above.Count > 0)
        {
            canvas.Builder.Append("<text class=\"above\" x=\"").Append(N(canvas.PlotRight)).Append("\" y=\"").Append(N(canvas.PlotTop - 8)).Append("\" text-anchor=\"end\" font-size=\"11\">")
                .Append(HtmlWriter.Escape("Above this chart: " + string.Join("; ", above))).Append("</text>\n");
        }

        var svg = canvas.Builder;
        svg.Append("<polyline class=\"cost-curve\" fill=\"none\" stroke=\"#000000\" stroke-width=\"2.5\" data-points=\"");
        for (var i = 0; i < points.Count; i++)
        {
            svg.Append(i == 0 ? string.Empty : " ").Append(D(points[i].Quantity)).Append(',').Append(D(points[i].Cost));
        }

        svg.Append("\" points=\"");
        foreach (var p in points.Where(p => !log || p.Quantity > 0))
        {
            svg.Append(N(X((double)p.Quantity))).Append(',').Append(N(Y((double)p.Cost))).Append(' ');
        }

        svg.Length--;
        svg.Append("\"/>\n");
        return canvas.ToString();
    }

    /// <summary>
    /// A rate card's request curve (format 1.2): the charge of one request against its size, with the request tiers'
    /// bounds marked, so that the jump where a whole request moves to another tier's prices shows.
    /// </summary>
    public static string BuildRequestCurve(string id, RateCard card, LocalId counter, IReadOnlyList<decimal> bounds, IReadOnlyList<CostPoint> points, Currency currency, ReportFormat format)
    {
        var xMax = (double)points[^1].Quantity;
        var yTop = Math.Max((double)points.Max(p => p.Cost), 1e-9);
        var yTicks = NiceTicks(0, yTop * 1.08);
        var yMax = Math.Max(yTicks[^1], yTop * 1.08);
        var description = new StringBuilder()
            .Append("Line chart of the charge of one request of rate card ").Append(card.Name).Append(" in ").Append(currency.Code)
            .Append(" against its size in ").Append(counter.Value).Append(", each request priced at the tier its own size reaches. ");
        for (var i = 0; i < bounds.Count; i++)
        {
            description.Append("Request tier ").Append(i + 2).Append(" starts at ").Append(format.Number(bounds[i])).Append(". ");
        }

        foreach (var p in Pick(points, 3))
        {
            description.Append(format.Number(p.Quantity)).Append(' ').Append(counter.Value).Append(" cost ").Append(format.Money(new Money(p.Cost, currency))).Append(". ");
        }

        var canvas = new SvgCanvas(id, "Charge per request: " + card.Name, description.ToString().TrimEnd(), 340);
        double X(double q) => canvas.PlotLeft + (q / xMax * (canvas.PlotRight - canvas.PlotLeft));
        double Y(double c) => canvas.PlotBottom - (c / yMax * (canvas.PlotBottom - canvas.PlotTop));
        foreach (var tick in yTicks)
        {
            canvas.YTick(Y(tick), format.Number((decimal)tick));
        }

        foreach (var tick in NiceTicks(0, xMax, 6))
        {
            canvas.XTick(X(tick), Compact((decimal)tick, format));
        }

        canvas.Axes("Size of one request (" + counter.Value + ")", "Charge of the request (" + currency.Code + ")");
        for (var i = 0; i < bounds.Count; i++)
        {
            canvas.VerticalMarker(X((double)bounds[i]), "request tier " + (i + 2) + " from " + Compact(bounds[i], format), "5 4", "tier-boundary", i % 2);
        }

        var svg = canvas.Builder;
        svg.Append("<polyline class=\"cost-curve\" fill=\"none\" stroke=\"#000000\" stroke-width=\"2.5\" data-points=\"");
        for (var i = 0; i < points.Count; i++)
        {
            svg.Append(i == 0 ? string.Empty : " ").Append(D(points[i].Quantity)).Append(',').Append(D(points[i].Cost));
        }

        svg.Append("\" points=\"");
        foreach (var p in points)
        {
            svg.Append(N(X((double)p.Quantity))).Append(',').Append(N(Y((double)p.Cost))).Append(' ');
        }

        svg.Length--;
        svg.Append("\"/>\n");
        return canvas.ToString();
    }

    /// <summary>A quantity for an axis: 100M, 2.5k (invariant) or the full number in a culture.</summary>
    private static string Compact(decimal value, ReportFormat format)
    {
        var (scaled, suffix) = Math.Abs(value) switch
        {
            >= 1_000_000_000_000m => (value / 1_000_000_000_000m, "T"),
            >= 1_000_000_000m => (value / 1_000_000_000m, "G"),
            >= 1_000_000m => (value / 1_000_000m, "M"),
            >= 10_000m => (value / 1_000m, "k"),
            _ => (value, string.Empty),
        };
        return format.Number(Math.Round(scaled, 2)) + suffix;
    }

    private static IEnumerable<CostPoint> Pick(IReadOnlyList<CostPoint> points, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            yield return points[Math.Min(points.Count - 1, i * (points.Count - 1) / count)];
        }
    }

    /// <summary>The billing period as a noun: month, quarter, year; "billing period" when the contract does not say.</summary>
    public static string PeriodNoun(BillingPeriod? billing) =>
        billing == BillingPeriod.Monthly ? "month" : billing == BillingPeriod.Quarterly ? "quarter" : billing == BillingPeriod.Annually ? "year" : "billing period";

    private static decimal Round(decimal value) => value >= 100 ? Math.Round(value, 0) : Math.Round(value, 4);
}

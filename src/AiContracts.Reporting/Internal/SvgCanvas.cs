using System.Globalization;
using System.Text;

namespace AiContracts.Reporting.Internal;

/// <summary>
/// A chart frame written as SVG text: title, text alternative (<c>title</c>/<c>desc</c>, referenced by
/// <c>aria-labelledby</c>), plot area, axes with ticks and labels. Greyscale only: lines differ by dash pattern and
/// width, and every marked value carries its own label, so a chart reads the same printed in black and white.
/// </summary>
internal sealed class SvgCanvas
{
    public const double Width = 720;
    public const double Left = 84;
    public const double Right = 24;
    public const double Top = 48;
    public const double Bottom = 58;

    private readonly StringBuilder _svg = new(4096);
    private readonly string _id;

    public SvgCanvas(string id, string title, string description, double height, (string Name, string Value)? data = null)
    {
        _id = id;
        Height = height;
        _svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"").Append(id).Append('"')
            .Append(data is { } d ? " " + d.Name + "=\"" + HtmlWriter.Escape(d.Value) + "\"" : string.Empty).Append(" class=\"chart\" role=\"img\" width=\"").Append(N(Width)).Append("\" height=\"").Append(N(height))
            .Append("\" viewBox=\"0 0 ").Append(N(Width)).Append(' ').Append(N(height)).Append("\" aria-labelledby=\"").Append(id).Append("-title ").Append(id).Append("-desc\"")
            .Append(" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif\" font-size=\"12\">\n")
            .Append("<title id=\"").Append(id).Append("-title\">").Append(HtmlWriter.Escape(title)).Append("</title>\n")
            .Append("<desc id=\"").Append(id).Append("-desc\">").Append(HtmlWriter.Escape(description)).Append("</desc>\n")
            .Append("<rect x=\"0\" y=\"0\" width=\"").Append(N(Width)).Append("\" height=\"").Append(N(height)).Append("\" fill=\"#ffffff\"/>\n")
            .Append("<text class=\"chart-title\" x=\"").Append(N(Width / 2)).Append("\" y=\"22\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"600\">").Append(HtmlWriter.Escape(title)).Append("</text>\n");
    }

    public double Height { get; }

    public double PlotLeft { get; } = Left;

    public double PlotRight { get; } = Width - Right;

    public double PlotTop { get; } = Top;

    public double PlotBottom => Height - Bottom;

    public string Id => _id;

    /// <summary>Axis lines and labels (with units): x below the plot, y rotated at the left.</summary>
    public void Axes(string xLabel, string yLabel)
    {
        _svg.Append("<g class=\"axes\" stroke=\"#000000\" stroke-width=\"1\">")
            .Append("<line x1=\"").Append(N(PlotLeft)).Append("\" y1=\"").Append(N(PlotBottom)).Append("\" x2=\"").Append(N(PlotRight)).Append("\" y2=\"").Append(N(PlotBottom)).Append("\"/>")
            .Append("<line x1=\"").Append(N(PlotLeft)).Append("\" y1=\"").Append(N(PlotTop)).Append("\" x2=\"").Append(N(PlotLeft)).Append("\" y2=\"").Append(N(PlotBottom)).Append("\"/></g>\n");
        _svg.Append("<text class=\"x-label\" x=\"").Append(N((PlotLeft + PlotRight) / 2)).Append("\" y=\"").Append(N(Height - 14)).Append("\" text-anchor=\"middle\" font-size=\"13\">").Append(HtmlWriter.Escape(xLabel)).Append("</text>\n");
        if (yLabel.Length > 0)
        {
            var y = (PlotTop + PlotBottom) / 2;
            _svg.Append("<text class=\"y-label\" x=\"18\" y=\"").Append(N(y)).Append("\" transform=\"rotate(-90 18 ").Append(N(y)).Append(")\" text-anchor=\"middle\" font-size=\"13\">").Append(HtmlWriter.Escape(yLabel)).Append("</text>\n");
        }
    }

    public void XTick(double x, string label)
    {
        _svg.Append("<line x1=\"").Append(N(x)).Append("\" y1=\"").Append(N(PlotBottom)).Append("\" x2=\"").Append(N(x)).Append("\" y2=\"").Append(N(PlotBottom + 5)).Append("\" stroke=\"#000000\"/>")
            .Append("<text x=\"").Append(N(x)).Append("\" y=\"").Append(N(PlotBottom + 18)).Append("\" text-anchor=\"middle\">").Append(HtmlWriter.Escape(label)).Append("</text>\n");
    }

    public void YTick(double y, string label)
    {
        _svg.Append("<line x1=\"").Append(N(PlotLeft - 5)).Append("\" y1=\"").Append(N(y)).Append("\" x2=\"").Append(N(PlotRight)).Append("\" y2=\"").Append(N(y)).Append("\" stroke=\"#dddddd\"/>")
            .Append("<text x=\"").Append(N(PlotLeft - 8)).Append("\" y=\"").Append(N(y + 4)).Append("\" text-anchor=\"end\">").Append(HtmlWriter.Escape(label)).Append("</text>\n");
    }

    /// <summary>A vertical marker line across the plot with a label at its top.</summary>
    public void VerticalMarker(double x, string label, string dash, string cssClass, double labelRow = 0, double width = 1.5)
    {
        _svg.Append("<g class=\"").Append(cssClass).Append("\"><line x1=\"").Append(N(x)).Append("\" y1=\"").Append(N(PlotTop)).Append("\" x2=\"").Append(N(x)).Append("\" y2=\"").Append(N(PlotBottom))
            .Append("\" stroke=\"#000000\" stroke-width=\"").Append(N(width)).Append('"').Append(dash.Length > 0 ? " stroke-dasharray=\"" + dash + "\"" : string.Empty).Append("/>");
        var anchor = x > (PlotLeft + PlotRight) / 2 ? "end" : "start";
        var dx = anchor == "end" ? -4 : 4;
        _svg.Append("<text x=\"").Append(N(x + dx)).Append("\" y=\"").Append(N(PlotTop + 12 + (labelRow * 14))).Append("\" text-anchor=\"").Append(anchor).Append("\" font-size=\"11\">").Append(HtmlWriter.Escape(label)).Append("</text></g>\n");
    }

    /// <summary>A horizontal marker line across the plot with a label above its right end.</summary>
    public void HorizontalMarker(double y, string label, string dash, string cssClass, double width = 1.5)
    {
        _svg.Append("<g class=\"").Append(cssClass).Append("\"><line x1=\"").Append(N(PlotLeft)).Append("\" y1=\"").Append(N(y)).Append("\" x2=\"").Append(N(PlotRight)).Append("\" y2=\"").Append(N(y))
            .Append("\" stroke=\"#000000\" stroke-width=\"").Append(N(width)).Append('"').Append(dash.Length > 0 ? " stroke-dasharray=\"" + dash + "\"" : string.Empty).Append("/>")
            .Append("<text x=\"").Append(N(PlotRight - 4)).Append("\" y=\"").Append(N(y - 4)).Append("\" text-anchor=\"end\" font-size=\"11\">").Append(HtmlWriter.Escape(label)).Append("</text></g>\n");
    }

    /// <summary>Raw SVG content (already escaped by the caller).</summary>
    public SvgCanvas Raw(string svg)
    {
        _svg.Append(svg);
        return this;
    }

    public StringBuilder Builder => _svg;

    public override string ToString() => _svg.ToString() + "</svg>";

    /// <summary>A coordinate or length in invariant form with at most two decimals.</summary>
    public static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>An exact value for a <c>data-</c> attribute: invariant, round-trippable.</summary>
    public static string D(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>About five round tick values covering [min, max].</summary>
    public static List<double> NiceTicks(double min, double max, int count = 5)
    {
        if (!(max > min))
        {
            return [min];
        }

        var raw = (max - min) / count;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1d, 2, 2.5, 5, 10 }.Select(m => m * magnitude).First(s => s >= raw);
        var ticks = new List<double>();
        for (var t = Math.Ceiling(min / step) * step; t <= max + (step * 1e-9); t += step)
        {
            ticks.Add(Math.Abs(t) < step * 1e-9 ? 0 : t);
        }

        return ticks;
    }
}

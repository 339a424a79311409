using System.Text;
using NodaTime;
using static AiContracts.Reporting.Internal.SvgCanvas;

namespace AiContracts.Reporting.Internal;

/// <summary>One dated event of the exit: the notice, the termination, a deadline.</summary>
internal readonly record struct ExitEvent(string Label, LocalDate Date);

/// <summary>
/// The exit timeline on a date axis: one row per event, a bar from the notice to the event's date and the date written
/// at its end (<c>class="event"</c> with <c>data-date</c>), so it reads without colour.
/// </summary>
internal static class ExitTimelineChart
{
    private const double RowHeight = 30;

    public static string Build(string id, IReadOnlyList<ExitEvent> events, string rightDescription, ReportFormat format)
    {
        var start = events[0].Date;
        var end = events.Max(e => e.Date);
        var days = Math.Max(1, Period.Between(start, end, PeriodUnits.Days).Days);
        var description = new StringBuilder("Timeline of the exit after ").Append(rightDescription).Append(": ");
        description.AppendJoin("; ", events.Select(e => e.Label + " on " + format.Date(e.Date))).Append('.');
        var canvas = new SvgCanvas(id, "Exit timeline", description.ToString(), Top + (events.Count * RowHeight) + Bottom + 10);
        var labelSpace = 250d;
        double X(LocalDate d) => canvas.PlotLeft + (Period.Between(start, d, PeriodUnits.Days).Days / (double)days * (canvas.PlotRight - canvas.PlotLeft - labelSpace));
        var tickCount = Math.Min(5, days);
        for (var i = 0; i <= tickCount; i++)
        {
            var date = start.PlusDays((int)Math.Round(days * (double)i / tickCount));
            canvas.XTick(X(date), format.ShortDate(date));
        }

        canvas.Axes("Date (days from the notice; " + format.Number((long)days) + " days in all)", string.Empty);
        var svg = canvas.Builder;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var y = canvas.PlotTop + (i * RowHeight) + (RowHeight / 2);
            var x = X(e.Date);
            svg.Append("<g class=\"event\" data-date=\"").Append(e.Date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append("\">")
                .Append("<rect x=\"").Append(N(canvas.PlotLeft)).Append("\" y=\"").Append(N(y - 7)).Append("\" width=\"").Append(N(Math.Max(1, x - canvas.PlotLeft))).Append("\" height=\"14\" fill=\"#c8c8c8\" stroke=\"#000000\" stroke-width=\"0.5\"/>")
                .Append("<path d=\"M").Append(N(x)).Append(' ').Append(N(y - 8)).Append(" l8 8 l-8 8 l-8 -8 z\" fill=\"#000000\"/>")
                .Append("<text x=\"").Append(N(x + 12)).Append("\" y=\"").Append(N(y + 4)).Append("\">").Append(HtmlWriter.Escape(e.Label + ": " + format.ShortDate(e.Date))).Append("</text></g>\n");
        }

        return canvas.ToString();
    }
}

using System.Text;

namespace AiContracts.Reporting.Internal;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as one self-contained HTML5 page: the styles are inline, there are no scripts,
/// fonts or external resources, and the charts are inline SVG. Contract text is always escaped.
/// </summary>
internal static class HtmlWriter
{
    private const string Style = """
        :root { color-scheme: light; }
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #111; background: #fff; margin: 0 auto; max-width: 60rem; padding: 1.5rem; line-height: 1.45; }
        h1 { font-size: 1.7rem; border-bottom: 2px solid #111; padding-bottom: .3rem; }
        h2 { font-size: 1.35rem; border-bottom: 1px solid #888; padding-bottom: .2rem; margin-top: 2.2rem; }
        h3 { font-size: 1.12rem; margin-top: 1.6rem; }
        h4 { font-size: 1rem; margin-top: 1.3rem; }
        table { border-collapse: collapse; margin: .6rem 0 1rem; font-size: .9rem; width: 100%; }
        caption { text-align: left; font-weight: 600; padding: .2rem 0; }
        th, td { border: 1px solid #999; padding: .25rem .45rem; text-align: left; vertical-align: top; }
        th { background: #eee; }
        tr:target, h2:target, h3:target, h4:target { outline: 2px dashed #111; }
        code { font-family: ui-monospace, "Cascadia Mono", Menlo, Consolas, monospace; font-size: .88em; background: #f2f2f2; padding: 0 .2em; }
        .note { font-style: italic; color: #333; }
        figure { margin: 1rem 0; break-inside: avoid; page-break-inside: avoid; }
        figcaption { font-size: .85rem; color: #333; }
        svg { max-width: 100%; height: auto; }
        a { color: #111; }
        @media print { body { max-width: none; padding: 0; } h2 { break-after: avoid; } a { text-decoration: none; } }
        """;

    public static string Write(ReportDocument document, string title, string language)
    {
        var html = new StringBuilder(64 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(Escape(language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Escape(title)).Append("</title>\n<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n<main>\n");
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case HeadingBlock h:
                    html.Append("<h").Append(h.Level).Append(" id=\"").Append(h.Anchor).Append("\">").Append(Escape(h.Text)).Append("</h").Append(h.Level).Append(">\n");
                    break;
                case ParagraphBlock p:
                    html.Append(p.IsNote ? "<p class=\"note\">" : "<p>");
                    AppendInlines(html, p.Content);
                    html.Append("</p>\n");
                    break;
                case ListBlock l:
                    html.Append("<ul>\n");
                    foreach (var item in l.Items)
                    {
                        html.Append("<li>");
                        AppendInlines(html, item);
                        html.Append("</li>\n");
                    }

                    html.Append("</ul>\n");
                    break;
                case TableBlock t:
                    WriteTable(html, t);
                    break;
                case ChartBlock c:
                    html.Append("<figure>\n").Append(c.Svg).Append("\n<figcaption>").Append(Escape(c.Caption)).Append("</figcaption>\n</figure>\n");
                    break;
                default:
                    throw new InvalidOperationException("Unknown block " + block.GetType().Name);
            }
        }

        return html.Append("</main>\n</body>\n</html>\n").ToString();
    }

    private static void WriteTable(StringBuilder html, TableBlock table)
    {
        html.Append("<table>\n");
        if (table.Caption is { } caption)
        {
            html.Append("<caption>").Append(Escape(caption)).Append("</caption>\n");
        }

        html.Append("<thead><tr>");
        foreach (var header in table.Headers)
        {
            html.Append("<th scope=\"col\">").Append(Escape(header)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append(row.Anchor is { } anchor ? "<tr id=\"" + anchor + "\">" : "<tr>");
            foreach (var cell in row.Cells)
            {
                html.Append("<td>");
                AppendInlines(html, cell);
                html.Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void AppendInlines(StringBuilder html, Inline[] content)
    {
        foreach (var inline in content)
        {
            switch (inline.Kind)
            {
                case InlineKind.Code:
                    html.Append("<code>").Append(Escape(inline.Text)).Append("</code>");
                    break;
                case InlineKind.Link:
                    html.Append("<a href=\"#").Append(inline.Anchor).Append("\">").Append(Escape(inline.Text)).Append("</a>");
                    break;
                default:
                    html.Append(Escape(inline.Text));
                    break;
            }
        }
    }

    /// <summary>Escapes text for HTML and XML (SVG) alike: element content and quoted attribute values.</summary>
    internal static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny(Special) < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '<' => escaped.Append("&lt;"),
                '>' => escaped.Append("&gt;"),
                '&' => escaped.Append("&amp;"),
                '"' => escaped.Append("&quot;"),
                '\'' => escaped.Append("&#39;"),
                // Control characters other than tab and line breaks are not allowed in XML 1.0 (and an SVG is XML).
                < ' ' and not ('\t' or '\n' or '\r') => escaped.Append('\uFFFD'),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create(
        "<>&\"'\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000b\u000c\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f");
}

using System.Text;

namespace AiContracts.Reporting.Internal;

/// <summary>Writes a <see cref="ReportDocument"/> as CommonMark with GitHub tables; contract text is escaped, never markup.</summary>
internal static class MarkdownWriter
{
    public static string Write(ReportDocument document)
    {
        var md = new StringBuilder(16 * 1024);
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case HeadingBlock h:
                    // An explicit anchor: ids stay stable whatever the heading text (GitHub and Markdig alike).
                    md.Append("<a id=\"").Append(h.Anchor).Append("\"></a>\n\n");
                    md.Append('#', h.Level).Append(' ').Append(Escape(h.Text)).Append("\n\n");
                    break;
                case ParagraphBlock p:
                    md.Append(p.IsNote ? "_" : string.Empty);
                    AppendInlines(md, p.Content);
                    md.Append(p.IsNote ? "_" : string.Empty).Append("\n\n");
                    break;
                case ListBlock l:
                    foreach (var item in l.Items)
                    {
                        md.Append("- ");
                        AppendInlines(md, item);
                        md.Append('\n');
                    }

                    md.Append('\n');
                    break;
                case TableBlock t:
                    WriteTable(md, t);
                    break;
                case ChartBlock:
                    break; // the HTML page draws it; the table beside it has the same data
                default:
                    throw new InvalidOperationException("Unknown block " + block.GetType().Name);
            }
        }

        while (md.Length > 0 && md[^1] == '\n')
        {
            md.Length--;
        }

        return md.Append('\n').ToString();
    }

    private static void WriteTable(StringBuilder md, TableBlock table)
    {
        if (table.Caption is { } caption)
        {
            md.Append(Escape(caption)).Append("\n\n");
        }

        md.Append('|');
        foreach (var header in table.Headers)
        {
            md.Append(' ').Append(Escape(header)).Append(" |");
        }

        md.Append("\n|");
        foreach (var _ in table.Headers)
        {
            md.Append(" --- |");
        }

        md.Append('\n');
        foreach (var row in table.Rows)
        {
            md.Append('|');
            for (var i = 0; i < row.Cells.Length; i++)
            {
                md.Append(' ');
                if (i == 0 && row.Anchor is { } anchor)
                {
                    md.Append("<a id=\"").Append(anchor).Append("\"></a>");
                }

                var start = md.Length;
                AppendInlines(md, row.Cells[i]);
                if (md.Length == start)
                {
                    md.Append(' ');
                }

                md.Append(" |");
            }

            md.Append('\n');
        }

        md.Append('\n');
    }

    private static void AppendInlines(StringBuilder md, Inline[] content)
    {
        foreach (var inline in content)
        {
            switch (inline.Kind)
            {
                case InlineKind.Code when !inline.Text.Contains('`', StringComparison.Ordinal) && !HasLineBreak(inline.Text) && !inline.Text.Contains('|', StringComparison.Ordinal):
                    md.Append('`').Append(inline.Text).Append('`');
                    break;
                case InlineKind.Link:
                    md.Append('[').Append(Escape(inline.Text)).Append("](#").Append(inline.Anchor).Append(')');
                    break;
                default:
                    md.Append(Escape(inline.Text));
                    break;
            }
        }
    }

    private static bool HasLineBreak(string text) => text.AsSpan().IndexOfAny('\r', '\n') >= 0;

    /// <summary>
    /// Escapes text so that Markdown shows it as written: ASCII punctuation that could start markup is backslash-escaped,
    /// <c>&lt;</c> and <c>&amp;</c> become entities (no raw HTML gets through), and line breaks become spaces (a table row is one line).
    /// </summary>
    internal static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny(Special) < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<':
                    escaped.Append("&lt;");
                    break;
                case '>':
                    escaped.Append("&gt;");
                    break;
                case '&':
                    escaped.Append("&amp;");
                    break;
                case '\r':
                    break;
                case '\n':
                case '\t':
                    escaped.Append(' ');
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '#' or '|' or '!' or '~':
                    escaped.Append('\\').Append(c);
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }

        return escaped.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create("<>&\r\n\t\\`*_[]#|!~");
}

using System.Text;

namespace AiContracts.Domain.Internal;

/// <summary>Which characters end a line.</summary>
internal enum LineBreaks
{
    /// <summary>LF only, as System.Text.Json counts lines (a CR LF pair ends one line, at its LF).</summary>
    LineFeed,

    /// <summary>LF, CR LF and a lone CR, as YAML does.</summary>
    Yaml,
}

/// <summary>
/// The one line-and-column implementation of every reader: 1-based lines, and 1-based columns counted in UTF-8 bytes
/// within the line (the unit of every finding). Over UTF-8 bytes it places byte offsets; over text it places character
/// indexes and turns a parser's UTF-16 column into a UTF-8 one. The table of line starts is built on first use, so
/// input without findings pays nothing; the static methods place one position without a table.
/// </summary>
/// <remarks>Not thread-safe; one per document read.</remarks>
internal sealed class LineIndex
{
    private readonly string? text;
    private readonly ReadOnlyMemory<byte> utf8;
    private readonly LineBreaks breaks;
    private List<int>? lineStarts;

    /// <summary>An index over text.</summary>
    internal LineIndex(string text, LineBreaks breaks = LineBreaks.LineFeed)
    {
        this.text = text;
        this.breaks = breaks;
    }

    /// <summary>An index over UTF-8 bytes.</summary>
    internal LineIndex(ReadOnlyMemory<byte> utf8, LineBreaks breaks = LineBreaks.LineFeed)
    {
        this.utf8 = utf8;
        this.breaks = breaks;
    }

    /// <summary>The number of lines (a text that ends with a line break has an empty last line).</summary>
    internal int LineCount => LineStarts().Count;

    /// <summary>The line and UTF-8 column of a byte offset into UTF-8 input (clamped to the input).</summary>
    internal (int Line, int Column) AtByte(long offset)
    {
        var starts = LineStarts();
        var at = (int)Math.Clamp(offset, 0, utf8.Length);
        var line = LineOf(starts, at);
        return (line + 1, at - starts[line] + 1);
    }

    /// <summary>The line and UTF-8 column of a character index into text (clamped to the text).</summary>
    internal (int Line, int Column) AtChar(int index)
    {
        var starts = LineStarts();
        var at = Math.Clamp(index, 0, text?.Length ?? 0);
        var line = LineOf(starts, at);
        return (line + 1, Encoding.UTF8.GetByteCount(text.AsSpan(starts[line], at - starts[line])) + 1);
    }

    /// <summary>The UTF-8 column of a parser position given as a line and a UTF-16 column (both 1-based); the column itself when the line is not in the text.</summary>
    internal int Utf8Column(long line, long column)
    {
        if (text is null || line < 1 || column < 1)
        {
            return (int)Math.Clamp(column, 1, int.MaxValue);
        }

        var starts = LineStarts();
        if (line > starts.Count)
        {
            return (int)Math.Clamp(column, 1, int.MaxValue);
        }

        var start = starts[(int)line - 1];
        var length = (int)Math.Min(column - 1, text.Length - start);
        return Encoding.UTF8.GetByteCount(text.AsSpan(start, Math.Max(0, length))) + 1;
    }

    /// <summary>The line and column (UTF-8 bytes) of a byte offset, without a table (LF ends a line).</summary>
    internal static (int Line, int Column) Of(ReadOnlySpan<byte> utf8, int offset)
    {
        var before = utf8[..Math.Clamp(offset, 0, utf8.Length)];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (1 + before.Count((byte)'\n'), before.Length - lineStart + 1);
    }

    /// <summary>The line and column (UTF-8 bytes) of a character index, without a table (LF ends a line; the text before the index must be valid Unicode).</summary>
    internal static (int Line, int Column) Of(ReadOnlySpan<char> text, int index)
    {
        var before = text[..Math.Clamp(index, 0, text.Length)];
        var lineStart = before.LastIndexOf('\n') + 1;
        return (1 + before.Count('\n'), 1 + Encoding.UTF8.GetByteCount(before[lineStart..]));
    }

    /// <summary>
    /// The 1-based UTF-16 column (SARIF's default column kind) of a position given as a line and a UTF-8 byte column,
    /// without a table (LF ends a line); the byte column when the position is outside the document.
    /// </summary>
    /// <param name="utf8">The document, without its byte-order mark.</param>
    /// <param name="line">The 1-based line.</param>
    /// <param name="byteColumn">The 1-based column in UTF-8 bytes.</param>
    internal static int Utf16Column(ReadOnlySpan<byte> utf8, int line, int byteColumn)
    {
        var start = 0;
        for (var current = 1; current < line; current++)
        {
            var next = utf8[start..].IndexOf((byte)'\n');
            if (next < 0)
            {
                return byteColumn;
            }

            start += next + 1;
        }

        var length = Math.Min(byteColumn - 1, utf8.Length - start);
        return length < 0 ? byteColumn : Encoding.UTF8.GetCharCount(utf8.Slice(start, length)) + 1;
    }

    private static int LineOf(List<int> starts, int at)
    {
        var index = starts.BinarySearch(at);
        return index >= 0 ? index : ~index - 1;
    }

    private List<int> LineStarts()
    {
        if (lineStarts is not null)
        {
            return lineStarts;
        }

        var starts = new List<int> { 0 };
        var yaml = breaks == LineBreaks.Yaml;
        if (text is not null)
        {
            var span = text.AsSpan();
            for (var i = span.IndexOfAny('\n', '\r'); i >= 0;)
            {
                if (span[i] == '\n' || (yaml && (i + 1 >= span.Length || span[i + 1] != '\n')))
                {
                    starts.Add(i + 1);
                }

                var next = span[(i + 1)..].IndexOfAny('\n', '\r');
                i = next < 0 ? -1 : i + 1 + next;
            }
        }
        else
        {
            var bytes = utf8.Span;
            for (var i = yaml ? bytes.IndexOfAny((byte)'\n', (byte)'\r') : bytes.IndexOf((byte)'\n'); i >= 0;)
            {
                if (bytes[i] == (byte)'\n' || (i + 1 >= bytes.Length || bytes[i + 1] != (byte)'\n'))
                {
                    starts.Add(i + 1);
                }

                var rest = bytes[(i + 1)..];
                var next = yaml ? rest.IndexOfAny((byte)'\n', (byte)'\r') : rest.IndexOf((byte)'\n');
                i = next < 0 ? -1 : i + 1 + next;
            }
        }

        lineStarts = starts;
        return starts;
    }
}

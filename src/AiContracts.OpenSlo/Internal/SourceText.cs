using System.Text;

namespace AiContracts.OpenSlo.Internal;

/// <summary>
/// Turns the parser's positions (1-based line and UTF-16 column) and byte offsets into the positions diagnostics carry:
/// 1-based line and 1-based column counted in UTF-8 bytes within the line, the unit AiContracts.Json uses. The line
/// index is built on first use, so input without findings pays nothing.
/// </summary>
internal sealed class SourceText
{
    private readonly string? text;
    private readonly ReadOnlyMemory<byte> utf8;
    private List<int>? lineStarts;

    internal SourceText(string text) => this.text = text;

    internal SourceText(ReadOnlyMemory<byte> utf8) => this.utf8 = utf8;

    /// <summary>The UTF-8 column of a parser position given as a line and a UTF-16 column (both 1-based).</summary>
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
        var span = text.AsSpan(start, Math.Max(0, length));
        return Encoding.UTF8.GetByteCount(span) + 1;
    }

    /// <summary>The 1-based line and UTF-8 column of a byte offset into UTF-8 input.</summary>
    internal (int Line, int Column) AtByte(long offset)
    {
        var bytes = utf8.Span;
        var starts = LineStarts();
        var at = (int)Math.Clamp(offset, 0, bytes.Length);
        var index = starts.BinarySearch(at);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, at - starts[line] + 1);
    }

    private List<int> LineStarts()
    {
        if (lineStarts is not null)
        {
            return lineStarts;
        }

        var starts = new List<int> { 0 };
        if (text is not null)
        {
            for (var i = 0; i < text.Length; i++)
            {
                // YAML line breaks: LF, CR LF and a lone CR.
                if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                {
                    starts.Add(i + 1);
                }
            }
        }
        else
        {
            var bytes = utf8.Span;
            for (var i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] == (byte)'\n')
                {
                    starts.Add(i + 1);
                }
            }
        }

        lineStarts = starts;
        return starts;
    }
}

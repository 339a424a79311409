using System.Text;

namespace AiContracts.Cli.Validation;

/// <summary>Converts the validator's columns (UTF-8 bytes in the line) to UTF-16 code units, SARIF's default column kind.</summary>
internal static class ColumnConversion
{
    /// <summary>The 1-based UTF-16 column of a 1-based (line, UTF-8 byte column) position in a document.</summary>
    /// <param name="utf8">The document, without its byte-order mark.</param>
    /// <param name="line">The 1-based line.</param>
    /// <param name="byteColumn">The 1-based column in UTF-8 bytes.</param>
    /// <returns>The 1-based column in UTF-16 code units; the byte column when the position is outside the document.</returns>
    public static int ToUtf16(ReadOnlySpan<byte> utf8, int line, int byteColumn)
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
}

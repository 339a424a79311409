using System.Buffers.Text;
using System.Text;

namespace AiContracts.Domain.Internal;

/// <summary>
/// What every reader of a document checks in its text before parsing it (the JSON pipeline, OpenSLO YAML, Prometheus
/// results, CSV, and the CLI): the byte-order mark, UTF-8 validity and lone UTF-16 surrogates, written once.
/// </summary>
internal static class TextInput
{
    /// <summary>The UTF-8 byte-order mark.</summary>
    internal static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>The byte-order mark as a character.</summary>
    internal const char ByteOrderMarkChar = '\uFEFF';

    /// <summary>The bytes without a leading byte-order mark.</summary>
    internal static ReadOnlyMemory<byte> WithoutByteOrderMark(ReadOnlyMemory<byte> utf8) =>
        utf8.Span.StartsWith(ByteOrderMark) ? utf8[ByteOrderMark.Length..] : utf8;

    /// <summary>The bytes without a leading byte-order mark.</summary>
    internal static ReadOnlySpan<byte> WithoutByteOrderMark(ReadOnlySpan<byte> utf8) =>
        utf8.StartsWith(ByteOrderMark) ? utf8[ByteOrderMark.Length..] : utf8;

    /// <summary>The text without a leading byte-order mark.</summary>
    internal static ReadOnlySpan<char> WithoutByteOrderMark(ReadOnlySpan<char> text) =>
        text.Length > 0 && text[0] == ByteOrderMarkChar ? text[1..] : text;

    /// <summary>The offset of the first byte that is not part of valid UTF-8, or -1 when all of them are.</summary>
    internal static int FirstInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        if (System.Text.Unicode.Utf8.IsValid(utf8))
        {
            return -1;
        }

        var index = 0;
        while (Rune.DecodeFromUtf8(utf8[index..], out _, out var consumed) == System.Buffers.OperationStatus.Done)
        {
            index += consumed;
        }

        return index;
    }

    /// <summary>The text of the finding about an invalid byte: <c>byte 0xFF is not valid UTF-8; save the file as UTF-8.</c></summary>
    internal static string InvalidUtf8Detail(ReadOnlySpan<byte> utf8, int offset) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"byte 0x{utf8[offset]:X2} is not valid UTF-8; save the file as UTF-8.");

    /// <summary>The index of the first UTF-16 surrogate that is not half of a pair, or -1.</summary>
    internal static int LoneSurrogate(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The offset of the first escape in raw (still escaped) JSON string content that makes a lone surrogate
    /// (<c>\ud800</c> not followed by a low surrogate's escape, or a low one alone), or -1.
    /// </summary>
    internal static int LoneSurrogateEscape(ReadOnlySpan<byte> raw)
    {
        var pendingHigh = -1;
        for (var i = raw.IndexOf((byte)'\\'); i >= 0 && i < raw.Length; i++)
        {
            if (raw[i] != (byte)'\\')
            {
                if (pendingHigh >= 0)
                {
                    return pendingHigh;
                }

                continue;
            }

            if (i + 1 < raw.Length && raw[i + 1] == (byte)'u' && i + 5 < raw.Length
                && Utf8Parser.TryParse(raw.Slice(i + 2, 4), out ushort unit, out var consumed, 'X') && consumed == 4)
            {
                var c = (char)unit;
                if (char.IsHighSurrogate(c))
                {
                    if (pendingHigh >= 0)
                    {
                        return pendingHigh;
                    }

                    pendingHigh = i;
                }
                else if (char.IsLowSurrogate(c))
                {
                    if (pendingHigh < 0)
                    {
                        return i;
                    }

                    pendingHigh = -1;
                }
                else if (pendingHigh >= 0)
                {
                    return pendingHigh;
                }

                i += 5;
            }
            else
            {
                if (pendingHigh >= 0)
                {
                    return pendingHigh;
                }

                i++;
            }
        }

        return pendingHigh;
    }
}

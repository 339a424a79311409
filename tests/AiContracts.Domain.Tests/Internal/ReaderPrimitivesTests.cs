using System.Text;
using AiContracts.Domain.Internal;
using CsCheck;

namespace AiContracts.Domain.Tests.Internal;

/// <summary>The readers' shared primitives: one line/column implementation, one BOM strip, one UTF-8 and surrogate check.</summary>
public sealed class ReaderPrimitivesTests
{
    [Fact]
    public void Every_way_of_placing_a_position_agrees_on_any_text()
    {
        Gen.String[Gen.Char[" \n\ra\u00e9\u20ac\U0001F600"], 0, 40].Where(t => TextInput.LoneSurrogate(t) < 0).Sample(text =>
        {
            var utf8 = Encoding.UTF8.GetBytes(text);
            var overText = new LineIndex(text);
            var overBytes = new LineIndex(utf8);
            for (var i = 0; i <= text.Length; i++)
            {
                if (i < text.Length && char.IsLowSurrogate(text[i]))
                {
                    continue;
                }

                var offset = Encoding.UTF8.GetByteCount(text.AsSpan(0, i));
                var expected = LineIndex.Of(text.AsSpan(), i);
                Assert.Equal(expected, overText.AtChar(i));
                Assert.Equal(expected, overBytes.AtByte(offset));
                Assert.Equal(expected, LineIndex.Of(utf8, offset));
                var lineStart = text.LastIndexOf('\n', Math.Max(0, i - 1)) is var lf && i > 0 && lf >= 0 ? lf + 1 : 0;
                Assert.Equal(i - lineStart + 1, LineIndex.Utf16Column(utf8, expected.Line, expected.Column));
            }
        }, iter: 500);
    }

    [Fact]
    public void Yaml_line_breaks_are_lf_cr_lf_and_a_lone_cr()
    {
        var text = "a\r\nb\rc\nd";
        var yaml = new LineIndex(text, LineBreaks.Yaml);
        var bytes = new LineIndex(Encoding.UTF8.GetBytes(text), LineBreaks.Yaml);

        Assert.Equal([(1, 1), (2, 1), (3, 1), (4, 1)], new[] { 0, 3, 5, 7 }.Select(yaml.AtChar));
        Assert.Equal([(1, 1), (2, 1), (3, 1), (4, 1)], new long[] { 0, 3, 5, 7 }.Select(bytes.AtByte));
        Assert.Equal(4, yaml.LineCount);
        Assert.Equal(3, new LineIndex(text).LineCount); // JSON counts LF only
        Assert.Equal(3, new LineIndex("\u00e9x\ry", LineBreaks.Yaml).Utf8Column(1, 2)); // after 'é', two UTF-8 bytes
        Assert.Equal(7, yaml.Utf8Column(9, 7)); // a line past the end: the parser's column as it is
    }

    [Fact]
    public void The_byte_order_mark_is_stripped_once_and_only_at_the_start()
    {
        Assert.Equal("a\uFEFF", TextInput.WithoutByteOrderMark("\uFEFFa\uFEFF".AsSpan()).ToString());
        Assert.Equal([(byte)'a'], TextInput.WithoutByteOrderMark((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF, (byte)'a']).ToArray());
        Assert.Equal(3, TextInput.WithoutByteOrderMark(new ReadOnlyMemory<byte>([(byte)'a', 0xEF, 0xBB, 0xBF])).Length - 1);
    }

    [Theory]
    [InlineData(new byte[] { (byte)'a', (byte)'b' }, -1)]
    [InlineData(new byte[] { (byte)'a', 0xFF }, 1)]
    [InlineData(new byte[] { (byte)'a', 0xC3, (byte)'b' }, 1)]
    [InlineData(new byte[] { 0xE2, 0x82, 0xAC, 0xED, 0xA0, 0x80 }, 3)] // an encoded surrogate is not UTF-8
    public void The_first_invalid_utf8_byte_is_found(byte[] utf8, int expected) => Assert.Equal(expected, TextInput.FirstInvalidUtf8(utf8));

    [Theory]
    [InlineData("\"\\ud83d\\ude00\"", -1)]
    [InlineData("\"a\\ud800\"", 2)]
    [InlineData("\"\\udc00\"", 1)]
    [InlineData("\"\\ud800\\u0041\"", 1)]
    public void An_escaped_lone_surrogate_is_found_at_its_escape(string json, int expected) =>
        Assert.Equal(expected, TextInput.LoneSurrogateEscape(Encoding.UTF8.GetBytes(json)));
}

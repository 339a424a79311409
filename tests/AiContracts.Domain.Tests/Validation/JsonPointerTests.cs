using AiContracts.Domain.Diagnostics;
using CsCheck;

namespace AiContracts.Domain.Tests.Validation;

public sealed class JsonPointerTests
{
    /// <summary>Segments with what a pointer escapes ('~', '/'), what looks escaped already ("~0", "~1"), empty names, indexes and non-ASCII text.</summary>
    private static readonly Gen<string> Segment = Gen.OneOf(
        Gen.String[0, 12],
        Gen.OneOf(Gen.Const("~"), Gen.Const("/"), Gen.Const("~0"), Gen.Const("~1"), Gen.Const("a"), Gen.Const("é"), Gen.Const("😀"), Gen.Const("0"), Gen.Const(""))
            .Array[0, 6].Select(parts => string.Concat(parts)),
        Gen.Int[0, 1000].Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static readonly Gen<string[]> Segments = Segment.Array[0, 8];

    [Fact]
    public void A_pointer_built_from_segments_writes_the_rfc_6901_text()
    {
        var pointer = JsonPointer.Root / "pricing" / "meters" / 3 / "a/b" / "m~n" / "";

        Assert.Equal("/pricing/meters/3/a~1b/m~0n/", pointer.ToString());
        Assert.Equal(6, pointer.Depth);
        Assert.Equal(["pricing", "meters", "3", "a/b", "m~n", ""], pointer.Segments);
    }

    [Fact]
    public void The_root_is_the_empty_text_the_default_value_and_has_no_segment_nor_parent()
    {
        Assert.Equal(string.Empty, JsonPointer.Root.ToString());
        Assert.Equal(JsonPointer.Root, JsonPointer.Empty);
        Assert.Equal(JsonPointer.Root, default);
        Assert.Equal(JsonPointer.Root, JsonPointer.Parse(string.Empty));
        Assert.True(JsonPointer.Root.IsRoot);
        Assert.Empty(JsonPointer.Root.Segments);
        Assert.Equal(0, JsonPointer.Root.Depth);
        Assert.Throws<InvalidOperationException>(() => JsonPointer.Root.GetParent());
    }

    [Fact]
    public void The_pointer_of_an_empty_member_name_is_not_the_root()
    {
        var pointer = JsonPointer.Root / string.Empty;

        Assert.Equal("/", pointer.ToString());
        Assert.False(pointer.IsRoot);
        Assert.NotEqual(JsonPointer.Root, pointer);
        Assert.Equal(JsonPointer.Root, pointer.GetParent());
    }

    [Fact]
    public void An_index_and_a_member_of_the_same_digits_are_the_same_segment()
    {
        Assert.Equal(JsonPointer.Root / "a" / 10, JsonPointer.Root / "a" / "10");
        Assert.Equal("/a/10", (JsonPointer.Root / "a" / 10).ToString());
    }

    [Fact]
    public void The_parent_drops_the_last_segment()
    {
        var pointer = JsonPointer.Parse("/a/b~1c");

        Assert.Equal(JsonPointer.Parse("/a"), pointer.GetParent());
        Assert.Equal("b/c", pointer.Segments.Last());
        Assert.Equal(JsonPointer.Root, pointer.GetParent().GetParent());
    }

    [Theory]
    [InlineData("/a/b", "/a", true)]
    [InlineData("/a/b", "/a/b", true)]
    [InlineData("/a/b", "", true)]
    [InlineData("", "", true)]
    [InlineData("/a/b", "/a/bc", false)]
    [InlineData("/ab", "/a", false)]
    [InlineData("/a", "/a/b", false)]
    [InlineData("", "/a", false)]
    [InlineData("/a~1b", "/a", false)]
    public void Starts_with_compares_whole_segments(string pointer, string ancestor, bool expected) =>
        Assert.Equal(expected, JsonPointer.Parse(pointer).StartsWith(JsonPointer.Parse(ancestor)));

    [Theory]
    [InlineData("a")]
    [InlineData("a/b")]
    [InlineData("#/a")]
    [InlineData("/a~")]
    [InlineData("/a~2")]
    [InlineData("/~/")]
    public void Text_that_is_not_a_pointer_is_a_format_exception_and_try_parse_is_false(string text)
    {
        Assert.Throws<FormatException>(() => JsonPointer.Parse(text));
        Assert.False(JsonPointer.TryParse(text, out var pointer));
        Assert.Equal(JsonPointer.Root, pointer);
    }

    [Fact]
    public void Null_arguments_are_argument_exceptions_and_a_negative_index_is_out_of_range()
    {
        Assert.Throws<ArgumentNullException>(() => JsonPointer.Parse(null!));
        Assert.False(JsonPointer.TryParse(null, out _));
        Assert.Throws<ArgumentNullException>(() => JsonPointer.Root.Append((string)null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => JsonPointer.Root / -1);
    }

    [Fact]
    public void Unescaping_reads_left_to_right_so_tilde_zero_one_is_tilde_one()
    {
        Assert.Equal(["~1"], JsonPointer.Parse("/~01").Segments);
        Assert.Equal(["/0"], JsonPointer.Parse("/~10").Segments);
        Assert.Equal("/~01", (JsonPointer.Root / "~1").ToString());
    }

    [Fact]
    public void Appending_a_relative_pointer_appends_its_segments() =>
        Gen.Select(Segments, Segments).Sample((head, tail) =>
        {
            var joined = JsonPointer.Create(head).Append(JsonPointer.Create(tail));

            Assert.Equal(JsonPointer.Create([.. head, .. tail]), joined);
            Assert.True(joined.StartsWith(JsonPointer.Create(head)));
        });

    [Fact]
    public void Parsing_the_text_of_a_pointer_gives_the_pointer_back_with_its_segments() =>
        Segments.Sample(segments =>
        {
            var pointer = JsonPointer.Create(segments);
            var parsed = JsonPointer.Parse(pointer.ToString());

            Assert.Equal(pointer, parsed);
            Assert.Equal(pointer.GetHashCode(), parsed.GetHashCode());
            Assert.Equal(segments, parsed.Segments);
            Assert.Equal(segments.Length, parsed.Depth);
            Assert.True(JsonPointer.TryParse(pointer.ToString(), out var tried) && tried == pointer);
        });

    [Fact]
    public void Each_segment_round_trips_through_escaping_and_the_escaped_text_has_no_slash_and_no_bare_tilde() =>
        Segment.Sample(segment =>
        {
            var text = (JsonPointer.Root / segment).ToString();
            var escaped = text[1..];

            Assert.DoesNotContain('/', escaped);
            Assert.Equal(segment, Assert.Single((JsonPointer.Root / segment).Segments));
            Assert.Equal(segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal), escaped);
        });

    [Fact]
    public void Pointers_are_equal_exactly_when_their_segments_are() =>
        Gen.Select(Segments, Segments).Sample((a, b) =>
        {
            var (x, y) = (JsonPointer.Create(a), JsonPointer.Create(b));

            Assert.Equal(a.SequenceEqual(b, StringComparer.Ordinal), x == y);
            Assert.Equal(x == y, x.Equals((object)y));
            Assert.NotEqual(x == y, x != y);
            if (x == y)
            {
                Assert.Equal(x.GetHashCode(), y.GetHashCode());
            }
        });

    [Fact]
    public void Every_pointer_starts_with_each_of_its_ancestors_and_its_parent_drops_the_last_segment() =>
        Segments.Where(s => s.Length > 0).Sample(segments =>
        {
            var pointer = JsonPointer.Create(segments);

            Assert.Equal(JsonPointer.Create(segments.AsSpan(0, segments.Length - 1)), pointer.GetParent());
            Assert.Equal(segments[^1], pointer.Segments.Last());
            for (var n = 0; n <= segments.Length; n++)
            {
                Assert.True(pointer.StartsWith(JsonPointer.Create(segments.AsSpan(0, n))));
            }
        });
}

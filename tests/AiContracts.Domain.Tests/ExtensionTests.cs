using AiContracts.Domain.Extensions;
using CsCheck;

namespace AiContracts.Domain.Tests;

public sealed class ExtensionTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("12.50")]
    [InlineData("6.02e23")]
    [InlineData("1E-400")]
    [InlineData("123456789012345678901234567890")]
    public void FromNumberLiteral_JsonNumber_KeepsTheLiteral(string literal)
    {
        Assert.Equal(literal, ExtensionValue.FromNumberLiteral(literal).AsNumberLiteral());
    }

    [Theory]
    [InlineData("")]
    [InlineData("01")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("+1")]
    [InlineData("1e")]
    [InlineData("NaN")]
    [InlineData("0x10")]
    public void FromNumberLiteral_NotAJsonNumber_Throws(string literal)
    {
        Assert.Throws<ArgumentException>(() => ExtensionValue.FromNumberLiteral(literal));
    }

    [Fact]
    public void Create_DuplicateName_IsRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => ExtensionObject.Create(("a", ExtensionValue.True), ("a", ExtensionValue.False)));

        Assert.Contains("'a' occurs more than once", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_IgnoresMemberOrderButNotValues()
    {
        var a = ExtensionObject.Create(("x", ExtensionValue.FromNumber(1m)), ("y", ExtensionValue.FromString("s")));
        var b = ExtensionObject.Create(("y", ExtensionValue.FromString("s")), ("x", ExtensionValue.FromNumber(1m)));
        var c = ExtensionObject.Create(("y", ExtensionValue.FromString("t")), ("x", ExtensionValue.FromNumber(1m)));

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
        Assert.Equal(["x", "y"], a.Names);
    }

    [Fact]
    public void Accessors_WrongKind_ThrowInvalidOperation()
    {
        var value = ExtensionValue.FromString("s");

        Assert.Throws<InvalidOperationException>(() => value.AsBoolean());
        Assert.Throws<InvalidOperationException>(() => value.AsObject());
        Assert.False(value.TryGetDecimal(out _));
    }

    [Fact]
    public void FromArray_NullElement_IsRefused()
    {
        Assert.Throws<ArgumentNullException>(() => ExtensionValue.FromArray([ExtensionValue.Null, null!]));
    }

    [Fact]
    public void Indexer_MissingMember_ThrowsKeyNotFoundNamingIt()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => ExtensionObject.Empty["nope"]);

        Assert.Contains("'nope'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromString_And_MemberName_WithALoneSurrogate_AreRefused()
    {
        Assert.Throws<ArgumentException>(() => ExtensionValue.FromString("a\udc00"));
        Assert.Throws<ArgumentException>(() => ExtensionObject.Create(("\ud800", ExtensionValue.Null)));
        Assert.Equal("\ud83d\ude00", ExtensionValue.FromString("\ud83d\ude00").AsString());
    }

    [Fact]
    public void FromArray_NestingBeyondTheLimit_IsRefused()
    {
        var value = ExtensionValue.FromNumber(1m);
        for (var i = 0; i < ExtensionValue.MaxDepth; i++)
        {
            value = ExtensionValue.FromArray([value]);
        }

        Assert.Equal(ExtensionValue.MaxDepth, value.Depth);
        var e = Assert.Throws<ArgumentException>(() => ExtensionValue.FromArray([value]));
        Assert.Contains("at most 1000 levels", e.Message, StringComparison.Ordinal);
    }

    /// <summary>JSON number literals, short (held packed) and long (held as text), including every character of the grammar.</summary>
    private static readonly Gen<string> Literals = Gen.Select(
        Gen.OneOf("", "-"),
        Gen.OneOf(Gen.Const("0"), Gen.Select(Gen.Char['1', '9'], Gen.Char['0', '9'].Array[0, 20], (first, rest) => first + new string(rest))),
        Gen.OneOf(Gen.Const(""), Gen.Char['0', '9'].Array[1, 6].Select(d => "." + new string(d))),
        Gen.OneOf(Gen.Const(""), Gen.Select(Gen.OneOf("e", "E"), Gen.OneOf("", "+", "-"), Gen.Char['0', '9'].Array[1, 3], (e, sign, d) => e + sign + new string(d))),
        (sign, integer, fraction, exponent) => sign + integer + fraction + exponent);

    [Fact]
    public void Number_values_keep_their_literal_and_compare_by_it_whether_short_or_long()
    {
        Gen.Select(Literals, Literals).Sample((a, b) =>
        {
            var (x, y) = (ExtensionValue.FromNumberLiteral(a), ExtensionValue.FromNumberLiteral(b));
            Assert.Equal(a, x.AsNumberLiteral());
            Assert.Equal(a == b, x.Equals(y));
            Assert.Equal(x, ExtensionValue.FromNumberLiteral(a));
            Assert.Equal(x.GetHashCode(), ExtensionValue.FromNumberLiteral(a).GetHashCode());
            Assert.Equal(decimal.TryParse(a, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var expected), x.TryGetDecimal(out var actual));
            Assert.Equal(expected, actual);
        });
    }

    [Fact]
    public void Arrays_of_numbers_compare_hash_and_read_back_element_by_element_however_they_are_held()
    {
        // Arrays of short literals only are held packed; one long literal, or another kind, makes them element objects.
        var elements = Gen.OneOf(
            Literals.Select(ExtensionValue.FromNumberLiteral),
            Gen.Const(ExtensionValue.FromNumberLiteral("12345678901234567")),
            Gen.Const(ExtensionValue.True));
        Gen.Select(elements.Array[0, 6], elements.Array[0, 6]).Sample((a, b) =>
        {
            var (x, y) = (ExtensionValue.FromArray(a), ExtensionValue.FromArray(b));
            Assert.Equal(a, x.AsArray());
            Assert.Equal(a.SequenceEqual(b), x.Equals(y));
            Assert.Equal(x, ExtensionValue.FromArray(a.ToList()));
            Assert.Equal(x.GetHashCode(), ExtensionValue.FromArray(a.ToList()).GetHashCode());
            Assert.Equal(1, x.Depth);
            // The element objects are made once and kept: a second call gives the very same objects.
            Assert.All(x.AsArray().Items.Zip(x.AsArray().Items), pair => Assert.Same(pair.First, pair.Second));
        });
    }
}

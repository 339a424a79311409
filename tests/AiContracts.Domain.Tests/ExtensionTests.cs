using AiContracts.Domain.Extensions;

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
}

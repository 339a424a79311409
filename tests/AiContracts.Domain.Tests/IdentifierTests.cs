using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Tests;

public sealed class IdentifierTests
{
    [Theory]
    [InlineData("ACME-LLM-2026-001")]
    [InlineData("urn:contract:42")]
    [InlineData("a")]
    public void ContractIdFrom_ValidText_Succeeds(string text)
    {
        Assert.Equal(text, ContractId.From(text).Value);
    }

    [Theory]
    [InlineData("", "must not be empty")]
    [InlineData("has space", "'has space' is not a valid contract identifier")]
    [InlineData("-leading", "starting with a letter or digit")]
    public void ContractIdFrom_InvalidText_ThrowsNamingTheText(string text, string message)
    {
        var e = Assert.Throws<ArgumentException>(() => ContractId.From(text));

        Assert.Equal("value", e.ParamName);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ContractIdFrom_TooLong_SaysTheLimit()
    {
        var e = Assert.Throws<ArgumentException>(() => ContractId.From(new string('a', 129)));

        Assert.Contains("at most 128", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kpi-latency-p95", true)]
    [InlineData("A.b_c-1", true)]
    [InlineData("a:b", false)]
    [InlineData("a/b", false)]
    [InlineData("_x", false)]
    public void LocalIdTryFrom_FollowsThePattern(string text, bool valid)
    {
        Assert.Equal(valid, LocalId.TryFrom(text, out _));
        Assert.Equal(valid, System.Text.RegularExpressions.Regex.IsMatch(text, LocalId.Pattern));
    }

    [Fact]
    public void LocalIdFrom_SixtyFiveCharacters_IsRefused()
    {
        Assert.True(LocalId.TryFrom(new string('a', 64), out _));
        Assert.Throws<ArgumentException>(() => LocalId.From(new string('a', 65)));
    }

    [Fact]
    public void Identifiers_CompareOrdinally()
    {
        var first = LocalId.From("kpi");
        var second = LocalId.From(new string(['k', 'p', 'i']));

        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, LocalId.From("KPI"));
    }
}

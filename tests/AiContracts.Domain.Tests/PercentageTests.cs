using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Tests;

public sealed class PercentageTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(99.95)]
    [InlineData(100)]
    public void FromPercent_WithinRange_KeepsTheValue(double value)
    {
        var percent = (decimal)value;

        Assert.Equal(percent, Percentage.FromPercent(percent).Value);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(100.01)]
    [InlineData(1000)]
    public void FromPercent_OutOfRange_NamesParameterValueAndRange(double value)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Percentage.FromPercent((decimal)value));

        Assert.Equal("value", e.ParamName);
        Assert.Contains("between 0 and 100", e.Message, StringComparison.Ordinal);
        Assert.Contains(((decimal)value).ToString(System.Globalization.CultureInfo.InvariantCulture), e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromFraction_ConvertsToPercent()
    {
        Assert.Equal(25m, Percentage.FromFraction(0.25m).Value);
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentage.FromFraction(1.5m));
    }

    [Fact]
    public void Of_AppliesTheShareToMoney()
    {
        Assert.Equal(20m, Percentage.FromPercent(10m).Of(Money.Of(200m, "EUR")).Amount);
    }

    [Fact]
    public void Comparison_And_Equality_AreByValue()
    {
        Assert.True(Percentage.FromPercent(99.9m) < Percentage.FromPercent(99.95m));
        Assert.Equal(Percentage.FromPercent(99.9m), Percentage.FromPercent(99.90m));
        Assert.Equal(Percentage.Zero, default);
        Assert.Equal("99.9%", Percentage.FromPercent(99.9m).ToString());
    }

    [Fact]
    public void TryFromPercent_OutOfRange_ReturnsFalse()
    {
        Assert.False(Percentage.TryFromPercent(101m, out _));
        Assert.True(Percentage.TryFromPercent(100m, out var hundred));
        Assert.Equal(Percentage.Hundred, hundred);
    }
}

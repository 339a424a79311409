using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Tests;

public sealed class MoneyTests
{
    [Fact]
    public void Add_SameCurrency_SumsExactly()
    {
        var sum = Money.Of(0.1m, "EUR") + Money.Of(0.2m, "EUR");

        Assert.Equal(0.3m, sum.Amount);
        Assert.Equal(Currency.Eur, sum.Currency);
    }

    [Fact]
    public void Add_DifferentCurrencies_IsRefusedNamingBoth()
    {
        var e = Assert.Throws<ArgumentException>(() => Money.Of(1m, "EUR") + Money.Of(1m, "USD"));

        Assert.Contains("EUR and USD", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_DifferentCurrencies_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => Money.Of(1m, "EUR") < Money.Of(2m, "GBP"));
        Assert.Throws<ArgumentException>(() => Money.Of(1m, "EUR").CompareTo(Money.Of(2m, "GBP")));
    }

    [Fact]
    public void Subtract_Multiply_Negate_StayExact()
    {
        var price = Money.Of(0.0000025m, "USD");

        Assert.Equal(2.5m, (price * 1_000_000m).Amount);
        Assert.Equal(-0.0000025m, (-price).Amount);
        Assert.Equal(0m, (price - price).Amount);
    }

    [Theory]
    [InlineData("EUR", 12.345, "12.34")]
    [InlineData("EUR", 12.355, "12.36")]
    [InlineData("EUR", 12.5, "12.50")]
    [InlineData("JPY", 1234.5, "1234")]
    [InlineData("JPY", 1235.5, "1236")]
    [InlineData("KWD", 1.23456, "1.235")]
    public void RoundToMinorUnit_BankersRounding_HasTheCurrencysScale(string code, double amountAsDouble, string expected)
    {
        var amount = decimal.Parse(amountAsDouble.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);

        var rounded = Money.Of(amount, code).RoundToMinorUnit();

        Assert.Equal(expected, rounded.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void RoundToMinorUnit_AwayFromZero_RoundsHalvesUp()
    {
        Assert.Equal(12.35m, Money.Of(12.345m, "EUR").RoundToMinorUnit(MidpointRounding.AwayFromZero).Amount);
    }

    [Fact]
    public void Equality_IgnoresTrailingZeros()
    {
        Assert.Equal(Money.Of(1234.5m, "EUR"), Money.Of(1234.50m, "EUR"));
        Assert.Equal(Money.Of(1234.5m, "EUR").GetHashCode(), Money.Of(1234.50m, "EUR").GetHashCode());
        Assert.NotEqual(Money.Of(1m, "EUR"), Money.Of(1m, "USD"));
    }

    [Fact]
    public void ToString_UsesInvariantCulture()
    {
        Assert.Equal("1234.50 EUR", Money.Of(1234.50m, "EUR").ToString());
    }

    [Fact]
    public void Constructor_NullCurrency_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new Money(1m, null!));
    }

    [Fact]
    public void RoundToMinorUnit_AmountTooLargeForTheScale_ThrowsOverflow()
    {
        var e = Assert.Throws<OverflowException>(() => new Money(decimal.MaxValue, Currency.Eur).RoundToMinorUnit());

        Assert.Contains("2 decimal places of EUR", e.Message, StringComparison.Ordinal);
    }
}

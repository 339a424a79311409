using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Tests;

public sealed class CurrencyTests
{
    [Theory]
    [InlineData("EUR", 978, 2)]
    [InlineData("USD", 840, 2)]
    [InlineData("JPY", 392, 0)]
    [InlineData("KWD", 414, 3)]
    [InlineData("CLF", 990, 4)]
    public void FromCode_KnownCode_HasIsoNumericCodeAndMinorUnits(string code, int numeric, int minorUnits)
    {
        var currency = Currency.FromCode(code);

        Assert.Equal(code, currency.Code);
        Assert.Equal(numeric, currency.NumericCode);
        Assert.Equal(minorUnits, currency.MinorUnits);
    }

    [Theory]
    [InlineData("eur", "did you mean 'EUR'?")]
    [InlineData("EURO", "expected three upper-case letters")]
    [InlineData("XYZ", "'XYZ' is not an active ISO 4217 currency code")]
    [InlineData("", "expected three upper-case letters")]
    [InlineData("XAU", "'XAU' is not an active ISO 4217 currency code")]
    public void FromCode_UnknownCode_ThrowsArgumentExceptionNamingTheCode(string code, string message)
    {
        var e = Assert.Throws<ArgumentException>(() => Currency.FromCode(code));

        Assert.Equal("code", e.ParamName);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromCode_Null_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => Currency.FromCode(null!));
    }

    [Fact]
    public void TryFromCode_UnknownOrNull_ReturnsFalse()
    {
        Assert.False(Currency.TryFromCode("ABC", out var unknown));
        Assert.Null(unknown);
        Assert.False(Currency.TryFromCode(null, out _));
    }

    [Fact]
    public void All_CodesAndNumericCodes_AreUniqueAndWellFormed()
    {
        Assert.True(Currency.All.Count > 150);
        Assert.Equal(Currency.All.Count, Currency.All.Select(c => c.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Currency.All.Count, Currency.All.Select(c => c.NumericCode).Distinct().Count());
        Assert.All(Currency.All, c =>
        {
            Assert.Matches("^[A-Z]{3}$", c.Code);
            Assert.InRange(c.MinorUnits, 0, 4);
            Assert.InRange(c.NumericCode, 1, 999);
        });
    }

    [Fact]
    public void Equality_SameCode_IsEqualWithSameHashCode()
    {
        Assert.Equal(Currency.Eur, Currency.FromCode("EUR"));
        Assert.Equal(Currency.Eur.GetHashCode(), Currency.FromCode("EUR").GetHashCode());
        Assert.NotEqual(Currency.Eur, Currency.Usd);
        Assert.Equal("GBP", Currency.Gbp.ToString());
    }
}

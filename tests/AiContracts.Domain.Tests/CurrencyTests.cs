using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Tests;

public sealed class CurrencyTests
{
    [Theory]
    [InlineData("EUR", 978, 2)]
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
}

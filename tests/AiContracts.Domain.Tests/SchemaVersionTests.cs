using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Tests;

public sealed class SchemaVersionTests
{
    [Theory]
    [InlineData("1.0", 1, 0)]
    [InlineData("1.12", 1, 12)]
    [InlineData("2.3", 2, 3)]
    public void Parse_MajorDotMinor_ReadsBothParts(string text, int major, int minor)
    {
        var version = SchemaVersion.Parse(text);

        Assert.Equal(major, version.Major);
        Assert.Equal(minor, version.Minor);
        Assert.Equal(text, version.ToString());
    }

    [Theory]
    [InlineData("1")]
    [InlineData("0.9")]
    [InlineData("1.0.0")]
    [InlineData("v1.0")]
    [InlineData("1.-1")]
    [InlineData(" 1.0")]
    [InlineData("99999999999.0")]
    [InlineData("01.0")]
    [InlineData("1.00")]
    [InlineData("1.1000000000")]
    public void TryParse_Malformed_ReturnsFalse(string text)
    {
        Assert.False(SchemaVersion.TryParse(text, out _));
        Assert.Throws<ArgumentException>(() => SchemaVersion.Parse(text));
    }

    [Fact]
    public void IsSupported_OnlyForTheCurrentMajorVersion()
    {
        Assert.True(SchemaVersion.Of(1, 9).IsSupported);
        Assert.False(SchemaVersion.Of(2, 0).IsSupported);
    }

    [Fact]
    public void Comparison_OrdersByMajorThenMinor()
    {
        Assert.True(SchemaVersion.Of(1, 2) < SchemaVersion.Of(1, 10));
        Assert.True(SchemaVersion.Of(2, 0) > SchemaVersion.Of(1, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => SchemaVersion.Of(0, 1));
    }
}

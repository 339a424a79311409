using AiContracts.Domain.Primitives;
using NodaTime;

namespace AiContracts.Domain.Tests;

public sealed class AiContractTests
{
    private static AiContract Minimal(DateTimeZone? zone) => new()
    {
        Id = ContractId.From("C-1"),
        Title = "t",
        Status = ContractStatus.Draft,
        TimeZone = zone,
    };

    [Fact]
    public void TimeZone_SameIdFromAnotherProvider_GivesEqualContracts()
    {
        var bcl = DateTimeZoneProviders.Bcl.GetZoneOrNull("Europe/Berlin");
        Assert.SkipWhen(bcl is null, "this platform's BCL provider has no IANA ids");

        var fromBcl = Minimal(bcl);
        var fromTzdb = Minimal(DateTimeZoneProviders.Tzdb["Europe/Berlin"]);

        Assert.Equal(fromTzdb, fromBcl);
        Assert.Equal(fromTzdb.GetHashCode(), fromBcl.GetHashCode());
        Assert.Same(DateTimeZoneProviders.Tzdb["Europe/Berlin"], fromBcl.TimeZone);
    }

    [Fact]
    public void Defaults_SchemaVersionAndExtensions_AreCurrentAndEmptyEvenWhenSetToNull()
    {
        var contract = Minimal(null) with { SchemaVersion = null!, Extensions = null! };

        Assert.Equal(SchemaVersion.Current, contract.SchemaVersion);
        Assert.True(contract.Extensions.IsEmpty);
    }
}

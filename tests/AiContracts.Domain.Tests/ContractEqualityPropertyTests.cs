using AiContracts.Json;
using AiContracts.TestUtilities;
using CsCheck;

namespace AiContracts.Domain.Tests;

/// <summary>
/// Property tests of contract equality: equal content means equal contracts with equal hash codes, however the copy
/// was built, and a change to any single top-level member makes contracts unequal.
/// </summary>
public sealed class ContractEqualityPropertyTests
{
    /// <summary>Contracts per property.</summary>
    private const int Iterations = 1_000;

    /// <summary>Contracts per changed member (one run per top-level member).</summary>
    private const int IterationsPerMember = 300;

    /// <summary>For each top-level member of <see cref="AiContract"/>: a generator of copies of a contract that differ in that member only.</summary>
    private static readonly Dictionary<string, Func<AiContract, Gen<AiContract>>> Changes = new(StringComparer.Ordinal)
    {
        [nameof(AiContract.SchemaVersion)] = Change(ContractGenerators.SupportedSchemaVersion, c => c.SchemaVersion, (c, v) => c with { SchemaVersion = v }),
        [nameof(AiContract.Id)] = Change(ContractGenerators.ContractId, c => c.Id, (c, v) => c with { Id = v }),
        [nameof(AiContract.Title)] = Change(ContractGenerators.Text, c => c.Title, (c, v) => c with { Title = v }),
        [nameof(AiContract.Status)] = Change(ContractGenerators.SmartEnumOf<ContractStatus>(), c => c.Status, (c, v) => c with { Status = v }),
        [nameof(AiContract.Parties)] = Change(ContractGenerators.OrNull(ContractGenerators.ContractParties), c => c.Parties, (c, v) => c with { Parties = v }),
        [nameof(AiContract.EffectiveDate)] = Change(ContractGenerators.OrNullValue(ContractGenerators.LocalDate), c => c.EffectiveDate, (c, v) => c with { EffectiveDate = v }),
        [nameof(AiContract.Term)] = Change(ContractGenerators.OrNull(ContractGenerators.ContractTerm), c => c.Term, (c, v) => c with { Term = v }),
        [nameof(AiContract.GoverningLaw)] = Change(ContractGenerators.OrNull(ContractGenerators.Text), c => c.GoverningLaw, (c, v) => c with { GoverningLaw = v }),
        [nameof(AiContract.TimeZone)] = Change(ContractGenerators.OrNull(ContractGenerators.TimeZone), c => c.TimeZone, (c, v) => c with { TimeZone = v }),
        [nameof(AiContract.AiSystems)] = Change(ContractGenerators.ValueArrayOf(ContractGenerators.AiSystem), c => c.AiSystems, (c, v) => c with { AiSystems = v }),
        [nameof(AiContract.ServiceLevels)] = Change(ContractGenerators.OrNull(ContractGenerators.ServiceLevelTerms), c => c.ServiceLevels, (c, v) => c with { ServiceLevels = v }),
        [nameof(AiContract.DataProcessing)] = Change(ContractGenerators.OrNull(ContractGenerators.DataProcessingTerms), c => c.DataProcessing, (c, v) => c with { DataProcessing = v }),
        [nameof(AiContract.Integration)] = Change(ContractGenerators.OrNull(ContractGenerators.IntegrationTerms), c => c.Integration, (c, v) => c with { Integration = v }),
        [nameof(AiContract.Pricing)] = Change(ContractGenerators.OrNull(ContractGenerators.PricingTerms), c => c.Pricing, (c, v) => c with { Pricing = v }),
        [nameof(AiContract.Exit)] = Change(ContractGenerators.OrNull(ContractGenerators.ExitTerms), c => c.Exit, (c, v) => c with { Exit = v }),
        [nameof(AiContract.Governance)] = Change(ContractGenerators.OrNull(ContractGenerators.GovernanceTerms), c => c.Governance, (c, v) => c with { Governance = v }),
        [nameof(AiContract.Extensions)] = Change(ContractGenerators.ExtensionObject, c => c.Extensions, (c, v) => c with { Extensions = v }),
    };

    /// <summary>The names of the top-level members, for the data-driven test.</summary>
    public static TheoryData<string> TopLevelMembers() => [.. Changes.Keys];

    [Fact]
    public void Equals_ContractGeneratedTwiceFromSameSeed_IsEqualWithSameHashCode() =>
        ContractGenerators.Contract.Clone().Sample(
            (original, copy) =>
            {
                Assert.NotSame(original, copy);
                AssertEqual(original, copy);
            },
            iter: Iterations);

    [Fact]
    public void Equals_CopyMadeWithWithExpression_IsEqualWithSameHashCode() =>
        ContractGenerators.Contract.Sample(original => AssertEqual(original, original with { }), iter: Iterations);

    [Fact]
    public void Equals_CopyReadBackFromJson_IsEqualWithSameHashCode() =>
        ContractGenerators.Contract.Sample(
            original => AssertEqual(original, AiContractSerializer.Default.Deserialize(AiContractSerializer.Default.SerializeToUtf8Bytes(original))),
            iter: Iterations);

    [Fact]
    public void Equals_EveryTopLevelMemberCovered_ByTheChangeTable()
    {
        var members = typeof(AiContract).GetProperties().Where(p => p.CanWrite).Select(p => p.Name).Order(StringComparer.Ordinal);

        Assert.Equal(members, Changes.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TopLevelMembers))]
    public void Equals_OneTopLevelMemberChanged_IsNotEqual(string member)
    {
        var change = Changes[member];

        ContractGenerators.Contract.SelectMany(original => change(original).Select(changed => (original, changed))).Sample(
            (original, changed) =>
            {
                Assert.NotEqual(original, changed);
                Assert.NotEqual(changed, original);
                Assert.False(original == changed);
                Assert.True(original != changed);
            },
            iter: IterationsPerMember);
    }

    private static Func<AiContract, Gen<AiContract>> Change<T>(Gen<T> values, Func<AiContract, T> get, Func<AiContract, T, AiContract> set) =>
        contract => values.Where(value => !EqualityComparer<T>.Default.Equals(value, get(contract))).Select(value => set(contract, value));

    private static void AssertEqual(AiContract original, AiContract copy)
    {
        Assert.Equal(original, copy);
        Assert.Equal(copy, original);
        Assert.True(original == copy);
        Assert.False(original != copy);
        Assert.Equal(original.GetHashCode(), copy.GetHashCode());
    }
}

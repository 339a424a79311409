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

    /// <summary>The top-level members of <see cref="AiContract"/>, for the data-driven test.</summary>
    public static TheoryData<string> TopLevelMembers() => [.. typeof(AiContract).GetProperties().Where(p => p.CanWrite).Select(p => p.Name)];

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

    [Theory]
    [MemberData(nameof(TopLevelMembers))]
    public void Equals_OneTopLevelMemberChanged_IsNotEqual(string member)
    {
        // Copies that differ in that member only, its values drawn from the member's own generator.
        var property = typeof(AiContract).GetProperty(member)!;
        var values = ContractGenerators.ForMember(property);

        ContractGenerators.Contract.SelectMany(original => values
                .Where(value => !Equals(value, property.GetValue(original)))
                .Select(value => (original, changed: ContractGenerators.With(original, property, value)))).Sample(
            (original, changed) =>
            {
                Assert.NotEqual(original, changed);
                Assert.NotEqual(changed, original);
                Assert.False(original == changed);
                Assert.True(original != changed);
            },
            iter: IterationsPerMember);
    }

    private static void AssertEqual(AiContract original, AiContract copy)
    {
        Assert.Equal(original, copy);
        Assert.Equal(copy, original);
        Assert.True(original == copy);
        Assert.False(original != copy);
        Assert.Equal(original.GetHashCode(), copy.GetHashCode());
    }
}

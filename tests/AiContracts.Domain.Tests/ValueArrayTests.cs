using System.Collections.Immutable;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Tests;

public sealed class ValueArrayTests
{
    [Fact]
    public void Equality_SameElementsInOrder_IsEqualWithSameHash()
    {
        ValueArray<string> a = ["x", "y"];
        var b = ValueArray.From(new List<string> { "x", "y" });

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, ["y", "x"]);
    }

    [Fact]
    public void Default_IsEmptyAndEqualToEmpty()
    {
        ValueArray<int> none = default;

        Assert.True(none.IsEmpty);
        Assert.Empty(none);
        Assert.Equal(ValueArray<int>.Empty, none);
        Assert.Equal(none, new ValueArray<int>([]));
        Assert.Equal(none, new ValueArray<int>(default(ImmutableArray<int>)));
    }

    [Fact]
    public void Indexer_OutOfRange_Throws()
    {
        ValueArray<int> one = [1];

        Assert.Equal(1, one[0]);
        Assert.ThrowsAny<IndexOutOfRangeException>(() => one[1]);
    }
}

using System.Collections.Immutable;
using AiContracts.Domain.Extensions;
using AiContracts.Domain.Pricing;
using AiContracts.Domain.Primitives;
using AiContracts.TestUtilities;
using CsCheck;

namespace AiContracts.Domain.Tests;

/// <summary>Property tests of the value objects: money arithmetic and rounding, percentage bounds, content equality of value arrays and extension objects.</summary>
public sealed class ValueObjectPropertyTests
{
    private const int Iterations = 10_000;

    private static readonly MidpointRounding[] RoundingModes =
    [
        MidpointRounding.ToEven, MidpointRounding.AwayFromZero, MidpointRounding.ToZero,
        MidpointRounding.ToNegativeInfinity, MidpointRounding.ToPositiveInfinity,
    ];

    /// <summary>Amounts with 0 to 6 decimals below 10^18 in magnitude, so that sums of three are exact.</summary>
    private static readonly Gen<decimal> Amount = ContractGenerators.Money.Select(m => m.Amount);

    /// <summary>
    /// Amounts of every scale (0 to 28) whose magnitude leaves room for 4 decimal places: decimal can hold at most 28
    /// or 29 significant digits, so above about 7.9e24 no amount can have the 4 decimals of CLF (see the report).
    /// </summary>
    private static readonly Gen<decimal> RoundableAmount = ContractGenerators.Decimal.Where(d => Math.Abs(d) < 1e24m);

    // ---------------------------------------------------------------- Money

    [Fact]
    public void Add_SameCurrency_IsCommutative() =>
        Gen.Select(ContractGenerators.Currency, Amount, Amount).Sample(
            (currency, x, y) => Assert.Equal(new Money(x, currency) + new Money(y, currency), new Money(y, currency) + new Money(x, currency)),
            iter: Iterations);

    [Fact]
    public void Add_SameCurrency_IsAssociative() =>
        Gen.Select(ContractGenerators.Currency, Amount, Amount, Amount).Sample(
            (currency, x, y, z) =>
            {
                Money a = new(x, currency), b = new(y, currency), c = new(z, currency);

                Assert.Equal((a + b) + c, a + (b + c));
                Assert.Equal(a.Add(b).Add(c), a.Add(b.Add(c)));
            },
            iter: Iterations);

    [Fact]
    public void Add_SameCurrency_AddsTheAmounts() =>
        Gen.Select(ContractGenerators.Currency, Amount, Amount).Sample(
            (currency, x, y) =>
            {
                var sum = new Money(x, currency) + new Money(y, currency);

                Assert.Equal(x + y, sum.Amount);
                Assert.Same(currency, sum.Currency);
            },
            iter: Iterations);

    [Fact]
    public void Add_DifferentCurrencies_ThrowsArgumentException() =>
        Gen.Select(ContractGenerators.Money, ContractGenerators.Money).Where((a, b) => a.Currency != b.Currency).Sample(
            (a, b) =>
            {
                var operatorError = Assert.Throws<ArgumentException>(() => a + b);
                Assert.Throws<ArgumentException>(() => a.Add(b));
                Assert.Throws<ArgumentException>(() => a - b);

                Assert.Contains(a.Currency.Code, operatorError.Message, StringComparison.Ordinal);
                Assert.Contains(b.Currency.Code, operatorError.Message, StringComparison.Ordinal);
            },
            iter: Iterations);

    [Fact]
    public void RoundToMinorUnit_AnyAmount_HasExactlyMinorUnitsDecimalPlaces() =>
        Gen.Select(RoundableAmount, ContractGenerators.Currency, Gen.OneOf(RoundingModes)).Sample(
            (amount, currency, mode) =>
            {
                var rounded = new Money(amount, currency).RoundToMinorUnit(mode);

                Assert.Equal(currency.MinorUnits, rounded.Amount.Scale);
                Assert.Equal(Math.Round(amount, currency.MinorUnits, mode), rounded.Amount);
                Assert.Same(currency, rounded.Currency);
            },
            iter: Iterations);

    [Fact]
    public void RoundToMinorUnit_RoundedAmount_IsUnchangedByRoundingAgain() =>
        Gen.Select(RoundableAmount, ContractGenerators.Currency, Gen.OneOf(RoundingModes)).Sample(
            (amount, currency, mode) =>
            {
                var rounded = new Money(amount, currency).RoundToMinorUnit(mode);
                var again = rounded.RoundToMinorUnit(mode);

                Assert.Equal(rounded, again);
                Assert.Equal(rounded.Amount.Scale, again.Amount.Scale);
            },
            iter: Iterations);

    // ---------------------------------------------------------------- Percentage

    [Fact]
    public void FromPercent_AnyDecimal_AcceptsExactlyZeroToHundred() =>
        Gen.Frequency<decimal>(
                (2, ContractGenerators.Decimal),
                (2, ContractGenerators.Percentage.Select(p => p.Value)),
                (1, Gen.OneOf(-0.0000000000000000000000000001m, 100.0000000000000000000000001m, -1m, 101m, 100.5m, -0.5m, decimal.MinValue, decimal.MaxValue)))
            .Sample(
                value =>
                {
                    if (value is >= 0m and <= 100m)
                    {
                        var percentage = Percentage.FromPercent(value);

                        Assert.Equal(value, percentage.Value);
                        Assert.Equal(value.Scale, percentage.Value.Scale);
                        Assert.True(Percentage.TryFromPercent(value, out var tried));
                        Assert.Equal(percentage, tried);
                    }
                    else
                    {
                        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Percentage.FromPercent(value));

                        Assert.Equal("value", error.ParamName);
                        Assert.Equal(value, error.ActualValue);
                        Assert.Contains("'value'", error.Message, StringComparison.Ordinal);
                        Assert.Contains("between 0 and 100 inclusive", error.Message, StringComparison.Ordinal);
                        Assert.False(Percentage.TryFromPercent(value, out _));
                    }
                },
                iter: Iterations);

    // ---------------------------------------------------------------- ValueArray

    [Fact]
    public void Equals_ValueArraysOfEqualElementsBuiltApart_AreEqualWithSameHashCode() =>
        ContractGenerators.ValueArrayOf(ContractGenerators.Of<Meter>()).Clone().Sample(
            (left, right) =>
            {
                // Assert.True rather than Assert.Equal: xunit would compare the arrays as sequences, not through ValueArray's equality.
                Assert.True(left.IsEmpty || !ReferenceEquals(left[0], right[0]));
                Assert.True(left.Equals(right));
                Assert.True(left == right);
                Assert.Equal(left.GetHashCode(), right.GetHashCode());
            },
            iter: 1_000);

    [Fact]
    public void Equals_AnyTwoValueArrays_EqualExactlyWhenTheElementsAreEqualInOrder() =>
        Gen.Select(Gen.Int[0, 2].Array[0, 3], Gen.Int[0, 2].Array[0, 3]).Sample(
            (x, y) =>
            {
                // Strings built apart, so that only their content can make them equal.
                ValueArray<string> left = ValueArray.From(x.Select(i => new string('a', i)));
                ValueArray<string> right = [.. y.Select(i => new string('a', i))];

                Assert.Equal(x.SequenceEqual(y), left.Equals(right));
                Assert.Equal(x.SequenceEqual(y), left == right);
                Assert.Equal(x.SequenceEqual(y), left.Equals((object)right));
                if (left == right)
                {
                    Assert.Equal(left.GetHashCode(), right.GetHashCode());
                }
            },
            iter: Iterations);

    [Fact]
    public void Equals_DefaultValueArray_EqualsEmptyWithSameHashCode()
    {
        var empty = ValueArray.From(Array.Empty<int>());

        Assert.True(default(ValueArray<int>).Equals(empty));
        Assert.True(ValueArray<int>.Empty == new ValueArray<int>(ImmutableArray<int>.Empty));
        Assert.True(default(ValueArray<int>) == new ValueArray<int>(default));
        Assert.Equal(default(ValueArray<int>).GetHashCode(), empty.GetHashCode());
    }

    // ---------------------------------------------------------------- ExtensionObject

    [Fact]
    public void Equals_ExtensionObjectWithMembersInAnotherOrder_IsEqualWithSameHashCode() =>
        ContractGenerators.ExtensionObject
            .SelectMany(original => Gen.Shuffle(original.ToArray()).Select(shuffled => (original, Reorder(ExtensionObject.Create(shuffled)))))
            .Sample(
                (original, reordered) =>
                {
                    // Assert.True rather than Assert.Equal: xunit would compare the members as sequences, in order.
                    Assert.True(original.Equals(reordered));
                    Assert.True(reordered.Equals(original));
                    Assert.True(original == reordered);
                    Assert.Equal(original.GetHashCode(), reordered.GetHashCode());
                },
                iter: Iterations);

    [Fact]
    public void Equals_ExtensionObjectWithOneMemberChanged_IsNotEqual() =>
        Gen.Select(ContractGenerators.ExtensionObject.Where(o => !o.IsEmpty), Gen.Int[0, 3], ContractGenerators.ExtensionValue)
            .Where((original, index, value) => !original.ElementAt(index % original.Count).Value.Equals(value))
            .Sample(
                (original, index, value) =>
                {
                    var members = original.ToArray();
                    var at = index % members.Length;
                    members[at] = new(members[at].Key, value);
                    var changed = ExtensionObject.Create(members);

                    Assert.False(original.Equals(changed));
                    Assert.False(changed.Equals(original));
                    Assert.True(original != changed);
                },
                iter: Iterations);

    [Fact]
    public void Equals_ExtensionObjectWithOneMoreMember_IsNotEqual() =>
        Gen.Select(ContractGenerators.ExtensionObject, ContractGenerators.Text, ContractGenerators.ExtensionValue)
            .Where((original, name, _) => !original.Contains(name))
            .Sample(
                (original, name, value) =>
                {
                    var larger = ExtensionObject.Create([.. original, new(name, value)]);

                    Assert.False(original.Equals(larger));
                    Assert.False(larger.Equals(original));
                    Assert.True(original != larger);
                },
                iter: Iterations);

    /// <summary>Reverses the members of every object nested in <paramref name="value"/>, keeping the content.</summary>
    private static ExtensionObject Reorder(ExtensionObject value) =>
        ExtensionObject.Create(value.Select(m => new KeyValuePair<string, ExtensionValue>(m.Key, Reorder(m.Value))).Reverse());

    private static ExtensionValue Reorder(ExtensionValue value) => value.Kind switch
    {
        ExtensionValueKind.Object => ExtensionValue.FromObject(Reorder(value.AsObject())),
        ExtensionValueKind.Array => ExtensionValue.FromArray(value.AsArray().Select(Reorder)),
        _ => value,
    };
}

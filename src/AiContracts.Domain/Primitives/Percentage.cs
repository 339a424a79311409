using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using AiContracts.Domain.Internal;

namespace AiContracts.Domain.Primitives;

/// <summary>A percentage between 0 and 100 inclusive, held as an exact <see cref="decimal"/> (99.95 means 99.95 %).</summary>
/// <remarks>
/// The default value is 0 %. Comparisons ignore trailing zeros (99.9 equals 99.90); the scale given is kept for output.
/// <para>Thread safety: immutable; safe to share across threads.</para>
/// </remarks>
public readonly record struct Percentage : IComparable<Percentage>
{
    /// <summary>The smallest allowed value, 0.</summary>
    public const decimal MinValue = 0m;

    /// <summary>The largest allowed value, 100.</summary>
    public const decimal MaxValue = 100m;

    private Percentage(decimal value) => Value = value;

    /// <summary>Zero percent.</summary>
    public static Percentage Zero => default;

    /// <summary>One hundred percent.</summary>
    public static Percentage Hundred => new(100m);

    /// <summary>The percentage, between 0 and 100 inclusive.</summary>
    public decimal Value { get; }

    /// <summary>The percentage as a fraction between 0 and 1 (99.9 % is 0.999).</summary>
    public decimal Fraction => Value / 100m;

    /// <summary>Creates a percentage from a value between 0 and 100.</summary>
    /// <param name="value">The percentage, for example 99.9.</param>
    /// <returns>The percentage.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is below 0 or above 100.</exception>
    public static Percentage FromPercent(decimal value)
    {
        Preconditions.CheckRange(value, MinValue, MaxValue, nameof(value));
        return new Percentage(value);
    }

    /// <summary>Creates a percentage from a fraction between 0 and 1 (0.25 is 25 %).</summary>
    /// <param name="fraction">The fraction.</param>
    /// <returns>The percentage.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fraction"/> is below 0 or above 1.</exception>
    public static Percentage FromFraction(decimal fraction)
    {
        Preconditions.CheckRange(fraction, 0m, 1m, nameof(fraction));
        return new Percentage(fraction * 100m);
    }

    /// <summary>Tries to create a percentage from a value between 0 and 100.</summary>
    /// <param name="value">The candidate value.</param>
    /// <param name="percentage">The percentage when <paramref name="value"/> is in range; otherwise zero.</param>
    /// <returns>True when <paramref name="value"/> is between 0 and 100 inclusive.</returns>
    public static bool TryFromPercent(decimal value, [NotNullWhen(true)] out Percentage percentage)
    {
        if (value is < MinValue or > MaxValue)
        {
            percentage = default;
            return false;
        }

        percentage = new Percentage(value);
        return true;
    }

    /// <summary>Applies this percentage to an amount of money (10 % of 200 EUR is 20 EUR), unrounded.</summary>
    /// <param name="money">The base amount.</param>
    /// <returns>The share of <paramref name="money"/>.</returns>
    public Money Of(Money money)
    {
        ArgumentNullException.ThrowIfNull(money);
        return money * Fraction;
    }

    /// <inheritdoc />
    public int CompareTo(Percentage other) => Value.CompareTo(other.Value);

    /// <summary>Whether <paramref name="left"/> is less than <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(Percentage left, Percentage right) => left.Value < right.Value;

    /// <summary>Whether <paramref name="left"/> is greater than <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(Percentage left, Percentage right) => left.Value > right.Value;

    /// <summary>Whether <paramref name="left"/> is less than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(Percentage left, Percentage right) => left.Value <= right.Value;

    /// <summary>Whether <paramref name="left"/> is greater than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(Percentage left, Percentage right) => left.Value >= right.Value;

    /// <summary>Formats the value with the invariant culture, for example <c>99.9%</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Value}%");
}

using System.Globalization;

namespace AiContracts.Domain.Primitives;

/// <summary>An exact amount of money: a <see cref="decimal"/> amount in one ISO 4217 <see cref="Primitives.Currency"/>.</summary>
/// <remarks>
/// Arithmetic and comparison across currencies are refused with an <see cref="ArgumentException"/>; there is no
/// implicit conversion. Negative amounts are allowed (credit lines, refunds). Amounts keep the scale they were
/// given (<c>1234.50</c> stays <c>1234.50</c>); use <see cref="RoundToMinorUnit"/> to round to the currency.
/// <para>Thread safety: immutable; safe to share across threads.</para>
/// </remarks>
public sealed record Money : IComparable<Money>
{
    /// <summary>Creates an amount of money.</summary>
    /// <param name="amount">The exact amount.</param>
    /// <param name="currency">The currency.</param>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is null.</exception>
    public Money(decimal amount, Currency currency)
    {
        ArgumentNullException.ThrowIfNull(currency);
        Amount = amount;
        Currency = currency;
    }

    /// <summary>The exact amount.</summary>
    public decimal Amount { get; }

    /// <summary>The currency of <see cref="Amount"/>.</summary>
    public Currency Currency { get; }

    /// <summary>Creates an amount of money from an ISO 4217 code.</summary>
    /// <param name="amount">The exact amount.</param>
    /// <param name="currencyCode">Three upper-case letters, for example <c>EUR</c>.</param>
    /// <returns>The money.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="currencyCode"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="currencyCode"/> is not an ISO 4217 code.</exception>
    public static Money Of(decimal amount, string currencyCode)
    {
        ArgumentNullException.ThrowIfNull(currencyCode);
        return Currency.TryFromCode(currencyCode, out var currency)
            ? new Money(amount, currency)
            : throw new ArgumentException(Currency.DescribeInvalidCode(currencyCode), nameof(currencyCode));
    }

    /// <summary>Zero in the given currency.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>An amount of zero.</returns>
    public static Money Zero(Currency currency) => new(0m, currency);

    /// <summary>Rounds the amount to the currency's minor unit (2 places for EUR, 0 for JPY).</summary>
    /// <param name="mode">How to round a midpoint; banker's rounding (<see cref="MidpointRounding.ToEven"/>) unless stated.</param>
    /// <returns>The rounded money, with exactly <see cref="Currency.MinorUnits"/> decimal places.</returns>
    /// <exception cref="OverflowException">
    /// The amount is too large to carry that many decimal places in a <see cref="decimal"/> (beyond about 7.9e26 for a
    /// currency with two minor digits).
    /// </exception>
    public Money RoundToMinorUnit(MidpointRounding mode = MidpointRounding.ToEven)
    {
        var rounded = Math.Round(Amount, Currency.MinorUnits, mode);

        // Pad the scale so 12.5 EUR becomes 12.50 EUR; decimal drops the padding when the digits do not fit.
        var padded = SetScale(rounded, Currency.MinorUnits);
        if (padded.Scale != Currency.MinorUnits)
        {
            throw new OverflowException(
                $"{this} is too large to express with the {Currency.MinorUnits} decimal places of {Currency.Code} in a decimal (at most 28-29 significant digits).");
        }

        return new Money(padded, Currency);
    }

    /// <summary>Adds two amounts in the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public static Money operator +(Money left, Money right)
    {
        CheckSameCurrency(left, right);
        return new Money(left.Amount + right.Amount, left.Currency);
    }

    /// <summary>Subtracts an amount from another in the same currency.</summary>
    /// <param name="left">The amount subtracted from.</param>
    /// <param name="right">The amount subtracted.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public static Money operator -(Money left, Money right)
    {
        CheckSameCurrency(left, right);
        return new Money(left.Amount - right.Amount, left.Currency);
    }

    /// <summary>Negates an amount.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The amount with the opposite sign.</returns>
    public static Money operator -(Money value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new Money(-value.Amount, value.Currency);
    }

    /// <summary>Multiplies an amount by an exact factor, for example a quantity or a rate.</summary>
    /// <param name="money">The amount.</param>
    /// <param name="factor">The factor.</param>
    /// <returns>The product, unrounded.</returns>
    public static Money operator *(Money money, decimal factor)
    {
        ArgumentNullException.ThrowIfNull(money);
        return new Money(money.Amount * factor, money.Currency);
    }

    /// <summary>Adds an amount in the same currency.</summary>
    /// <param name="other">The amount to add.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public Money Add(Money other) => this + other;

    /// <summary>Subtracts an amount in the same currency.</summary>
    /// <param name="other">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public Money Subtract(Money other) => this - other;

    /// <summary>Multiplies by an exact factor.</summary>
    /// <param name="factor">The factor.</param>
    /// <returns>The product, unrounded.</returns>
    public Money Multiply(decimal factor) => this * factor;

    /// <summary>Negates the amount.</summary>
    /// <returns>The amount with the opposite sign.</returns>
    public Money Negate() => -this;

    /// <summary>Compares two amounts in the same currency.</summary>
    /// <param name="other">The other amount; null sorts first.</param>
    /// <returns>Negative, zero or positive as this amount is less than, equal to or greater than <paramref name="other"/>.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public int CompareTo(Money? other)
    {
        if (other is null)
        {
            return 1;
        }

        CheckSameCurrency(this, other);
        return Amount.CompareTo(other.Amount);
    }

    /// <summary>Whether <paramref name="left"/> is less than <paramref name="right"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public static bool operator <(Money left, Money right) => Compare(left, right) < 0;

    /// <summary>Whether <paramref name="left"/> is greater than <paramref name="right"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public static bool operator >(Money left, Money right) => Compare(left, right) > 0;

    /// <summary>Whether <paramref name="left"/> is less than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public static bool operator <=(Money left, Money right) => Compare(left, right) <= 0;

    /// <summary>Whether <paramref name="left"/> is greater than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public static bool operator >=(Money left, Money right) => Compare(left, right) >= 0;

    /// <summary>Formats the amount and code with the invariant culture, for example <c>1234.50 EUR</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Amount} {Currency.Code}");

    private static int Compare(Money left, Money right)
    {
        ArgumentNullException.ThrowIfNull(left);
        return left.CompareTo(right);
    }

    private static void CheckSameCurrency(Money left, Money right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        if (!left.Currency.Equals(right.Currency))
        {
            throw new ArgumentException(
                $"Cannot combine {left.Currency.Code} and {right.Currency.Code}: arithmetic and comparison across currencies are refused. Convert one amount explicitly first.",
                nameof(right));
        }
    }

    private static decimal SetScale(decimal value, int scale)
    {
        // decimal.Round never increases the scale; add a zero with the wanted scale to pad it.
        var zeroWithScale = new decimal(0, 0, 0, false, (byte)scale);
        return value + zeroWithScale;
    }
}

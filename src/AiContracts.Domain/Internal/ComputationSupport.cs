using System.Globalization;
using AiContracts.Domain.Computations;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Pricing;
using AiContracts.Domain.Primitives;
using NodaTime;

namespace AiContracts.Domain.Internal;

/// <summary>Helpers shared by the computations: rounding, the contract's term, invariant formatting.</summary>
internal static class ComputationSupport
{
    /// <summary>The rounding mode used when the contract states none.</summary>
    internal static RoundingMode DefaultRounding => RoundingMode.HalfEven;

    /// <summary>Rounds an amount to the currency's minor unit by the contract's rounding mode.</summary>
    internal static Money Round(Money money, RoundingMode mode) => money.RoundToMinorUnit(Midpoint(mode, money.Amount));

    /// <summary>
    /// Rounds an amount to the given number of decimal places (at least the currency's minor unit) by the contract's
    /// rounding mode, keeping at least the minor unit's scale (0.0042 USD stays 0.0042, 1.5 USD is 1.50).
    /// </summary>
    internal static Money Round(Money money, RoundingMode mode, int decimals)
    {
        var rounded = Math.Round(money.Amount, decimals, Midpoint(mode, money.Amount));
        var scale = (rounded.Scale < money.Currency.MinorUnits) ? money.Currency.MinorUnits : rounded.Scale;
        return new Money(decimal.Round(rounded + new decimal(0, 0, 0, false, (byte)scale), scale), money.Currency);
    }

    /// <summary>Rounds a quantity to a multiple of an increment (greater than zero) in the given direction.</summary>
    internal static decimal RoundQuantity(decimal quantity, decimal increment, RoundingMode mode) =>
        Math.Round(quantity / increment, 0, Midpoint(mode, quantity)) * increment;

    /// <summary>The midpoint rule of a rounding mode for a value of the given sign (up and down are away from and toward zero).</summary>
    private static MidpointRounding Midpoint(RoundingMode mode, decimal value)
    {
        if (mode == RoundingMode.HalfAwayFromZero)
        {
            return MidpointRounding.AwayFromZero;
        }

        if (mode == RoundingMode.Up)
        {
            return value >= 0 ? MidpointRounding.ToPositiveInfinity : MidpointRounding.ToNegativeInfinity;
        }

        return mode == RoundingMode.Down ? MidpointRounding.ToZero : MidpointRounding.ToEven;
    }

    /// <summary>Zero with the currency's minor-unit scale (0.00 EUR, 0 JPY), so that every amount of a result has the same scale.</summary>
    internal static Money Zero(Currency currency) => new(new decimal(0, 0, 0, false, (byte)currency.MinorUnits), currency);

    /// <summary>Rounds a cap toward zero to the currency's minor unit, so that an amount held to the rounded cap never exceeds the cap as written.</summary>
    internal static Money RoundCap(Money cap) => Round(cap, RoundingMode.Down);

    /// <summary>The contract's integrity findings when it has any: a calculator then returns them instead of a number.</summary>
    internal static ValueArray<Diagnostic>? Integrity(AiContract contract)
    {
        var findings = Validation.ContractIntegrity.Evaluate(contract);
        return findings.Count == 0 ? null : ValueArray.From(findings.Take(FindingList.Limit));
    }

    /// <summary>Formats a number with the invariant culture.</summary>
    internal static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a number with the invariant culture.</summary>
    internal static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a date as ISO 8601.</summary>
    internal static string Text(LocalDate value) => value.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// The last day the contract can run: the end date (or the effective date plus the initial term, less a day), extended
    /// by every renewal the contract allows; null when the term is open-ended or not stated.
    /// </summary>
    internal static LocalDate? LastDayOfTerm(AiContract contract)
    {
        var term = contract.Term;
        LocalDate? last = term?.EndDate;
        if (last is null && term?.InitialTerm is { } initial && contract.EffectiveDate is { } effective)
        {
            last = DateMath.TryPlus(effective, initial)?.PlusDays(-1);
        }

        if (last is null)
        {
            return null;
        }

        var renewal = term!.Renewal;
        if (renewal is not null && renewal.Kind != RenewalKind.None && renewal.RenewalPeriod is { } each && !DateMath.IsZero(each))
        {
            // Unlimited renewals, or more than the calendar can hold, leave the term open-ended.
            if (renewal.MaxRenewals is not { } max || max > MaxRenewalsComputed)
            {
                return null;
            }

            var end = last.Value;
            for (var i = 0; i < max; i++)
            {
                if (DateMath.TryPlus(end.PlusDays(1), each) is not { } next)
                {
                    return null;
                }

                end = next.PlusDays(-1);
            }

            return end;
        }

        return last;
    }

    /// <summary>The most renewals the term computation walks; more are taken as an open-ended term.</summary>
    private const int MaxRenewalsComputed = 10_000;

    /// <summary>Describes the term for a message, for example <c>2026-04-01 to 2031-03-31</c>.</summary>
    internal static string DescribeTerm(AiContract contract)
    {
        var first = contract.EffectiveDate is { } e ? Text(e) : "the start";
        var last = LastDayOfTerm(contract) is { } l ? Text(l) : "open-ended";
        return $"{first} to {last}, renewals included";
    }

    /// <summary>Marks a finding as one about an input document rather than the contract.</summary>
    internal static Diagnostic In(this Diagnostic finding, DocumentKind document) => finding with { Document = document };

    /// <summary>Checks a period: it must not end before it starts and must lie within the term. Adds findings; returns whether it is usable.</summary>
    internal static bool CheckPeriod(AiContract contract, ComputationPeriod period, JsonPointer pointer, DocumentKind document, string rule, FindingList findings)
    {
        if (period.LastDay < period.FirstDay)
        {
            findings.Add(DiagnosticCatalogue.InvalidPeriod.Create(pointer, rule, ("value", Text(period.LastDay)), ("first", Text(period.FirstDay))).In(document));
            return false;
        }

        var before = contract.EffectiveDate is { } effective && period.FirstDay < effective;
        var after = LastDayOfTerm(contract) is { } last && period.LastDay > last;
        if (before || after)
        {
            findings.Add(DiagnosticCatalogue.OutsideTerm.Create(pointer, rule, ("what", "The period"), ("value", period.ToString()), ("term", DescribeTerm(contract))).In(document));
            return false;
        }

        return true;
    }
}

using AiContracts.Domain.Computations;
using AiContracts.Domain.Computations.Invoicing;
using AiContracts.Domain.Pricing;
using AiContracts.Domain.Primitives;
using CsCheck;
using NodaTime;
using static AiContracts.Domain.Tests.Computations.Fixtures;

namespace AiContracts.Domain.Tests.Computations;

/// <summary>The invariants of the format 1.1 pricing terms over generated terms and usage.</summary>
public sealed class PricingOneOnePropertyTests
{
    private const int Iterations = 1_000;

    private static readonly Gen<decimal> Price = Gen.Select(Gen.Int[0, 200_000], Gen.Int[0, 6]).Select((m, s) => new decimal(m, 0, 0, false, (byte)s));

    private static readonly Gen<decimal> Amount = Gen.Select(Gen.Int[0, 5_000_000], Gen.Int[0, 2]).Select((m, s) => new decimal(m, 0, 0, false, (byte)s));

    private static readonly Gen<decimal> Count = Gen.Int[0, 5_000_000].Select(i => (decimal)i);

    private static readonly Gen<Percentage> Rate = Gen.Int[0, 10_000].Select(i => Percentage.FromPercent(i / 100m));

    private static readonly Gen<RoundingMode> Rounding = Gen.Int[1, 4].Select(i => RoundingMode.FromValue(i));

    /// <summary>Ascending tier ends with rates, the last open-ended.</summary>
    private static readonly Gen<PriceTier[]> RateTiers = Gen.Select(Gen.Int[1, 5_000_000].Array[0, 3], Rate.Array[4]).Select((ends, rates) =>
    {
        var bounds = ends.Distinct().Order().Select(e => (decimal?)e).Append(null).ToArray();
        return bounds.Select((b, i) => new PriceTier { UpTo = b, Rate = rates[i] }).ToArray();
    });

    private static Invoice Priced(Meter meter, UsageStatement usage, RoundingMode? rounding = null) => InvoiceCalculator.Calculate(WithMeter(meter, rounding), usage);

    private static UsageStatement Events(IEnumerable<decimal> amounts)
    {
        var list = amounts.ToList();
        return new() { Period = March, Meters = [new MeterUsage { MeterId = Id("m"), Quantity = list.Count, Events = ValueArray.From(list.Select(a => new UsageEvent { Amount = Eur(a) })) }] };
    }

    [Fact]
    public void Included_units_PriceLikeTheUsageLessTheAllowance() =>
        Gen.Select(Price, Count, Count, Gen.Bool).Sample((price, included, quantity, graduated) =>
        {
            var meter = graduated
                ? Meter(PricingModel.Graduated) with { Tiers = [Tier(1_000_000, price), Tier(null, price / 2)] }
                : Meter(PricingModel.PerUnit) with { UnitPrice = Eur(price) };

            var free = Priced(meter with { IncludedUnits = included }, Usage(quantity));
            var less = Priced(meter, Usage(Math.Max(0, quantity - included)));

            Assert.Equal(less.Total, free.Total);
        }, iter: Iterations);

    [Fact]
    public void Cumulative_tiers_WithoutPerEventLimits_DoNotDependOnTheOrderOfEvents() =>
        Gen.Select(RateTiers, Amount.Array[0, 12], Gen.Int).Sample((tiers, amounts, seed) =>
        {
            var meter = Meter(PricingModel.PercentageOfAmount) with { Tiers = ValueArray.From(tiers) };
            var shuffled = amounts.OrderBy(a => HashCode.Combine(a, seed)).ToArray();

            var listed = Priced(meter, Events(amounts));
            var reordered = Priced(meter, Events(shuffled));

            Assert.True(listed.IsComplete);
            Assert.Equal(listed.Total, reordered.Total);
        }, iter: Iterations);

    [Fact]
    public void Per_event_limits_HoldTheMetersFeesBetweenTheirBounds() =>
        Gen.Select(Rate, Price, Amount.Array[1, 12], Gen.Select(Price, Price)).Sample((rate, fixedFee, amounts, limits) =>
        {
            var (low, high) = limits.Item1 <= limits.Item2 ? limits : (limits.Item2, limits.Item1);
            var fee = new TransactionFee { Rate = rate, FixedFee = Eur(fixedFee), MinimumPerEvent = Eur(low), MaximumPerEvent = Eur(high) };

            var invoice = Priced(Meter(PricingModel.PercentageOfAmount) with { TransactionFee = fee }, Events(amounts));

            // Each of the (at most three) lines is rounded by at most half a cent.
            var total = invoice.Total!.Amount;
            Assert.InRange(total, (amounts.Length * low) - 0.015m, (amounts.Length * high) + 0.015m);
        }, iter: Iterations);

    [Fact]
    public void Discounts_NeverTakeTheInvoiceBelowZeroAndTheLinesStillAddUp() =>
        Gen.Select(Price, Count, Rate, Amount, Gen.Bool).Sample((price, quantity, percentage, off, onMeter) =>
        {
            var contract = WithMeter(Meter(PricingModel.PerUnit) with { UnitPrice = Eur(price) });
            var meter = onMeter ? Id("m") : (LocalId?)null;
            contract = contract with
            {
                Pricing = contract.Pricing! with { Discounts = [new Discount { Percentage = percentage, MeterId = meter }, new Discount { Amount = Eur(off), MeterId = meter }] },
            };

            var invoice = InvoiceCalculator.Calculate(contract, Usage(quantity));
            var undiscounted = InvoiceCalculator.Calculate(contract with { Pricing = contract.Pricing with { Discounts = [] } }, Usage(quantity));

            Assert.True(invoice.Total!.Amount >= 0, $"{invoice.Total}");
            Assert.True(invoice.Total.Amount <= undiscounted.Total!.Amount);
            Assert.Equal(invoice.Lines.Sum(l => l.Amount.Amount), invoice.Total.Amount);
            Assert.Equal(undiscounted.Total.Amount + invoice.Discounts!.Amount, invoice.Total.Amount);
        }, iter: Iterations);

    [Fact]
    public void Tax_IsTheRateOfTheTaxableAmountRoundedOnce() =>
        Gen.Select(Price, Count, Rate, Rounding, Gen.Bool).Sample((price, quantity, rate, rounding, discountAfter) =>
        {
            var contract = WithMeter(Meter(PricingModel.PerUnit) with { UnitPrice = Eur(price) }, rounding);
            contract = contract with
            {
                Pricing = contract.Pricing! with
                {
                    Discounts = [new Discount { Percentage = Percentage.FromPercent(10) }],
                    Tax = new TaxTerms { Rate = rate, DiscountsApply = discountAfter ? TaxOrder.AfterTax : TaxOrder.BeforeTax },
                },
            };

            var invoice = InvoiceCalculator.Calculate(contract, Usage(quantity));

            var taxable = invoice.Charges!.Amount - (discountAfter ? invoice.Discounts!.Amount : 0m);
            var mode = rounding == RoundingMode.HalfEven ? MidpointRounding.ToEven : rounding == RoundingMode.HalfAwayFromZero ? MidpointRounding.AwayFromZero : rounding == RoundingMode.Up ? MidpointRounding.AwayFromZero : MidpointRounding.ToZero;
            var exact = taxable * rate.Fraction;
            var expected = rounding == RoundingMode.Up ? Math.Ceiling(exact * 100m) / 100m : Math.Round(exact, 2, mode);
            Assert.Equal(expected, invoice.Tax!.Amount);
            Assert.Equal(invoice.Charges.Amount + invoice.Credits!.Amount + invoice.Tax.Amount + invoice.PrepaidDrawdown!.Amount, invoice.Total!.Amount);
        }, iter: Iterations);

    [Fact]
    public void Proration_ChargesTheFeeForTheDaysServedAndNeverMore() =>
        Gen.Select(Gen.Int[1, 12], Gen.Int[2, 28], Fee).Sample((month, day, fee) =>
        {
            var first = new LocalDate(2026, month, day);
            var last = new LocalDate(2026, month, first.Calendar.GetDaysInMonth(2026, month));
            var contract = Contract(new PricingTerms
            {
                Currency = Currency.Eur, BillingPeriod = BillingPeriod.Monthly, Proration = ProrationMethod.ByDays,
                Meters = [new Meter { Id = Id("m"), Name = "Platform", Unit = MeterUnit.Subscription, Model = PricingModel.Flat, FlatFee = Eur(fee) }],
            }) with { EffectiveDate = first };

            var invoice = InvoiceCalculator.Calculate(contract, new UsageStatement { Period = new ComputationPeriod { FirstDay = first, LastDay = last } });

            var days = last.Day - day + 1;
            Assert.Equal(Math.Round(fee * days / last.Day, 2, MidpointRounding.ToEven), invoice.Total!.Amount);
            Assert.True(invoice.Total.Amount <= fee);
            Assert.Empty(invoice.Diagnostics);
        }, iter: Iterations);

    private static readonly Gen<decimal> Fee = Gen.Int[0, 1_000_000].Select(i => i / 100m);
}

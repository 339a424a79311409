using AiContracts.Domain.Computations;
using AiContracts.Domain.Computations.Invoicing;
using AiContracts.Domain.Computations.ServiceCredits;
using AiContracts.Domain.Pricing;
using AiContracts.Domain.Primitives;
using CsCheck;
using static AiContracts.Domain.Tests.Computations.Fixtures;

namespace AiContracts.Domain.Tests.Computations;

/// <summary>The invariants of invoices over generated pricing terms and usage.</summary>
public sealed class InvoicePropertyTests
{
    private const int Iterations = 2_000;

    private static readonly Currency[] Currencies = [Currency.Eur, Currency.FromCode("JPY"), Currency.FromCode("KWD")];

    private static readonly Gen<Currency> CurrencyGen = Gen.Int[0, Currencies.Length - 1].Select(i => Currencies[i]);

    private static readonly Gen<RoundingMode> Rounding = Gen.Int[1, 4].Select(i => RoundingMode.FromValue(i));

    /// <summary>Unit prices with up to 7 decimals, as token prices are written (0.0000025).</summary>
    private static readonly Gen<decimal> UnitPrice = Gen.Select(Gen.Int[0, 200_000], Gen.Int[0, 7]).Select((m, s) => new decimal(m, 0, 0, false, (byte)s));

    private static readonly Gen<decimal> Fee = Gen.Select(Gen.Int[0, 500_000], Gen.Int[0, 3]).Select((m, s) => new decimal(m, 0, 0, false, (byte)s));

    /// <summary>Quantities up to 10^9 with up to 2 decimals (GPU hours may be fractional).</summary>
    private static readonly Gen<decimal> Quantity = Gen.Select(Gen.Long[0, 1_000_000_000], Gen.Int[0, 2]).Select((m, s) => new decimal((int)(m & 0x7FFFFFFF), 0, 0, false, (byte)s));

    [Fact]
    public void Calculate_MoreUsage_NeverLowersTheTotalAbsentCapsAndCredits() =>
        Gen.Select(Contracts(withCaps: false, volume: false), Usages, Usages).Sample((contract, usage, extra) =>
        {
            var more = usage.Zip(extra, (a, b) => a + b).ToArray();
            var low = Invoice(contract, usage);
            var high = Invoice(contract, more);
            Assert.True(low.IsComplete && high.IsComplete);
            Assert.True(high.Total!.Amount >= low.Total!.Amount, $"{high.Total} < {low.Total}");
        }, iter: Iterations);

    [Fact]
    public void Calculate_AnyTerms_LinesSumToTheTotal() =>
        Gen.Select(Contracts(withCaps: true, volume: true), Usages, Credits).Sample((contract, usage, credits) =>
        {
            var invoice = Invoice(contract, usage, credits);
            Assert.Equal(invoice.Lines.Sum(l => l.Amount.Amount), invoice.Total!.Amount);
            Assert.Equal(invoice.Charges!.Amount + invoice.Credits!.Amount + invoice.PrepaidDrawdown!.Amount, invoice.Total.Amount);
        }, iter: Iterations);

    [Fact]
    public void Calculate_SpendCaps_AreNeverExceeded() =>
        Gen.Select(Contracts(withCaps: true, volume: true), Usages).Sample((contract, usage) =>
        {
            var invoice = Invoice(contract, usage);
            if (contract.Pricing!.TotalCap?.Spend is { } total)
            {
                Assert.True(invoice.Total!.Amount <= total.Amount, $"{invoice.Total} exceeds the total cap {total}");
            }

            foreach (var meter in contract.Pricing.Meters.Where(m => m.Cap?.Spend is not null))
            {
                var billed = invoice.Lines.Where(l => l.MeterId == meter.Id).Sum(l => l.Amount.Amount);
                Assert.True(billed <= meter.Cap!.Spend!.Amount, $"meter {meter.Id} billed {billed} above its cap {meter.Cap.Spend}");
            }
        }, iter: Iterations);

    [Fact]
    public void Calculate_Credits_NeverExceedTheirCapNorTheCharges() =>
        Gen.Select(Contracts(withCaps: true, volume: true), Usages, Credits).Sample((contract, usage, credits) =>
        {
            var invoice = Invoice(contract, usage, credits);
            var cap = contract.Pricing!.RefundMechanisms.Single(r => r.Kind == RefundKind.ServiceCredit).Cap!.Value;
            Assert.True(-invoice.Credits!.Amount <= cap.Fraction * invoice.Charges!.Amount, $"credits {invoice.Credits} above {cap.Value} % of {invoice.Charges}");
            Assert.True(invoice.Credits.Amount <= 0);
            Assert.True(invoice.Total!.Amount >= 0);
        }, iter: Iterations);

    [Fact]
    public void Calculate_AnyTerms_EveryAmountIsInTheContractCurrencyAndRounded() =>
        Gen.Select(Contracts(withCaps: true, volume: true), Usages, Credits).Sample((contract, usage, credits) =>
        {
            var invoice = Invoice(contract, usage, credits);
            var currency = contract.Pricing!.Currency;
            var amounts = invoice.Lines.Select(l => l.Amount).Append(invoice.Total!).Append(invoice.Charges!).Append(invoice.Credits!);
            Assert.All(amounts, a =>
            {
                Assert.Equal(currency, a.Currency);
                Assert.Equal(Math.Round(a.Amount, currency.MinorUnits), a.Amount);
            });
            Assert.All(invoice.Lines, l => Assert.Equal(currency.MinorUnits, l.Amount.Amount.Scale));
        }, iter: Iterations);

    private static Gen<decimal[]> Usages => Quantity.Array[3];

    /// <summary>Credit amounts (in minor-unit-free numbers, converted to the contract's currency) for the three objectives.</summary>
    private static Gen<decimal[]> Credits => Fee.Array[3];

    private static Invoice Invoice(AiContract contract, decimal[] usage, decimal[]? credits = null)
    {
        var currency = contract.Pricing!.Currency;
        var statement = new UsageStatement
        {
            Period = March,
            Meters = ValueArray.From(contract.Pricing.Meters.Select((m, i) => new MeterUsage { MeterId = m.Id, Quantity = usage[i] })),
        };
        SlaEvaluation? evaluation = credits is null ? null : new SlaEvaluation
        {
            ContractId = contract.Id,
            Period = ComputationPeriod.Month(2026, 2),
            Objectives = ValueArray.From(credits.Select((c, i) => new ObjectiveEvaluation
            {
                ObjectiveId = Id($"slo-{i}"),
                KpiId = Id("kpi"),
                Evaluated = true,
                Breached = true,
                CreditPercentage = Percentage.FromPercent(10),
                CreditAmount = new Money(Math.Round(c, currency.MinorUnits), currency),
            })),
        };
        return InvoiceCalculator.Calculate(contract, statement, evaluation);
    }

    private static Gen<AiContract> Contracts(bool withCaps, bool volume) =>
        Gen.Select(CurrencyGen, Rounding, Gen.Int[0, 100], Gen.Bool, Gen.Bool).SelectMany((currency, rounding, refundCap, commitment, totalCap) =>
            Gen.Select(Meter(currency, 0, withCaps, volume), Meter(currency, 1, withCaps, volume), Meter(currency, 2, withCaps, volume), Fee, Fee, Fee)
                .Select((m0, m1, m2, minimum, cap, prepaid) => Contract(new PricingTerms
                {
                    Currency = currency,
                    Rounding = rounding,
                    Meters = [m0, m1, m2],
                    MinimumCommitment = commitment ? new MinimumCommitment { Amount = new Money(minimum, currency), TrueUp = true } : null,
                    TotalCap = withCaps && totalCap ? new UsageCap { Spend = new Money(cap, currency) } : null,
                    UpfrontFees = withCaps ? [new UpfrontFee { Description = "Prepaid", Amount = new Money(prepaid, currency), CreditedAgainstUsage = true }] : [],
                    RefundMechanisms = [new RefundMechanism { Kind = RefundKind.ServiceCredit, Cap = Percentage.FromPercent(refundCap) }],
                })));

    private static Gen<Meter> Meter(Currency currency, int index, bool withCaps, bool volume)
    {
        var models = volume ? 5 : 4;
        var tiers = Gen.Select(Gen.Int[1, 200_000].Array[0, 3], UnitPrice.Array[4], Fee.Array[4], Gen.Bool).Select((widths, prices, fees, withFees) =>
        {
            var upTo = 0m;
            var list = new List<PriceTier>();
            for (var t = 0; t <= widths.Length; t++)
            {
                upTo += t < widths.Length ? widths[t] : 0;
                list.Add(new PriceTier
                {
                    UpTo = t < widths.Length ? upTo : null,
                    UnitPrice = new Money(prices[t], currency),
                    FlatFee = withFees ? new Money(fees[t], currency) : null,
                });
            }

            return ValueArray.From(list);
        });
        var caps = withCaps
            ? Gen.Select(Gen.Int[0, 3], Quantity, Fee, UnitPrice).Select((kind, quantity, spend, overage) => kind switch
            {
                0 => null,
                1 => new UsageCap { Quantity = quantity, Behaviour = CapBehaviour.NotBilled },
                2 => new UsageCap { Quantity = quantity, Behaviour = CapBehaviour.OverageRate, OverageUnitPrice = new Money(overage, currency) },
                _ => new UsageCap { Spend = new Money(spend, currency) },
            })
            : Gen.Const((UsageCap?)null);
        return Gen.Select(Gen.Int[0, models - 1], UnitPrice, Fee, Gen.Bool, tiers, Gen.Int[1, 5_000], Gen.Bool, caps)
            .Select((model, price, fee, withFlat, tierList, size, completed, cap) => new Meter
            {
                Id = Id($"m{index}"),
                Name = $"Meter {index}",
                Unit = MeterUnit.Requests,
                Model = new[] { PricingModel.Flat, PricingModel.PerUnit, PricingModel.Graduated, PricingModel.Package, PricingModel.Volume }[model],
                FlatFee = model == 0 || withFlat ? new Money(fee, currency) : null,
                UnitPrice = new Money(price, currency),
                Tiers = tierList,
                Package = new PackagePricing { Size = size, Price = new Money(price * 1000, currency), Rounding = completed ? PackageRounding.CompletedPackages : PackageRounding.StartedPackages },
                Cap = cap,
            });
    }
}

using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Internal;
using AiContracts.Domain.Pricing;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Computations.Invoicing;

/// <summary>Prices one meter's usage into invoice lines; reports incomplete terms instead of pricing them wrongly.</summary>
internal sealed class MeterPricer(Currency currency, RoundingMode rounding, FindingList findings, Proration? proration = null)
{
    private const string Rule = "invoicing";

    /// <summary>The events of the meter being priced, for percentage pricing; empty otherwise.</summary>
    private IReadOnlyList<UsageEvent> events = [];

    /// <summary>The lines of one meter; empty when the meter cannot be priced (a finding says why).</summary>
    internal IReadOnlyList<InvoiceLine> Price(Meter meter, JsonPointer pointer, decimal quantity, IReadOnlyList<UsageEvent>? meterEvents = null)
    {
        events = meterEvents ?? [];
        if (!CheckAmounts(meter, pointer))
        {
            return [];
        }

        var lines = new List<InvoiceLine>();
        try
        {
            if (!PriceInto(meter, pointer, quantity, lines))
            {
                return [];
            }
        }
        catch (OverflowException)
        {
            findings.Add(DiagnosticCatalogue.AmountTooLarge.Create(pointer, Rule, ("what", $"The charge for meter '{meter.Id}' ({ComputationSupport.Text(quantity)} units)")));
            return [];
        }

        return lines;
    }

    private bool PriceInto(Meter meter, JsonPointer pointer, decimal quantity, List<InvoiceLine> lines)
    {
        var cap = meter.Cap;
        var billable = quantity;
        var excess = 0m;
        if (cap?.Quantity is { } capQuantity && quantity > capQuantity)
        {
            billable = Math.Max(capQuantity, 0m);
            excess = quantity - billable;
        }

        if (meter.FlatFee is { } flat)
        {
            lines.Add(proration is { } p
                ? Line(InvoiceLineKind.FlatFee, meter, $"{meter.Name}: flat fee per period of {flat}, {p.Describe()}", Round(p.Of(flat)))
                : Line(InvoiceLineKind.FlatFee, meter, $"{meter.Name}: flat fee per period", Round(flat)));
        }

        if (meter.IncludedUnits is { } included && included > 0 && meter.Model != PricingModel.PercentageOfAmount)
        {
            // Integrity (AIC0211) keeps included units off Flat and Subscription meters; the allowance comes off the capped quantity.
            var free = Math.Min(included, billable);
            billable -= free;
            lines.Add(Line(InvoiceLineKind.UnbilledUsage, meter, $"{meter.Name}: {ComputationSupport.Text(free)} of {ComputationSupport.Text(included)} included units, not billed", ComputationSupport.Zero(currency)) with
            {
                Quantity = free,
            });
        }

        var model = meter.Model;
        bool priced;
        if (model == PricingModel.Flat)
        {
            priced = meter.FlatFee is not null || Incomplete(pointer / "flatFee", $"Meter '{meter.Id}' is priced Flat but has no flatFee; it is not billed.");
        }
        else if (model == PricingModel.PerUnit)
        {
            priced = PerUnit(meter, pointer, billable, lines);
        }
        else if (model == PricingModel.Graduated)
        {
            priced = Graduated(meter, pointer, billable, lines);
        }
        else if (model == PricingModel.Volume)
        {
            priced = Volume(meter, pointer, billable, lines);
        }
        else if (model == PricingModel.PercentageOfAmount)
        {
            priced = PercentageOfAmount(meter, pointer, lines);
        }
        else
        {
            priced = Package(meter, pointer, billable, lines);
        }

        if (!priced)
        {
            return false;
        }

        if (excess > 0 && !Excess(meter, pointer, quantity, quantity - excess, excess, lines))
        {
            return false;
        }

        if (meter.MinimumCharge is { } minimumCharge)
        {
            var minimum = Round(proration is { } p ? p.Of(minimumCharge) : minimumCharge);
            var shortfall = minimum - InvoiceCalculator.Sum(lines, currency);
            if (shortfall.Amount > 0)
            {
                var how = proration is { } q ? $" ({minimumCharge}, {q.Describe()})" : string.Empty;
                lines.Add(Line(InvoiceLineKind.MinimumChargeTrueUp, meter, $"{meter.Name}: minimum charge of {minimum}{how}: shortfall", shortfall));
            }
        }

        if (cap?.Spend is { } spend)
        {
            var capped = ComputationSupport.RoundCap(spend);
            var total = InvoiceCalculator.Sum(lines, currency);
            if (total > capped)
            {
                lines.Add(Line(InvoiceLineKind.SpendCapAdjustment, meter, $"{meter.Name}: spend cap of {capped}", capped - total));
            }
        }

        return true;
    }

    private bool PerUnit(Meter meter, JsonPointer pointer, decimal quantity, List<InvoiceLine> lines)
    {
        if (meter.UnitPrice is not { } price)
        {
            return Incomplete(pointer / "unitPrice", $"Meter '{meter.Id}' is priced PerUnit but has no unitPrice; it is not billed.");
        }

        lines.Add(Line(InvoiceLineKind.Usage, meter, $"{meter.Name}: {ComputationSupport.Text(quantity)} x {price}", Round(price * quantity)) with
        {
            Quantity = quantity, UnitPrice = price,
        });
        return true;
    }

    private bool Graduated(Meter meter, JsonPointer pointer, decimal quantity, List<InvoiceLine> lines)
    {
        if (!CheckTiers(meter, pointer, quantity))
        {
            return false;
        }

        var lower = 0m;
        for (var t = 0; t < meter.Tiers.Count; t++)
        {
            var tier = meter.Tiers[t];
            var reached = t == 0 || quantity > lower;
            if (!reached)
            {
                break;
            }

            var upper = tier.UpTo ?? decimal.MaxValue;
            var units = Math.Min(quantity, upper) - lower;
            var price = tier.UnitPrice ?? ComputationSupport.Zero(currency);
            lines.Add(Line(InvoiceLineKind.Usage, meter, $"{meter.Name}, tier {t + 1}: {ComputationSupport.Text(units)} x {price}", Round(price * units)) with
            {
                Tier = t + 1, Quantity = units, UnitPrice = price,
            });
            if (tier.FlatFee is { } flat)
            {
                lines.Add(Line(InvoiceLineKind.TierFlatFee, meter, $"{meter.Name}, tier {t + 1}: flat fee", Round(flat)) with { Tier = t + 1 });
            }

            LimitTier(meter, t, lines);
            lower = upper;
        }

        return true;
    }

    /// <summary>Holds a reached tier's charge (its usage and flat fee lines) between its minimum and maximum charge.</summary>
    private void LimitTier(Meter meter, int t, List<InvoiceLine> lines)
    {
        var tier = meter.Tiers[t];
        if (tier.MinimumCharge is null && tier.MaximumCharge is null)
        {
            return;
        }

        var charged = InvoiceCalculator.Sum(lines.Where(l => l.MeterId == meter.Id && l.Tier == t + 1), currency);
        if (tier.MinimumCharge is { } min && charged < Round(min))
        {
            lines.Add(Line(InvoiceLineKind.TierChargeAdjustment, meter, $"{meter.Name}, tier {t + 1}: minimum charge of {Round(min)}", Round(min) - charged) with { Tier = t + 1 });
        }
        else if (tier.MaximumCharge is { } max && charged > Round(max))
        {
            lines.Add(Line(InvoiceLineKind.TierChargeAdjustment, meter, $"{meter.Name}, tier {t + 1}: maximum charge of {Round(max)}", Round(max) - charged) with { Tier = t + 1 });
        }
    }

    private bool Volume(Meter meter, JsonPointer pointer, decimal quantity, List<InvoiceLine> lines)
    {
        if (!CheckTiers(meter, pointer, quantity))
        {
            return false;
        }

        var t = 0;
        while (meter.Tiers[t].UpTo is { } upTo && quantity > upTo)
        {
            t++;
        }

        var tier = meter.Tiers[t];
        var price = tier.UnitPrice ?? ComputationSupport.Zero(currency);
        lines.Add(Line(InvoiceLineKind.Usage, meter, $"{meter.Name}, tier {t + 1} (all units): {ComputationSupport.Text(quantity)} x {price}", Round(price * quantity)) with
        {
            Tier = t + 1, Quantity = quantity, UnitPrice = price,
        });
        if (tier.FlatFee is { } flat)
        {
            lines.Add(Line(InvoiceLineKind.TierFlatFee, meter, $"{meter.Name}, tier {t + 1}: flat fee", Round(flat)) with { Tier = t + 1 });
        }

        LimitTier(meter, t, lines);
        return true;
    }

    /// <summary>
    /// A percentage of each event's declared amount plus a fixed fee per event, each event's fee held between its minimum
    /// and maximum. With tiers, the rate falls as the period's cumulative amount grows: an event's amount is split across
    /// the tiers its cumulative range crosses, in the order the events are listed.
    /// </summary>
    private bool PercentageOfAmount(Meter meter, JsonPointer pointer, List<InvoiceLine> lines)
    {
        var fee = meter.TransactionFee;
        var tiered = !meter.Tiers.IsEmpty;
        if (fee is null && !tiered)
        {
            return Incomplete(pointer / "transactionFee", $"Meter '{meter.Id}' is priced PercentageOfAmount but has neither a transactionFee nor tiers with rates; it is not billed.");
        }

        var total = events.Aggregate(0m, (sum, e) => sum + e.Amount.Amount);
        if (tiered && !CheckTiers(meter, pointer, total))
        {
            return false;
        }

        var tierCount = tiered ? meter.Tiers.Count : 1;
        var tierAmounts = new decimal[tierCount];
        var fixedFee = fee?.FixedFee?.Amount ?? 0m;
        var adjustment = 0m;
        var raised = 0;
        var lowered = 0;
        var cumulative = 0m;
        foreach (var e in events)
        {
            var amount = e.Amount.Amount;
            var percentagePart = 0m;
            if (tiered)
            {
                var lower = 0m;
                for (var t = 0; t < tierCount; t++)
                {
                    var upper = meter.Tiers[t].UpTo ?? decimal.MaxValue;
                    var portion = Math.Max(0m, Math.Min(cumulative + amount, upper) - Math.Max(cumulative, lower));
                    tierAmounts[t] += portion;
                    percentagePart += portion * (meter.Tiers[t].Rate?.Fraction ?? 0m);
                    lower = upper;
                }
            }
            else
            {
                tierAmounts[0] += amount;
                percentagePart = amount * (fee!.Rate?.Fraction ?? 0m);
            }

            cumulative += amount;
            var eventFee = percentagePart + fixedFee;
            if (fee?.MinimumPerEvent is { } min && eventFee < min.Amount)
            {
                adjustment += min.Amount - eventFee;
                raised++;
            }
            else if (fee?.MaximumPerEvent is { } max && eventFee > max.Amount)
            {
                adjustment += max.Amount - eventFee;
                lowered++;
            }
        }

        var count = ComputationSupport.Text(events.Count);
        if (tiered)
        {
            for (var t = 0; t < tierCount; t++)
            {
                if (t > 0 && tierAmounts[t] == 0)
                {
                    break; // a tier is reached when the cumulative amount goes beyond the previous tier's end
                }

                var tier = meter.Tiers[t];
                var rate = tier.Rate ?? Percentage.Zero;
                lines.Add(Line(InvoiceLineKind.Usage, meter, $"{meter.Name}, tier {t + 1}: {rate} of {Amount(tierAmounts[t])}", Round(Amount(tierAmounts[t]) * rate.Fraction)) with
                {
                    Tier = t + 1, Quantity = tierAmounts[t], UnitPrice = new Money(rate.Fraction, currency),
                });
                if (tier.FlatFee is { } flat)
                {
                    lines.Add(Line(InvoiceLineKind.TierFlatFee, meter, $"{meter.Name}, tier {t + 1}: flat fee", Round(flat)) with { Tier = t + 1 });
                }

                LimitTier(meter, t, lines);
            }
        }
        else
        {
            var rate = fee!.Rate ?? Percentage.Zero;
            lines.Add(Line(InvoiceLineKind.Usage, meter, $"{meter.Name}: {rate} of {Amount(total)} declared in {count} events", Round(Amount(total) * rate.Fraction)) with
            {
                Quantity = total, UnitPrice = new Money(rate.Fraction, currency),
            });
        }

        if (fee?.FixedFee is { } perEvent)
        {
            lines.Add(Line(InvoiceLineKind.EventFees, meter, $"{meter.Name}: {count} events x {perEvent}", Round(perEvent * events.Count)) with
            {
                Quantity = events.Count, UnitPrice = perEvent,
            });
        }

        if (raised + lowered > 0)
        {
            var parts = new List<string>();
            if (raised > 0)
            {
                parts.Add($"{ComputationSupport.Text(raised)} raised to the minimum of {fee!.MinimumPerEvent}");
            }

            if (lowered > 0)
            {
                parts.Add($"{ComputationSupport.Text(lowered)} lowered to the maximum of {fee!.MaximumPerEvent}");
            }

            lines.Add(Line(InvoiceLineKind.EventFeeAdjustment, meter, $"{meter.Name}: fees per event held within their limits ({string.Join(", ", parts)})", Round(Amount(adjustment))));
        }

        return true;
    }

    private Money Amount(decimal amount) => new(amount, currency);

    private bool Package(Meter meter, JsonPointer pointer, decimal quantity, List<InvoiceLine> lines)
    {
        if (meter.Package is not { } package)
        {
            return Incomplete(pointer / "package", $"Meter '{meter.Id}' is priced Package but has no package terms; it is not billed.");
        }

        if (package.Size <= 0)
        {
            return Incomplete(pointer / "package" / "size", $"Meter '{meter.Id}' has a package size of {ComputationSupport.Text(package.Size)}; a package holds more than zero units. It is not billed.");
        }

        var completed = package.Rounding == PackageRounding.CompletedPackages;
        var packages = completed ? Math.Floor(quantity / package.Size) : Math.Ceiling(quantity / package.Size);
        var how = completed ? "completed" : "started";
        var floor = string.Empty;
        if (package.MinimumPackages is { } minimumPackages && packages < minimumPackages)
        {
            floor = $", raised to the minimum of {ComputationSupport.Text(minimumPackages)}";
            packages = minimumPackages;
        }

        lines.Add(Line(InvoiceLineKind.Usage, meter, $"{meter.Name}: {ComputationSupport.Text(quantity)} units = {ComputationSupport.Text(packages)} {how} packages of {ComputationSupport.Text(package.Size)}{floor} x {package.Price}", Round(package.Price * packages)) with
        {
            Quantity = packages, UnitPrice = package.Price,
        });
        return true;
    }

    private bool Excess(Meter meter, JsonPointer pointer, decimal quantity, decimal cap, decimal excess, List<InvoiceLine> lines)
    {
        var behaviour = meter.Cap!.Behaviour ?? CapBehaviour.NotBilled;
        if (behaviour == CapBehaviour.OverageRate)
        {
            if (meter.Cap.OverageUnitPrice is not { } overage)
            {
                return Incomplete(pointer / "cap" / "overageUnitPrice", $"Meter '{meter.Id}' bills usage beyond its cap at an overage rate but states no overageUnitPrice; it is not billed.");
            }

            lines.Add(Line(InvoiceLineKind.Overage, meter, $"{meter.Name}: {ComputationSupport.Text(excess)} units beyond the cap of {ComputationSupport.Text(cap)} x {overage}", Round(overage * excess)) with
            {
                Quantity = excess, UnitPrice = overage,
            });
            return true;
        }

        if (behaviour == CapBehaviour.Throttled)
        {
            findings.Add(DiagnosticCatalogue.UsageBeyondHardLimit.Create(pointer / "cap" / "quantity", Rule,
                ("meter", meter.Id.ToString()), ("value", ComputationSupport.Text(quantity)), ("cap", ComputationSupport.Text(cap))));
        }

        lines.Add(Line(InvoiceLineKind.UnbilledUsage, meter, $"{meter.Name}: {ComputationSupport.Text(excess)} units beyond the cap of {ComputationSupport.Text(cap)}, not billed", ComputationSupport.Zero(currency)) with
        {
            Quantity = excess,
        });
        return true;
    }

    /// <summary>The meter has tiers and they cover the quantity (their order is an integrity check, done before any computation).</summary>
    private bool CheckTiers(Meter meter, JsonPointer pointer, decimal quantity)
    {
        var tiers = meter.Tiers;
        if (tiers.IsEmpty)
        {
            return Incomplete(pointer / "tiers", $"Meter '{meter.Id}' is priced {meter.Model.Name} but has no tiers; it is not billed.");
        }

        if (tiers[^1].UpTo is { } last && quantity > last)
        {
            return Incomplete(pointer / "tiers" / (tiers.Count - 1) / "upTo", $"Meter '{meter.Id}' reports {ComputationSupport.Text(quantity)} units but its last tier ends at {ComputationSupport.Text(last)}; the units beyond have no price. It is not billed.");
        }

        return true;
    }

    private bool CheckAmounts(Meter meter, JsonPointer pointer)
    {
        var ok = true;
        void Check(Money? money, JsonPointer at, string what)
        {
            // The currency is an integrity check (AIC4004), done before any computation.
            if (money is { Amount: < 0 })
            {
                ok = Incomplete(at, $"The {what} of meter '{meter.Id}' is {money}; prices, fees and caps are zero or more (credits are computed, not priced). It is not billed.");
            }
        }

        Check(meter.FlatFee, pointer / "flatFee", "flat fee");
        Check(meter.UnitPrice, pointer / "unitPrice", "unit price");
        Check(meter.Package?.Price, pointer / "package" / "price", "package price");
        Check(meter.Cap?.Spend, pointer / "cap" / "spend", "spend cap");
        Check(meter.Cap?.OverageUnitPrice, pointer / "cap" / "overageUnitPrice", "overage unit price");
        Check(meter.MinimumCharge, pointer / "minimumCharge", "minimum charge");
        Check(meter.TransactionFee?.FixedFee, pointer / "transactionFee" / "fixedFee", "fixed fee per event");
        Check(meter.TransactionFee?.MinimumPerEvent, pointer / "transactionFee" / "minimumPerEvent", "minimum fee per event");
        Check(meter.TransactionFee?.MaximumPerEvent, pointer / "transactionFee" / "maximumPerEvent", "maximum fee per event");
        for (var t = 0; t < meter.Tiers.Count; t++)
        {
            Check(meter.Tiers[t].UnitPrice, pointer / "tiers" / t / "unitPrice", $"tier {t + 1} unit price");
            Check(meter.Tiers[t].FlatFee, pointer / "tiers" / t / "flatFee", $"tier {t + 1} flat fee");
            Check(meter.Tiers[t].MinimumCharge, pointer / "tiers" / t / "minimumCharge", $"tier {t + 1} minimum charge");
            Check(meter.Tiers[t].MaximumCharge, pointer / "tiers" / t / "maximumCharge", $"tier {t + 1} maximum charge");
        }

        return ok;
    }

    private bool Incomplete(JsonPointer pointer, string detail)
    {
        findings.Add(DiagnosticCatalogue.IncompletePricing.Create(pointer, Rule, ("detail", detail)));
        return false;
    }

    private Money Round(Money money) => ComputationSupport.Round(money, rounding);

    private static InvoiceLine Line(InvoiceLineKind kind, Meter meter, string description, Money amount) =>
        new() { Kind = kind, MeterId = meter.Id, Description = description, Amount = amount };
}

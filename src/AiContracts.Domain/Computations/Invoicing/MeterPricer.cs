using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Internal;
using AiContracts.Domain.Pricing;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Computations.Invoicing;

/// <summary>Prices one meter's usage into invoice lines; reports incomplete terms instead of pricing them wrongly.</summary>
internal sealed class MeterPricer(Currency currency, RoundingMode rounding, FindingList findings)
{
    private const string Rule = "invoicing";

    /// <summary>The lines of one meter; empty when the meter cannot be priced (a finding says why).</summary>
    internal IReadOnlyList<InvoiceLine> Price(Meter meter, string pointer, decimal quantity)
    {
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

    private bool PriceInto(Meter meter, string pointer, decimal quantity, List<InvoiceLine> lines)
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
            lines.Add(Line(InvoiceLineKind.FlatFee, meter, $"{meter.Name}: flat fee per period", Round(flat)));
        }

        var model = meter.Model;
        bool priced;
        if (model == PricingModel.Flat)
        {
            priced = meter.FlatFee is not null || Incomplete(pointer + "/flatFee", $"Meter '{meter.Id}' is priced Flat but has no flatFee; it is not billed.");
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
        else
        {
            priced = Package(meter, pointer, billable, lines);
        }

        if (!priced)
        {
            return false;
        }

        if (excess > 0 && !Excess(meter, pointer, quantity, billable, excess, lines))
        {
            return false;
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

    private bool PerUnit(Meter meter, string pointer, decimal quantity, List<InvoiceLine> lines)
    {
        if (meter.UnitPrice is not { } price)
        {
            return Incomplete(pointer + "/unitPrice", $"Meter '{meter.Id}' is priced PerUnit but has no unitPrice; it is not billed.");
        }

        lines.Add(Line(InvoiceLineKind.Usage, meter, $"{meter.Name}: {ComputationSupport.Text(quantity)} x {price}", Round(price * quantity)) with
        {
            Quantity = quantity, UnitPrice = price,
        });
        return true;
    }

    private bool Graduated(Meter meter, string pointer, decimal quantity, List<InvoiceLine> lines)
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

            lower = upper;
        }

        return true;
    }

    private bool Volume(Meter meter, string pointer, decimal quantity, List<InvoiceLine> lines)
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

        return true;
    }

    private bool Package(Meter meter, string pointer, decimal quantity, List<InvoiceLine> lines)
    {
        if (meter.Package is not { } package)
        {
            return Incomplete(pointer + "/package", $"Meter '{meter.Id}' is priced Package but has no package terms; it is not billed.");
        }

        if (package.Size <= 0)
        {
            return Incomplete(pointer + "/package/size", $"Meter '{meter.Id}' has a package size of {ComputationSupport.Text(package.Size)}; a package holds more than zero units. It is not billed.");
        }

        var completed = package.Rounding == PackageRounding.CompletedPackages;
        var packages = completed ? Math.Floor(quantity / package.Size) : Math.Ceiling(quantity / package.Size);
        var how = completed ? "completed" : "started";
        lines.Add(Line(InvoiceLineKind.Usage, meter, $"{meter.Name}: {ComputationSupport.Text(quantity)} units = {ComputationSupport.Text(packages)} {how} packages of {ComputationSupport.Text(package.Size)} x {package.Price}", Round(package.Price * packages)) with
        {
            Quantity = packages, UnitPrice = package.Price,
        });
        return true;
    }

    private bool Excess(Meter meter, string pointer, decimal quantity, decimal cap, decimal excess, List<InvoiceLine> lines)
    {
        var behaviour = meter.Cap!.Behaviour ?? CapBehaviour.NotBilled;
        if (behaviour == CapBehaviour.OverageRate)
        {
            if (meter.Cap.OverageUnitPrice is not { } overage)
            {
                return Incomplete(pointer + "/cap/overageUnitPrice", $"Meter '{meter.Id}' bills usage beyond its cap at an overage rate but states no overageUnitPrice; it is not billed.");
            }

            lines.Add(Line(InvoiceLineKind.Overage, meter, $"{meter.Name}: {ComputationSupport.Text(excess)} units beyond the cap of {ComputationSupport.Text(cap)} x {overage}", Round(overage * excess)) with
            {
                Quantity = excess, UnitPrice = overage,
            });
            return true;
        }

        if (behaviour == CapBehaviour.Throttled)
        {
            findings.Add(DiagnosticCatalogue.UsageBeyondHardLimit.Create(pointer + "/cap/quantity", Rule,
                ("meter", meter.Id.ToString()), ("value", ComputationSupport.Text(quantity)), ("cap", ComputationSupport.Text(cap))));
        }

        lines.Add(Line(InvoiceLineKind.UnbilledUsage, meter, $"{meter.Name}: {ComputationSupport.Text(excess)} units beyond the cap of {ComputationSupport.Text(cap)}, not billed", ComputationSupport.Zero(currency)) with
        {
            Quantity = excess,
        });
        return true;
    }

    /// <summary>The meter has tiers and they cover the quantity (their order is an integrity check, done before any computation).</summary>
    private bool CheckTiers(Meter meter, string pointer, decimal quantity)
    {
        var tiers = meter.Tiers;
        if (tiers.IsEmpty)
        {
            return Incomplete(pointer + "/tiers", $"Meter '{meter.Id}' is priced {meter.Model.Name} but has no tiers; it is not billed.");
        }

        if (tiers[^1].UpTo is { } last && quantity > last)
        {
            return Incomplete($"{pointer}/tiers/{tiers.Count - 1}/upTo", $"Meter '{meter.Id}' reports {ComputationSupport.Text(quantity)} units but its last tier ends at {ComputationSupport.Text(last)}; the units beyond have no price. It is not billed.");
        }

        return true;
    }

    private bool CheckAmounts(Meter meter, string pointer)
    {
        var ok = true;
        void Check(Money? money, string path, string what)
        {
            // The currency is an integrity check (AIC4004), done before any computation.
            if (money is { Amount: < 0 })
            {
                ok = Incomplete(pointer + path, $"The {what} of meter '{meter.Id}' is {money}; prices, fees and caps are zero or more (credits are computed, not priced). It is not billed.");
            }
        }

        Check(meter.FlatFee, "/flatFee", "flat fee");
        Check(meter.UnitPrice, "/unitPrice", "unit price");
        Check(meter.Package?.Price, "/package/price", "package price");
        Check(meter.Cap?.Spend, "/cap/spend", "spend cap");
        Check(meter.Cap?.OverageUnitPrice, "/cap/overageUnitPrice", "overage unit price");
        for (var t = 0; t < meter.Tiers.Count; t++)
        {
            Check(meter.Tiers[t].UnitPrice, $"/tiers/{t}/unitPrice", $"tier {t + 1} unit price");
            Check(meter.Tiers[t].FlatFee, $"/tiers/{t}/flatFee", $"tier {t + 1} flat fee");
        }

        return ok;
    }

    private bool Incomplete(string pointer, string detail)
    {
        findings.Add(DiagnosticCatalogue.IncompletePricing.Create(pointer, Rule, ("detail", detail)));
        return false;
    }

    private Money Round(Money money) => ComputationSupport.Round(money, rounding);

    private static InvoiceLine Line(InvoiceLineKind kind, Meter meter, string description, Money amount) =>
        new() { Kind = kind, MeterId = meter.Id, Description = description, Amount = amount };
}

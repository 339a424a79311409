using AiContracts.Domain.Computations;
using AiContracts.Domain.Computations.Invoicing;
using AiContracts.Domain.Pricing;
using AiContracts.Domain.Primitives;
using NodaTime;

namespace AiContracts.Domain.Tests.Computations;

/// <summary>Small contracts and inputs for the computation tests, every number chosen to be checked by hand.</summary>
internal static class Fixtures
{
    internal static readonly ComputationPeriod March = ComputationPeriod.Month(2026, 3);

    internal static Money Eur(decimal amount) => new(amount, Currency.Eur);

    internal static LocalId Id(string id) => LocalId.From(id);

    /// <summary>A contract effective 2026-01-01 for two years, in Europe/Berlin, with the given pricing terms.</summary>
    internal static AiContract Contract(PricingTerms? pricing = null) => new()
    {
        Id = ContractId.From("C-1"),
        Title = "Test",
        Status = ContractStatus.Active,
        EffectiveDate = new LocalDate(2026, 1, 1),
        Term = new ContractTerm { InitialTerm = Period.FromYears(2) },
        TimeZone = DateTimeZoneProviders.Tzdb["Europe/Berlin"],
        Pricing = pricing,
    };

    /// <summary>A contract with one meter <c>m</c> in EUR and no other pricing terms.</summary>
    internal static AiContract WithMeter(Meter meter, RoundingMode? rounding = null) =>
        Contract(new PricingTerms { Currency = Currency.Eur, Meters = [meter], Rounding = rounding });

    internal static Meter Meter(PricingModel model) => new() { Id = Id("m"), Name = "M", Unit = MeterUnit.Requests, Model = model };

    internal static PriceTier Tier(decimal? upTo, decimal unitPrice, decimal? flatFee = null) =>
        new() { UpTo = upTo, UnitPrice = Eur(unitPrice), FlatFee = flatFee is { } f ? Eur(f) : null };

    internal static UsageStatement Usage(decimal quantity, string meter = "m") =>
        new() { Period = March, Meters = [new MeterUsage { MeterId = Id(meter), Quantity = quantity }] };

    internal static Invoice Price(Meter meter, decimal quantity, RoundingMode? rounding = null) =>
        InvoiceCalculator.Calculate(WithMeter(meter, rounding), Usage(quantity));
}

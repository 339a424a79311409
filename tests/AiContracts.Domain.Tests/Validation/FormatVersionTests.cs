using System.Text.RegularExpressions;
using System.Xml.Linq;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.Pricing;
using AiContracts.Domain.ServiceLevels;
using AiContracts.Domain.Validation;
using AiContracts.TestUtilities;
using CsCheck;
using NodaTime;
using static AiContracts.Domain.Tests.Computations.SlaFixtures;

namespace AiContracts.Domain.Tests.Validation;

/// <summary>
/// The members introduced after format 1.0: the list in <c>FormatVersions</c> and the summaries ("Introduced in format
/// 1.N.") say the same, and a contract that declares an older version but uses one gets a warning (AIC0209).
/// </summary>
public sealed partial class FormatVersionTests
{
    /// <summary>A rate card with one counter of tokens at 1 EUR per 1,000,000.</summary>
    private static readonly RateCard Card = new()
    {
        Id = LocalId.From("card"),
        Name = "Card",
        Counters = [new UsageCounter { Id = LocalId.From("tokens"), Name = "Tokens" }],
        Prices = [new CounterPrice { Counter = LocalId.From("tokens"), Price = Money.Of(1m, "EUR"), Per = 1_000_000m }],
    };

    private static readonly ValidatorCase[] Cases =
    [
        new("/serviceLevels/kpis/0/availabilityDefinition/minimumDowntimeRun", c => WithDefinition(c, d => d with { MinimumDowntimeRun = Duration.FromMinutes(5) })),
        new("/serviceLevels/kpis/0/availabilityDefinition/partialMinutes", c => WithDefinition(c, d => d with { PartialMinutes = PartialMinuteRule.Exact })),
        new("/serviceLevels/kpis/0/availabilityDefinition/minimumRequests", c => WithDefinition(c, d => d with { MinimumRequests = 100, DowntimeErrorRate = Percentage.FromPercent(5) })),
        new("/serviceLevels/kpis/0/availabilityDefinition/repeatedErrorWindow", c => WithDefinition(c, d => d with { RepeatedErrorWindow = Duration.FromSeconds(1), DowntimeErrorRate = Percentage.FromPercent(5) })),
        new("/serviceLevels/objectives/0/minimumCredit", c => c with { ServiceLevels = c.ServiceLevels! with { Objectives = [AvailabilityObjective with { MinimumCredit = Money.Of(1.01m, "EUR") }] } }),
        new("/serviceLevels/objectives/0/maximumCreditPerClaim", c => c with { ServiceLevels = c.ServiceLevels! with { Objectives = [AvailabilityObjective with { MaximumCreditPerClaim = Money.Of(500m, "EUR") }] } }),
        new("/serviceLevels/highestCreditOnly", c => c with { ServiceLevels = c.ServiceLevels! with { HighestCreditOnly = true } }),
        new("/pricing/discounts", c => WithPricing(c, p => p with { Discounts = [new Discount { Percentage = Percentage.FromPercent(10) }] })),
        new("/pricing/tax", c => WithPricing(c, p => p with { Tax = new TaxTerms { Rate = Percentage.FromPercent(19) } })),
        new("/pricing/proration", c => WithPricing(c, p => p with { Proration = ProrationMethod.ByDays })),
        new("/pricing/meters/0/includedUnits", c => WithMeter(c, m => m with { IncludedUnits = 1000 })),
        new("/pricing/meters/0/minimumCharge", c => WithMeter(c, m => m with { MinimumCharge = Money.Of(50m, "EUR") })),
        new("/pricing/meters/0/transactionFee", c => WithMeter(c, m => m with { Unit = MeterUnit.Transactions, Model = PricingModel.PercentageOfAmount, UnitPrice = null, TransactionFee = new TransactionFee { Rate = Percentage.FromPercent(1) } })),
        new("/pricing/meters/0/package/minimumPackages", c => WithMeter(c, m => m with { Model = PricingModel.Package, UnitPrice = null, Package = new PackagePricing { Size = 1000, Price = Money.Of(1m, "EUR"), MinimumPackages = 5 } })),
        new("/pricing/meters/0/tiers/0/rate", c => WithMeter(c, m => m with { Unit = MeterUnit.Transactions, Model = PricingModel.PercentageOfAmount, UnitPrice = null, Tiers = [new PriceTier { Rate = Percentage.FromPercent(1) }] })),
        new("/pricing/meters/0/tiers/0/minimumCharge", c => WithMeter(c, m => m with { Model = PricingModel.Graduated, UnitPrice = null, Tiers = [new PriceTier { UnitPrice = Money.Of(0.01m, "EUR"), MinimumCharge = Money.Of(5m, "EUR") }] })),
        new("/pricing/rateCards", c => WithPricing(c, p => p with { RateCards = [Card] })),
        new("/pricing/allowances", c => WithPricing(c, p => p with
        {
            RateCards = [Card],
            Allowances = [new Allowance { Id = LocalId.From("free"), Name = "Free", Quantity = 100, Resets = AllowanceReset.Daily, Counters = [new CounterReference { RateCard = LocalId.From("card"), Counter = LocalId.From("tokens") }] }],
        })),
        new("/pricing/reservations", c => WithPricing(c, p => p with
        {
            Reservations = [new CapacityReservation { Id = LocalId.From("ptu"), Name = "PTU", Rates = [new ReservationRate { Term = CommitmentTerm.Hourly, Price = Money.Of(1m, "EUR") }] }],
        })),
        new("/pricing/lineAmountDecimals", c => WithPricing(c, p => p with { LineAmountDecimals = 6 })),
        new("/pricing/meters/0/tiers/0/maximumCharge", c => WithMeter(c, m => m with { Model = PricingModel.Graduated, UnitPrice = null, Tiers = [new PriceTier { UnitPrice = Money.Of(0.01m, "EUR"), MaximumCharge = Money.Of(500m, "EUR") }] })),
    ];


    /// <summary>The contract with EUR pricing (one per-unit meter of requests at 0.01 EUR), changed.</summary>
    private static AiContract WithPricing(AiContract contract, Func<PricingTerms, PricingTerms> change) =>
        contract with
        {
            Pricing = change(new PricingTerms
            {
                Currency = Currency.Eur,
                Meters = [new Meter { Id = LocalId.From("m"), Name = "Requests", Unit = MeterUnit.Requests, Model = PricingModel.PerUnit, UnitPrice = Money.Of(0.01m, "EUR") }],
            }),
        };

    private static AiContract WithMeter(AiContract contract, Func<Meter, Meter> change) =>
        WithPricing(contract, p => p with { Meters = [change(p.Meters[0])] });

    private static readonly AiContract OneZero = Contract(Availability(new AvailabilityDefinition { Method = AvailabilityMethod.UptimeMinutes }), AvailabilityObjective)
        with { SchemaVersion = SchemaVersion.Of(1, 0) };

    public static TheoryData<string> Pointers() => [.. Cases.Select(c => c.Pointer)];

    [Fact]
    public void The_list_of_introduced_members_is_exactly_the_members_whose_summary_names_a_later_version()
    {
        var docs = XDocument.Load(Path.Combine(AppContext.BaseDirectory, "AiContracts.Domain.xml"));
        var summaries = docs.Descendants("member")
            .Where(m => ((string?)m.Attribute("name"))?[..2] is "P:" or "T:")
            .ToDictionary(m => (string)m.Attribute("name")!, m => Whitespace().Replace(m.Element("summary")?.Value ?? string.Empty, " ").Trim(), StringComparer.Ordinal);

        // The members of a record introduced later are covered by the member that holds it; they are not listed.
        var documented = ModelGraph.RecordTypes
            .Where(t => !Introduced().IsMatch(summaries.GetValueOrDefault($"T:{t.FullName}", string.Empty)))
            .SelectMany(t => ModelGraph.PropertiesOf(t).Select(p => (Member: $"{t.Name}.{p.Name}", Summary: summaries.GetValueOrDefault($"P:{t.FullName}.{p.Name}", string.Empty))))
            .Select(p => (p.Member, Version: Introduced().Match(p.Summary)))
            .Where(p => p.Version.Success && p.Version.Groups[1].Value != "1.0")
            .Select(p => $"{p.Member} {p.Version.Groups[1].Value}");

        var listed = FormatVersions.Members.Select(m => $"{m.Owner.Name}.{m.Name} {m.Version}");

        Assert.Equal(documented.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        Assert.NotEmpty(listed);
    }

    [Fact]
    public void The_cases_cover_every_listed_member()
    {
        Assert.Equal(FormatVersions.Members.Select(m => m.JsonName).Order(StringComparer.Ordinal), Cases.Select(c => c.Pointer[(c.Pointer.LastIndexOf('/') + 1)..]).Order(StringComparer.Ordinal));
    }

    /// <summary>The version that introduced the member a case uses.</summary>
    private static SchemaVersion VersionOf(string pointer) =>
        FormatVersions.Members.Where(m => m.JsonName == pointer[(pointer.LastIndexOf('/') + 1)..]).Select(m => m.Version).Distinct().Single();

    [Theory]
    [MemberData(nameof(Pointers))]
    public void A_one_zero_contract_using_a_later_member_gets_one_warning_naming_it_and_stays_valid(string pointer)
    {
        var contract = Cases.Single(c => c.Pointer == pointer).Change(OneZero);

        var report = Playbook.None.CreateValidator().Validate(contract);

        // A case may need another later member beside it (an allowance names a rate card): each gets its own warning.
        var warning = Assert.Single(report.Diagnostics, d => d.Pointer == pointer);
        Assert.All(report.Diagnostics, d => Assert.Equal(("AIC0209", DiagnosticSeverity.Warning), (d.Code, d.Severity)));
        Assert.Equal(("AIC0209", DiagnosticSeverity.Warning, pointer), (warning.Code, warning.Severity, warning.Pointer));
        Assert.Contains($"'{pointer[(pointer.LastIndexOf('/') + 1)..]}' was introduced in format {VersionOf(pointer)}, but the document declares format 1.0", warning.Message, StringComparison.Ordinal);
        Assert.True(report.IsValid);
    }

    [Theory]
    [MemberData(nameof(Pointers))]
    public void A_contract_declaring_the_members_version_gets_no_warning_for_the_member(string pointer)
    {
        var contract = Cases.Single(c => c.Pointer == pointer).Change(OneZero) with { SchemaVersion = VersionOf(pointer) };

        Assert.Empty(Playbook.None.CreateValidator().Validate(contract).Diagnostics);
    }

    [Theory]
    [MemberData(nameof(Pointers))]
    public void A_one_one_contract_is_warned_only_about_members_of_one_two(string pointer)
    {
        var contract = Cases.Single(c => c.Pointer == pointer).Change(OneZero) with { SchemaVersion = SchemaVersion.Of(1, 1) };

        var warnings = Playbook.None.CreateValidator().Validate(contract).Diagnostics;

        Assert.Equal(VersionOf(pointer) > SchemaVersion.Of(1, 1) ? 1 : 0, warnings.Count(d => d.Pointer == pointer));
        Assert.All(warnings, d => Assert.Contains(FormatVersions.Members, m => d.Pointer.EndsWith("/" + m.JsonName, StringComparison.Ordinal) && m.Version > SchemaVersion.Of(1, 1)));
    }

    [Fact]
    public void Generated_contracts_get_the_warning_only_below_the_current_version_and_only_at_listed_members() =>
        ContractGenerators.Contract.Sample(contract =>
        {
            var warnings = ContractValidatorFindings(contract).Where(d => d.Code == "AIC0209").ToList();
            if (contract.SchemaVersion >= SchemaVersion.Current)
            {
                Assert.Empty(warnings);
            }

            Assert.All(warnings, w =>
            {
                Assert.Equal(DiagnosticSeverity.Warning, w.Severity);
                Assert.Contains(FormatVersions.Members, m => w.Pointer.EndsWith("/" + m.JsonName, StringComparison.Ordinal) && m.Version > contract.SchemaVersion);
            });
            Assert.Equal(warnings.Count, warnings.Select(w => w.Pointer).Distinct(StringComparer.Ordinal).Count());
        }, iter: 300);

    private static IEnumerable<Diagnostic> ContractValidatorFindings(AiContract contract) => Playbook.None.CreateValidator().Evaluate(contract);

    private static AiContract WithDefinition(AiContract contract, Func<AvailabilityDefinition, AvailabilityDefinition> change)
    {
        var kpi = contract.ServiceLevels!.Kpis[0];
        return contract with { ServiceLevels = contract.ServiceLevels with { Kpis = [kpi with { AvailabilityDefinition = change(kpi.AvailabilityDefinition!) }] } };
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"Introduced in format (\d+\.\d+)\.$")]
    private static partial Regex Introduced();

    private sealed record ValidatorCase(string Pointer, Func<AiContract, AiContract> Change);
}

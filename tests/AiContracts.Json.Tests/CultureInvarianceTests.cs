using System.Collections;
using System.Globalization;
using System.Reflection;
using AiContracts.Domain;
using AiContracts.Domain.Computations.ExitDates;
using AiContracts.Domain.Computations.Invoicing;
using AiContracts.Domain.Computations.ServiceCredits;
using AiContracts.Domain.Diff;
using AiContracts.Domain.Exit;
using AiContracts.Domain.Validation;
using AiContracts.Json.Tests.Computations;
using AiContracts.TestUtilities;
using CsCheck;
using NodaTime;

namespace AiContracts.Json.Tests;

/// <summary>
/// Every public <c>ToString()</c> of the packages (written or synthesized for a record) gives the same text whatever the
/// current culture: numbers with a dot, ISO dates, no Hijri month names under ar-SA, no dotless i under tr-TR.
/// </summary>
public sealed class CultureInvarianceTests
{
    public static TheoryData<string> Cultures => ["tr-TR", "de-DE", "ar-SA"];

    [Theory]
    [MemberData(nameof(Cultures))]
    public void ToString_OfEverythingReachableFromTheSamplesAndTheirResults_IsTheInvariantText(string culture)
    {
        var objects = Walk(Roots());

        AssertSameTextIn(new CultureInfo(culture), objects);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void ToString_OfEverythingReachableFromGeneratedContracts_IsTheInvariantText(string culture)
    {
        ContractGenerators.Contract.Sample(
            contract => AssertSameTextIn(new CultureInfo(culture), Walk([contract, Playbook.Strict.CreateValidator().Validate(contract)])),
            iter: 50);
    }

    [Fact]
    public void Corpus_HasAnInstanceOfEveryPublicTypeThatOverridesToString()
    {
        var covered = Walk(Roots()).Select(o => o.GetType()).Select(t => t.IsGenericType ? t.GetGenericTypeDefinition() : t).ToHashSet();

        var uncovered = PackageAssemblies().SelectMany(a => a.GetExportedTypes())
            .Where(t => t.GetMethod(nameof(ToString), BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly, Type.EmptyTypes) is not null)
            .Where(t => !covered.Contains(t))
            .Select(t => t.FullName)
            .ToList();

        Assert.True(uncovered.Count == 0, "No instance of: " + string.Join(", ", uncovered));
    }

    private static Assembly[] PackageAssemblies() =>
        [typeof(AiContract).Assembly, typeof(AiContractSerializer).Assembly];

    /// <summary>A reservation with every member (its commitment's size not allowed: the text of a finding) in the Claude sample's currency.</summary>
    private static readonly Domain.Pricing.CapacityReservation ReservedCapacity = new()
    {
        Id = Domain.Primitives.LocalId.From("ptu"),
        Name = "Provisioned",
        AiSystemId = Domain.Primitives.LocalId.From("claude"),
        UnitName = "PTU",
        Proration = Domain.Pricing.ProrationGranularity.Minute,
        MinimumUnits = 15,
        UnitStep = 5,
        Rates =
        [
            new Domain.Pricing.ReservationRate { Term = Domain.Pricing.CommitmentTerm.Hourly, Price = new Domain.Primitives.Money(1.25m, Domain.Primitives.Currency.Usd) },
            new Domain.Pricing.ReservationRate { Term = Domain.Pricing.CommitmentTerm.OneYear, Price = new Domain.Primitives.Money(2_652.5m, Domain.Primitives.Currency.Usd), Per = Domain.Pricing.ReservationPriceBasis.UnitYear },
        ],
        Commitments = [new Domain.Pricing.CapacityCommitment { Units = 17, Term = Domain.Pricing.CommitmentTerm.OneYear, Start = Instant.FromUtc(2026, 9, 1, 0, 0) }],
    };

    private static readonly ReservationUsage ReservedDeployment = new()
    {
        Reservation = Domain.Primitives.LocalId.From("ptu"),
        Units = 20,
        Term = Domain.Pricing.CommitmentTerm.Hourly,
        Start = Instant.FromUtc(2026, 9, 2, 0, 0),
        End = Instant.FromUtc(2026, 9, 2, 1, 30, 30),
        Reference = "deployment-1",
    };

    private static object[] Roots()
    {
        var contracts = SampleFiles.Contracts.Select(f => AiContractSerializer.Default.Deserialize(File.ReadAllText(f))).ToList();
        var vendor = VendorSampleComputationTests.Contract;
        var may = SlaEvaluator.Evaluate(vendor, VendorSampleComputationTests.MayMeasurements, VendorSampleComputationTests.Usage(VendorSampleComputationTests.May));
        var june = SlaEvaluator.Evaluate(vendor, VendorSampleComputationTests.MayMeasurements with { Period = VendorSampleComputationTests.June }, VendorSampleComputationTests.Usage(VendorSampleComputationTests.June));
        return
        [
            .. contracts,
            .. contracts.Select(c => Playbook.Strict.CreateValidator().Validate(c)),
            .. contracts.Select(c => Playbook.AiDeploymentBaseline.CheckCompleteness(c)),
            ContractDocumentValidator.Default.Validate(File.ReadAllText(SampleFiles.Contracts[0])),
            may,
            SlaEvaluator.AssessChronicBreach(vendor, [may, june]),
            InvoiceCalculator.Calculate(vendor, VendorSampleComputationTests.Usage(VendorSampleComputationTests.June), may),
            ExitTimelineCalculator.Calculate(vendor, new TerminationNotice { NoticeDate = new LocalDate(2027, 1, 31), Trigger = TerminationTrigger.Convenience, GivenBy = PartyRole.Customer }),
            VendorSampleComputationTests.MayMeasurements,
            VendorSampleComputationTests.Usage(VendorSampleComputationTests.May),
            new KpiMeasurement { KpiId = Domain.Primitives.LocalId.From("kpi-error-rate"), Intervals = [new IntervalMeasurement { Start = Instant.FromUtc(2026, 5, 1, 0, 0), Requests = -1_000, FailedRequests = 12 }] },
            new ClientFailure { Client = "app-1", At = Instant.FromUtc(2026, 5, 1, 0, 0, 30) },
            ComputationJson.Read<SlaMeasurements>(File.ReadAllBytes(Path.Combine(SampleFiles.RepositoryRoot, "samples", "computations", "01-vendor-2026-05-measurements.json"))),
            PayoutAssistantUsage(),
            InvoiceCalculator.Calculate(AiContractSerializer.Default.Deserialize(File.ReadAllText(Path.Combine(SampleFiles.ContractsFolder, "06-payout-assistant-1-1.json"))), PayoutAssistantUsage()),
            ClaudeApiSampleTests.Usage(),
            InvoiceCalculator.Calculate(ClaudeApiSampleTests.Contract, ClaudeApiSampleTests.Usage()),
            ClaudeApiSampleTests.Contract with
            {
                Pricing = ClaudeApiSampleTests.Contract.Pricing! with
                {
                    Allowances = [new Domain.Pricing.Allowance { Id = Domain.Primitives.LocalId.From("free"), Name = "Free", Quantity = -1.5m, Resets = Domain.Pricing.AllowanceReset.Daily, Counters = [new Domain.Pricing.CounterReference { RateCard = Domain.Primitives.LocalId.From("server-tools"), Counter = Domain.Primitives.LocalId.From("web-searches") }] }],
                    RateCards = [ClaudeApiSampleTests.Contract.Pricing!.RateCards[0] with { PriceVersions = [new Domain.Pricing.PriceVersion { EffectiveFrom = new LocalDate(2027, 1, 1), Prices = ClaudeApiSampleTests.Contract.Pricing!.RateCards[0].Prices }] }],
                    LineAmountDecimals = -6,
                    Reservations = [ReservedCapacity],
                },
            },
            new UsageStatement { Period = Domain.Computations.ComputationPeriod.Month(2026, 9), Reservations = [ReservedDeployment] },
            InvoiceCalculator.Calculate(
                ClaudeApiSampleTests.Contract with { Pricing = ClaudeApiSampleTests.Contract.Pricing! with { Reservations = [ReservedCapacity with { Commitments = [] }] } },
                new UsageStatement { Period = Domain.Computations.ComputationPeriod.Month(2026, 9), Reservations = [ReservedDeployment] }),
            .. Playbook.BuiltIn,
            Playbook.AiDeploymentBaseline with { Severities = [new SeverityOverride { Code = "AIC1014", Severity = Domain.Diagnostics.DiagnosticSeverity.Error }] },
            new CompletenessOptions { WarningsMakeClausesDeficient = true },
            .. Domain.Diagnostics.DiagnosticCatalogue.All,
            new AiContractJsonOptions { MaxDepth = -8, MaxDocumentBytes = -1 },
            new ContractValidationOptions { MaxDiagnostics = -1 },
            ContractDiff.Compare(
                vendor,
                AiContractSerializer.Default.Deserialize(File.ReadAllText(Path.Combine(SampleFiles.RepositoryRoot, "samples", "redlines", "01-vendor-llm-api-redline.json"))),
                new ContractDiffOptions { Rules = Playbook.AiDeploymentBaseline.CreateValidator(), Usage = VendorSampleComputationTests.Usage(VendorSampleComputationTests.June) }),
            new ContractDiffOptions { Usage = VendorSampleComputationTests.Usage(VendorSampleComputationTests.June) },
            .. DirectionTable.Entries,
        ];
    }

    /// <summary>The format 1.1 sample's May usage: usage events with their amounts.</summary>
    private static UsageStatement PayoutAssistantUsage() =>
        ComputationJson.Deserialize<UsageStatement>(File.ReadAllText(Path.Combine(SampleFiles.RepositoryRoot, "samples", "computations", "06-payout-assistant-2026-05-usage.json")));

    private static void AssertSameTextIn(CultureInfo culture, List<object> objects)
    {
        var invariant = InCulture(CultureInfo.InvariantCulture, objects);
        var local = InCulture(culture, objects);
        var differences = Enumerable.Range(0, objects.Count)
            .Where(i => local[i] != invariant[i])
            .Select(i => $"{objects[i].GetType().Name}:{Environment.NewLine}  invariant: {invariant[i]}{Environment.NewLine}  {culture.Name}: {local[i]}")
            .Distinct()
            .Take(10)
            .ToList();
        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    private static List<string?> InCulture(CultureInfo culture, List<object> objects)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return [.. objects.Select(o => o.ToString())];
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = beforeUi;
        }
    }

    /// <summary>Every object of the packages' types reachable through public properties and collections, each once.</summary>
    private static List<object> Walk(IEnumerable<object> roots)
    {
        var packages = PackageAssemblies().ToHashSet();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var found = new List<object>();
        var stack = new Stack<(object Value, int Depth)>(roots.Select(r => (r, 0)));
        while (stack.Count > 0)
        {
            var (value, depth) = stack.Pop();
            var type = value.GetType();
            if (value is string || depth > 64 || type.IsPrimitive || (!type.IsValueType && !seen.Add(value)))
            {
                continue;
            }

            var ours = packages.Contains(type.Assembly);
            if (ours && type.GetMethod(nameof(ToString), Type.EmptyTypes)!.DeclaringType != typeof(object) && type.GetMethod(nameof(ToString), Type.EmptyTypes)!.DeclaringType!.Assembly != typeof(object).Assembly)
            {
                found.Add(value);
            }

            if (value is IEnumerable items and not string)
            {
                foreach (var item in items)
                {
                    if (item is not null)
                    {
                        stack.Push((item, depth + 1));
                    }
                }
            }

            if (ours || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>)))
            {
                foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.DeclaringType != typeof(Exception)))
                {
                    if (property.GetValue(value) is { } child)
                    {
                        stack.Push((child, depth + 1));
                    }
                }
            }
        }

        return found;
    }
}

using System.Text;
using AiContracts.Domain;
using AiContracts.Domain.Computations;
using AiContracts.Domain.Computations.ExitDates;
using AiContracts.Domain.Computations.Invoicing;
using AiContracts.Domain.Computations.ServiceCredits;
using AiContracts.Domain.Exit;
using AiContracts.Domain.Primitives;
using AiContracts.TestUtilities;
using NodaTime;

namespace AiContracts.Json.Tests.Computations;

/// <summary>
/// Golden results of the format 1.0 samples, recorded from the code before format 1.1 changed any computation: the
/// invoice of every 1.0 sample contract with every sample usage file (and with usage of each contract's own meters),
/// the June invoice with May's service credits, and exit timelines for every trigger. Every 1.0 document must compute
/// exactly these results for ever. The files are under Computations/Golden; run the tests once with
/// <c>AICONTRACTS_UPDATE_SNAPSHOTS=1</c> only to record a new golden, never to change one.
/// </summary>
public sealed class PricingGoldenTests
{
    /// <summary>The format 1.0 samples: listed by name, so that a later 1.1 sample does not join them.</summary>
    public static TheoryData<string> Contracts { get; } =
        ["01-vendor-llm-api.json", "02-internal-model-service.json", "03-fine-tuned-model-supplier.json", "04-risky-vendor-draft.json"];

    /// <summary>The format 1.0 sample usage files.</summary>
    private static readonly string[] UsageFiles = ["01-vendor-2026-05-usage.json", "01-vendor-2026-06-usage.json"];

    /// <summary>Quantities given in turn to a contract's meters: none, one, small, a package boundary, large.</summary>
    private static readonly decimal[] Quantities = [0m, 1m, 999m, 1_000m, 1_000_001m, 123_456_789m, 2_500_000_000m, 0.5m];

    private static string GoldenFolder => Path.Combine(SampleFiles.RepositoryRoot, "tests", "AiContracts.Json.Tests", "Computations", "Golden");

    [Theory]
    [MemberData(nameof(Contracts))]
    public void Price_OneZeroSampleWithSampleUsage_ComputesTheGoldenInvoices(string contractFile)
    {
        var contract = Read(contractFile);
        var text = new StringBuilder();
        foreach (var usageFile in UsageFiles)
        {
            var usage = ComputationJson.Deserialize<UsageStatement>(File.ReadAllText(Path.Combine(SampleFiles.RepositoryRoot, "samples", "computations", usageFile)));
            Append(text, usageFile, ComputationJson.Serialize(InvoiceCalculator.Calculate(contract, usage)));
        }

        Verify(Path.GetFileNameWithoutExtension(contractFile) + ".invoices.txt", text.ToString());
    }

    [Theory]
    [MemberData(nameof(Contracts))]
    public void Price_OneZeroSampleWithUsageOfItsOwnMeters_ComputesTheGoldenInvoices(string contractFile)
    {
        var contract = Read(contractFile);
        var meters = contract.Pricing?.Meters ?? [];
        var text = new StringBuilder();
        var periods = new[] { ComputationPeriod.Month(2026, 5), ComputationPeriod.Month(2026, 6), new ComputationPeriod { FirstDay = new LocalDate(2026, 7, 1), LastDay = new LocalDate(2026, 9, 30) } };
        for (var shift = 0; shift < Quantities.Length; shift++)
        {
            var usage = new UsageStatement
            {
                Period = periods[shift % periods.Length],
                Meters = ValueArray.From(meters.Select((m, i) => new MeterUsage { MeterId = m.Id, Quantity = Quantities[(i + shift) % Quantities.Length] })),
            };
            Append(text, $"shift {shift}", ComputationJson.Serialize(usage) + "\n" + ComputationJson.Serialize(InvoiceCalculator.Calculate(contract, usage)));
        }

        Verify(Path.GetFileNameWithoutExtension(contractFile) + ".own-meters.txt", text.ToString());
    }

    [Fact]
    public void Price_VendorSampleJuneWithMayCredits_ComputesTheGoldenInvoice()
    {
        var contract = Read("01-vendor-llm-api.json");
        var folder = Path.Combine(SampleFiles.RepositoryRoot, "samples", "computations");
        var measurements = ComputationJson.Deserialize<SlaMeasurements>(File.ReadAllText(Path.Combine(folder, "01-vendor-2026-05-measurements.json")));
        var may = ComputationJson.Deserialize<UsageStatement>(File.ReadAllText(Path.Combine(folder, "01-vendor-2026-05-usage.json")));
        var june = ComputationJson.Deserialize<UsageStatement>(File.ReadAllText(Path.Combine(folder, "01-vendor-2026-06-usage.json")));
        var evaluation = SlaEvaluator.Evaluate(contract, measurements, may);
        var text = new StringBuilder();
        Append(text, "June with May's evaluation", ComputationJson.Serialize(InvoiceCalculator.Calculate(contract, june, evaluation)));
        Append(text, "May with May's evaluation", ComputationJson.Serialize(InvoiceCalculator.Calculate(contract, may, evaluation)));

        Verify("01-vendor-llm-api.credited.txt", text.ToString());
    }

    [Theory]
    [MemberData(nameof(Contracts))]
    public void Exit_OneZeroSampleForEveryTrigger_ComputesTheGoldenTimelines(string contractFile)
    {
        var contract = Read(contractFile);
        var text = new StringBuilder();
        foreach (var trigger in TerminationTrigger.List.OrderBy(t => t.Value))
        {
            foreach (var date in new[] { new LocalDate(2026, 3, 15), new LocalDate(2026, 6, 30), new LocalDate(2027, 1, 31), new LocalDate(2029, 2, 28) })
            {
                foreach (var by in new PartyRole?[] { null, PartyRole.Customer, PartyRole.Provider })
                {
                    var notice = new TerminationNotice { NoticeDate = date, Trigger = trigger, GivenBy = by };
                    Append(text, ComputationJson.Serialize(notice), ComputationJson.Serialize(ExitTimelineCalculator.Calculate(contract, notice)));
                }
            }
        }

        Verify(Path.GetFileNameWithoutExtension(contractFile) + ".exit.txt", text.ToString());
    }

    private static AiContract Read(string file) =>
        AiContractSerializer.Default.Deserialize(File.ReadAllText(Path.Combine(SampleFiles.ContractsFolder, file)));

    private static void Append(StringBuilder text, string heading, string json) =>
        text.Append("## ").Append(heading.ReplaceLineEndings(" ")).Append('\n').Append(json.ReplaceLineEndings("\n")).Append("\n\n");

    private static void Verify(string name, string actual)
    {
        var path = Path.Combine(GoldenFolder, name);
        if (Environment.GetEnvironmentVariable("AICONTRACTS_UPDATE_SNAPSHOTS") == "1" && !File.Exists(path))
        {
            Directory.CreateDirectory(GoldenFolder);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"no golden result {name}; run the tests with AICONTRACTS_UPDATE_SNAPSHOTS=1 once to record it");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }
}

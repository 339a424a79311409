using AiContracts.Domain.Computations.Invoicing;
using AiContracts.Domain.Computations.ServiceCredits;
using AiContracts.TestUtilities;
using NodaTime;

namespace AiContracts.Json.Tests.Computations;

/// <summary>
/// End to end on the format 1.1 sample (05-vendor-llm-api-amended.json, the vendor contract of 01 with the 1.1
/// service-level terms) and its May 2026 measurements and usage under samples/computations: every term changes a number,
/// and every number is asserted exactly. May 2026 in Europe/Berlin: 44,640 minutes.
/// </summary>
public sealed class AmendedSampleComputationTests
{
    private static readonly string Computations = Path.Combine(SampleFiles.RepositoryRoot, "samples", "computations");

    private static readonly Domain.AiContract Contract =
        AiContractSerializer.Default.Deserialize(File.ReadAllText(Path.Combine(SampleFiles.ContractsFolder, "05-vendor-llm-api-amended.json")));

    private static SlaMeasurements Measurements => ComputationJson.Deserialize<SlaMeasurements>(File.ReadAllText(Path.Combine(Computations, "05-vendor-2026-05-measurements.json")));

    private static UsageStatement Usage => ComputationJson.Deserialize<UsageStatement>(File.ReadAllText(Path.Combine(Computations, "05-vendor-2026-05-usage.json")));

    [Fact]
    public void Amended_sample_for_May_counts_only_the_downtime_its_terms_count()
    {
        var evaluation = SlaEvaluator.Evaluate(Contract, Measurements, Usage);

        var availability = evaluation.Objectives[0];
        // Down: the 30-minute run at 20 % and the 19 whole minutes of the outage from 05:00:30 to 05:20:30 UTC (49). Not
        // down: the 4-minute burst at 50 % (shorter than the 5-minute run), the minute of 40 requests (fewer than 100) and
        // the minute whose 7 failures are 3 once the retries within a second are counted once (3 of 96, not above 5 %).
        Assert.Equal(new AvailabilityBreakdown
        {
            Method = Domain.ServiceLevels.AvailabilityMethod.UptimeMinutes, IntervalLength = Duration.FromMinutes(1), Intervals = 44_640, ExcludedIntervals = 0,
            EmptyIntervals = 44_640 - 36 - 19, DownIntervals = 49, LowVolumeIntervals = 1, ShortRunIntervals = 4, RepeatedFailures = 4,
        }, availability.Availability);
        Assert.Equal((44_640m - 49m) * 100m / 44_640m, availability.Attained); // 99.8902...
        Assert.Equal((10m, 3_200.00m), (availability.CreditPercentage.Value, availability.CreditBaseAmount!.Amount)); // 10 % would be 320.00
        Assert.Equal((true, false, 250.00m), (availability.CreditMaximumApplied!.Value, availability.CreditBelowMinimum!.Value, availability.CreditAmount!.Amount));
        Assert.Equal(false, availability.CreditSuperseded);
    }

    [Fact]
    public void Amended_sample_for_May_pays_only_the_highest_credit()
    {
        var evaluation = SlaEvaluator.Evaluate(Contract, Measurements, Usage);
        var invoice = InvoiceCalculator.Calculate(Contract, Usage, evaluation);

        var latency = evaluation.Objectives[1];
        Assert.Equal((2_600m, 5m, true), (latency.Attained!.Value, latency.CreditPercentage.Value, latency.CreditSuperseded!.Value)); // (2000, 4000]: 5 %
        Assert.Equal(0.00m, latency.CreditAmount!.Amount);
        Assert.All(evaluation.Objectives.Skip(2), o => Assert.Null(o.CreditSuperseded)); // no credit, nothing to supersede
        var credit = Assert.Single(invoice.Lines, l => l.Kind == InvoiceLineKind.ServiceCredit);
        Assert.Equal(("slo-availability", -250.00m), (credit.ObjectiveId!.Value.ToString(), credit.Amount.Amount));
    }
}

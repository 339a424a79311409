using AiContracts.Domain;
using AiContracts.Domain.Computations;
using AiContracts.Domain.Computations.ExitDates;
using AiContracts.Domain.Computations.Invoicing;
using AiContracts.Domain.Computations.ServiceCredits;
using AiContracts.Domain.Exit;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.ServiceLevels;
using AiContracts.TestUtilities;
using NodaTime;

namespace AiContracts.Json.Tests.Computations;

/// <summary>
/// End to end on the vendor-hosted sample (01-vendor-llm-api.json): a month of made-up measurements is evaluated, a
/// month of usage priced, the credit applied to the next invoice, and every number asserted exactly.
/// </summary>
public sealed class VendorSampleComputationTests
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

    internal static AiContract Contract { get; } =
        AiContractSerializer.Default.Deserialize(File.ReadAllText(Path.Combine(SampleFiles.ContractsFolder, "01-vendor-llm-api.json")));

    internal static ComputationPeriod May { get; } = ComputationPeriod.Month(2026, 5);

    internal static ComputationPeriod June { get; } = ComputationPeriod.Month(2026, 6);

    /// <summary>May 2026 in Europe/Berlin: 31 days, no clock change, 44,640 minutes.</summary>
    internal static SlaMeasurements MayMeasurements { get; } = new()
    {
        Period = May,
        Kpis =
        [
            new KpiMeasurement
            {
                KpiId = LocalId.From("kpi-availability"),
                Downtime =
                [
                    Outage(10, 2, 0, 90, null), // Sunday 02:00-03:30, inside the maintenance window: excluded
                    Outage(13, 14, 0, 60, null), // Wednesday, the provider's fault: counts
                    Outage(20, 9, 0, 20, ExclusionKind.CustomerCaused), // excluded cause
                ],
            },
            new KpiMeasurement { KpiId = LocalId.From("kpi-latency-p95"), Attained = 1850 },
            new KpiMeasurement { KpiId = LocalId.From("kpi-error-rate"), GoodEvents = 4_000, TotalEvents = 1_000_000 },
            new KpiMeasurement { KpiId = LocalId.From("kpi-answer-accuracy"), Attained = 91.2m },
            new KpiMeasurement { KpiId = LocalId.From("kpi-resolution-rate"), GoodEvents = 12_870, TotalEvents = 20_000 },
            new KpiMeasurement { KpiId = LocalId.From("kpi-cost-per-conversation"), Attained = 0.11m },
        ],
    };

    internal static UsageStatement Usage(ComputationPeriod period) => new()
    {
        Period = period,
        Meters =
        [
            new MeterUsage { MeterId = LocalId.From("meter-input-tokens"), Quantity = 800_000_000 },
            new MeterUsage { MeterId = LocalId.From("meter-output-tokens"), Quantity = 200_000_000 },
            new MeterUsage { MeterId = LocalId.From("meter-embedding-tokens"), Quantity = 2_500_000_000 },
        ],
    };

    [Fact]
    public void Evaluate_VendorSampleForMay_GivesEachObjectivesOutcome()
    {
        var evaluation = SlaEvaluator.Evaluate(Contract, MayMeasurements, Usage(May));

        var availability = evaluation.Objectives.Single(o => o.ObjectiveId == LocalId.From("slo-availability"));
        // counted: 44,640 - 90 (maintenance) - 20 (customer caused) = 44,530 minutes; down: 60
        Assert.Equal(44_470m * 100m / 44_530m, availability.Attained); // 99.8652593...
        Assert.True(availability.Breached);
        Assert.Equal(0, availability.CreditBandIndex); // [99.0, 99.9): 10 %
        Assert.Equal(10m, availability.CreditPercentage.Value);
        Assert.Equal(Money.Of(3_200.00m, "EUR"), availability.CreditBaseAmount); // every meter serves sys-converse or sys-embed
        Assert.Equal(Money.Of(320.00m, "EUR"), availability.CreditAmount);
        Assert.Equal(new LocalDate(2026, 7, 30), availability.ClaimDeadline); // 31 May + 60 days
        Assert.Equal([Duration.FromMinutes(90), Duration.Zero, Duration.FromMinutes(20), Duration.Zero], availability.Exclusions.Select(e => e.Excluded));
        Assert.Equal(new AvailabilityBreakdown
        {
            Method = AvailabilityMethod.UptimeMinutes, IntervalLength = Duration.FromMinutes(1), Intervals = 44_640, ExcludedIntervals = 110, EmptyIntervals = 44_470, DownIntervals = 60,
        }, availability.Availability);

        var others = evaluation.Objectives.Where(o => o.ObjectiveId != LocalId.From("slo-availability")).ToDictionary(o => o.ObjectiveId.ToString());
        Assert.Equal((false, false), (others["slo-latency"].MeetsTarget, others["slo-latency"].Breached)); // 1850: above the 1200 target, not above 2000
        Assert.Equal((0.4m, true, false), (others["slo-error-rate"].Attained!.Value, others["slo-error-rate"].MeetsTarget!.Value, others["slo-error-rate"].Breached!.Value));
        Assert.Equal((false, false), (others["slo-answer-accuracy"].MeetsTarget, others["slo-answer-accuracy"].Breached)); // 91.2: below 92, not below 90
        Assert.Equal((64.35m, false, false), (others["slo-resolution-rate"].Attained!.Value, others["slo-resolution-rate"].MeetsTarget!.Value, others["slo-resolution-rate"].Breached!.Value));
        Assert.All(others.Values, o => Assert.Equal(0m, o.CreditPercentage.Value));

        // Findings: the accuracy KPI is measured over rolling 30 days, not a calendar month; embedding usage exceeds its hard cap.
        Assert.Equal(["AIC7011", "AIC7017"], evaluation.Diagnostics.Select(d => d.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Calculate_VendorSampleForJune_WithMaysCredit_IsTheExactInvoice()
    {
        var may = SlaEvaluator.Evaluate(Contract, MayMeasurements, Usage(May));

        var invoice = InvoiceCalculator.Calculate(Contract, Usage(June), may);

        var expected = new (InvoiceLineKind Kind, string? Meter, int? Tier, decimal? Quantity, decimal Amount)[]
        {
            (InvoiceLineKind.Usage, "meter-input-tokens", 1, 100_000_000, 250.00m), // x 0.0000025
            (InvoiceLineKind.Usage, "meter-input-tokens", 2, 400_000_000, 800.00m), // x 0.000002
            (InvoiceLineKind.Usage, "meter-input-tokens", 3, 300_000_000, 450.00m), // x 0.0000015
            (InvoiceLineKind.Usage, "meter-output-tokens", 1, 25_000_000, 250.00m), // x 0.00001
            (InvoiceLineKind.Usage, "meter-output-tokens", 2, 100_000_000, 800.00m), // x 0.000008
            (InvoiceLineKind.Usage, "meter-output-tokens", 3, 75_000_000, 450.00m), // x 0.000006
            (InvoiceLineKind.Usage, "meter-embedding-tokens", null, 2_000_000_000, 200.00m), // capped at 2e9 x 0.0000001
            (InvoiceLineKind.UnbilledUsage, "meter-embedding-tokens", null, 500_000_000, 0.00m), // beyond the throttled cap
            (InvoiceLineKind.MinimumCommitmentTrueUp, null, null, null, 2_800.00m), // 6,000 - 3,200
            (InvoiceLineKind.ServiceCredit, null, null, null, -320.00m), // May's availability credit, applied to the next invoice
        };
        Assert.Equal(expected, invoice.Lines.Select(l => (l.Kind, l.MeterId?.ToString(), l.Tier, l.Quantity, l.Amount.Amount)));
        Assert.All(invoice.Lines, l => Assert.Equal("EUR", l.Amount.Currency.Code));
        Assert.Equal(Money.Of(6_000.00m, "EUR"), invoice.Charges);
        Assert.Equal(Money.Of(-320.00m, "EUR"), invoice.Credits);
        Assert.Equal(Money.Of(0.00m, "EUR"), invoice.PrepaidDrawdown);
        Assert.Equal(Money.Of(5_680.00m, "EUR"), invoice.Total);
        Assert.Equal("AIC7011", Assert.Single(invoice.Diagnostics).Code);
        Assert.True(invoice.IsComplete);
    }

    [Fact]
    public void Calculate_VendorSampleExit_CustomerConvenienceNotice()
    {
        var timeline = ExitTimelineCalculator.Calculate(Contract, new TerminationNotice { NoticeDate = new LocalDate(2027, 1, 31), Trigger = TerminationTrigger.Convenience, GivenBy = PartyRole.Customer });

        Assert.Equal(new LocalDate(2027, 5, 1), timeline.EffectiveTerminationDate); // 31 Jan 2027 + 90 days
        Assert.Equal(new LocalDate(2027, 11, 1), timeline.TransitionAssistanceEnd); // + 6 months
        Assert.Equal(new LocalDate(2027, 5, 31), timeline.DataExportDeadline); // + 30 days
        Assert.Equal(new LocalDate(2027, 5, 31), timeline.ModelArtifactHandoverDeadline); // + 30 days
        Assert.Equal(new LocalDate(2027, 12, 1), timeline.DeletionDeadline); // end of transition + 30 days
        Assert.Equal(new LocalDate(2027, 12, 1), timeline.DeletionCertificateDue);
        Assert.Equal(new LocalDate(2027, 4, 1), timeline.KnowledgeTransferDeadline); // notice + 60 days
        Assert.Empty(timeline.Diagnostics);
    }

    private static DowntimeSpan Outage(int day, int hour, int minute, int minutes, ExclusionKind? cause)
    {
        var start = new LocalDateTime(2026, 5, day, hour, minute).InZoneStrictly(Berlin).ToInstant();
        return new DowntimeSpan { Start = start, End = start + Duration.FromMinutes(minutes), Cause = cause };
    }
}

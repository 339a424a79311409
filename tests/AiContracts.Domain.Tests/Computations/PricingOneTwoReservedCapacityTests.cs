using AiContracts.Domain.Computations;
using AiContracts.Domain.Computations.Invoicing;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Pricing;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.Validation;
using NodaTime;
using NodaTime.Text;

namespace AiContracts.Domain.Tests.Computations;

/// <summary>
/// Format 1.2 reserved capacity (units times time): commitments billed to the end of their term and split per invoice,
/// units deployed above the commitments at the hourly rate, prorated per minute or second, and sizes that are not the
/// minimum plus whole steps never priced. Totals worked out by hand with exact decimals; sources in each test.
/// </summary>
public sealed class PricingOneTwoReservedCapacityTests
{
    private static Money Usd(decimal amount) => new(amount, Currency.Usd);

    private static LocalId Id(string id) => LocalId.From(id);

    private static Instant At(string text) => InstantPattern.General.Parse(text).Value;

    private static readonly ComputationPeriod June2025 = ComputationPeriod.Month(2025, 6);

    private static AiContract Contract(params CapacityReservation[] reservations) => new()
    {
        Id = ContractId.From("AI-RES"),
        Title = "Reserved capacity",
        Status = ContractStatus.Active,
        EffectiveDate = new LocalDate(2025, 1, 1),
        Term = new ContractTerm { InitialTerm = Period.FromYears(3) },
        TimeZone = DateTimeZone.Utc,
        Pricing = new PricingTerms { Currency = Currency.Usd, Reservations = ValueArray.From(reservations) },
    };

    /// <summary>
    /// Azure OpenAI global provisioned gpt-4o. Minimum 15 PTU, steps of 5, partial hours prorated by the minute: official
    /// (learn.microsoft.com, "What is provisioned throughput" and the training module on provisioned reservations). The
    /// prices, 1 USD per PTU-hour, 260 USD per PTU-month (monthly reservation) and 2,652 USD per PTU-year, come from ONE
    /// third-party price summary; no official Azure price page was found (research notes, section 6).
    /// </summary>
    private static readonly CapacityReservation Gpt4oGlobal = new()
    {
        Id = Id("gpt-4o-global"),
        Name = "gpt-4o global provisioned",
        UnitName = "PTU",
        Proration = ProrationGranularity.Minute,
        MinimumUnits = 15,
        UnitStep = 5,
        Rates =
        [
            new ReservationRate { Term = CommitmentTerm.Hourly, Price = Usd(1m) },
            new ReservationRate { Term = CommitmentTerm.OneMonth, Price = Usd(260m), Per = ReservationPriceBasis.UnitMonth },
            new ReservationRate { Term = CommitmentTerm.OneYear, Price = Usd(2_652m), Per = ReservationPriceBasis.UnitYear },
        ],
    };

    private static ReservationUsage Deployment(string reservation, int units, string start, string? end = null) =>
        new() { Reservation = Id(reservation), Units = units, Start = At(start), End = end is null ? null : At(end) };

    private static ReservationUsage Committed(string reservation, int units, CommitmentTerm term, string start, string? deleted = null) =>
        new() { Reservation = Id(reservation), Units = units, Term = term, Start = At(start), End = deleted is null ? null : At(deleted) };

    private static UsageStatement Usage(ComputationPeriod period, params ReservationUsage[] records) => new() { Period = period, Reservations = ValueArray.From(records) };

    private static Invoice Complete(AiContract contract, UsageStatement usage)
    {
        var invoice = InvoiceCalculator.Calculate(contract, usage);
        Assert.True(invoice.IsComplete, string.Join("; ", invoice.Diagnostics.Select(d => $"{d.Code} {d.Pointer} {d.Message}")));
        return invoice;
    }

    /// <summary>
    /// Azure global provisioned gpt-4o in June 2025 (30 days): a monthly reservation of 50 PTU at 260 USD per PTU-month,
    /// 50 PTU deployed all month, and 25 more deployed for 10 h 15 min, billed hourly at 1 USD per PTU-hour because they
    /// are above the reservation: 50 x 260 = 13,000.00 plus 25 x 10.25 x 1 = 256.25, 13,256.25 USD (without the
    /// spillover tokens, which a standard rate card prices). Sources: see <see cref="Gpt4oGlobal"/>; the overflow rule
    /// (units deployed beyond the reserved quantity at the hourly rate) is from the book "Azure OpenAI Essentials".
    /// </summary>
    [Fact]
    public void AzureProvisioned_MonthlyReservationAndExtraUnitsForTenHoursAndAQuarter_Is13256Dollars25()
    {
        var usage = Usage(June2025,
            Committed("gpt-4o-global", 50, CommitmentTerm.OneMonth, "2025-06-01T00:00:00Z"),
            Deployment("gpt-4o-global", 50, "2025-06-01T00:00:00Z"),
            Deployment("gpt-4o-global", 25, "2025-06-10T08:00:00Z", "2025-06-10T18:15:00Z"));

        var invoice = Complete(Contract(Gpt4oGlobal), usage);

        Assert.Equal([13_000.00m, 256.25m], invoice.Lines.Select(l => l.Amount.Amount));
        Assert.All(invoice.Lines, l => Assert.Equal(InvoiceLineKind.ReservedCapacity, l.Kind));
        Assert.Equal(256.25m, invoice.Lines[1].Quantity);
        Assert.Equal(13_256.25m, invoice.Total!.Amount);
    }

    /// <summary>The same June stated with the reservation as a commitment of the contract instead of a usage record: the same 13,256.25 USD (sources as above).</summary>
    [Fact]
    public void AzureProvisioned_ReservationStatedInTheContract_PricesTheSame()
    {
        var contract = Contract(Gpt4oGlobal with { Commitments = [new CapacityCommitment { Units = 50, Term = CommitmentTerm.OneMonth, Start = At("2025-06-01T00:00:00Z") }] });
        var usage = Usage(June2025,
            Deployment("gpt-4o-global", 50, "2025-06-01T00:00:00Z"),
            Deployment("gpt-4o-global", 25, "2025-06-10T08:00:00Z", "2025-06-10T18:15:00Z"));

        Assert.Equal(13_256.25m, Complete(contract, usage).Total!.Amount);
    }

    /// <summary>
    /// Per-minute proration (Azure, official: a partial hour is prorated by minutes): 25 PTU for 10 h 14 min 1 s are
    /// billed as 615 started minutes, 256.25 USD; the same reservation prorated per second bills 36,841 s x 25 / 3,600 =
    /// 255.8402... = 255.84 USD.
    /// </summary>
    [Fact]
    public void Proration_APartMinute_IsAStartedMinuteOrExactSeconds()
    {
        var usage = Usage(June2025, Deployment("gpt-4o-global", 25, "2025-06-10T08:00:00Z", "2025-06-10T18:14:01Z"));

        Assert.Equal(256.25m, Complete(Contract(Gpt4oGlobal), usage).Total!.Amount);
        Assert.Equal(255.84m, Complete(Contract(Gpt4oGlobal with { Proration = ProrationGranularity.Second }), usage).Total!.Amount);
    }

    /// <summary>
    /// Azure global provisioned gpt-4o allows 15 PTU and steps of 5 (official, learn.microsoft.com): deployments of 17 and
    /// 12 PTU are refused with AIC7038 and not billed; the 20 PTU deployment beside them is billed (20 x 2 h x 1 = 40.00).
    /// </summary>
    [Fact]
    public void AzureProvisioned_SeventeenOrTwelvePtu_AreRefusedNeverPriced()
    {
        var usage = Usage(June2025,
            Deployment("gpt-4o-global", 17, "2025-06-02T00:00:00Z", "2025-06-02T02:00:00Z"),
            Deployment("gpt-4o-global", 12, "2025-06-03T00:00:00Z", "2025-06-03T02:00:00Z"),
            Deployment("gpt-4o-global", 20, "2025-06-04T00:00:00Z", "2025-06-04T02:00:00Z"));

        var invoice = InvoiceCalculator.Calculate(Contract(Gpt4oGlobal), usage);

        Assert.Equal([("AIC7038", "/reservations/0/units"), ("AIC7038", "/reservations/1/units")], invoice.Diagnostics.Select(d => (d.Code, d.Pointer)));
        Assert.Contains("at least 15 units, in steps of 5 (15, 20, 25...)", invoice.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Equal(40.00m, Assert.Single(invoice.Lines).Amount.Amount);
        Assert.False(invoice.IsComplete);
    }

    /// <summary>A commitment of 17 PTU stated in the contract is an always-on integrity error (AIC0218), so nothing is priced.</summary>
    [Fact]
    public void ContractCommitment_OfSeventeenPtu_IsAnIntegrityErrorAndNothingIsPriced()
    {
        var contract = Contract(Gpt4oGlobal with { Commitments = [new CapacityCommitment { Units = 17, Term = CommitmentTerm.OneMonth, Start = At("2025-06-01T00:00:00Z") }] });

        var finding = Assert.Single(ContractIntegrity.Check(contract).Diagnostics);
        Assert.Equal(("AIC0218", "/pricing/reservations/0/commitments/0/units"), (finding.Code, finding.Pointer));
        var invoice = InvoiceCalculator.Calculate(contract, Usage(June2025));
        Assert.Empty(invoice.Lines);
        Assert.Contains(invoice.Diagnostics, d => d.Code == "AIC0218");
    }

    /// <summary>
    /// A monthly reservation that starts mid-month (16 June) runs to 16 July: it is billed by time in each billing month,
    /// 15 of its 30 days in June and 15 in July, 50 x 260 x 0.5 = 6,500.00 USD on each invoice (prices as in
    /// <see cref="Gpt4oGlobal"/>).
    /// </summary>
    [Fact]
    public void MonthlyReservation_StartingMidMonth_IsSplitByTimeBetweenTheTwoInvoices()
    {
        var record = Committed("gpt-4o-global", 50, CommitmentTerm.OneMonth, "2025-06-16T00:00:00Z");

        var june = Complete(Contract(Gpt4oGlobal), Usage(June2025, record));
        var july = Complete(Contract(Gpt4oGlobal), Usage(ComputationPeriod.Month(2025, 7), record));
        var august = Complete(Contract(Gpt4oGlobal), Usage(ComputationPeriod.Month(2025, 8), record));

        Assert.Equal(6_500.00m, june.Total!.Amount);
        Assert.Equal(6_500.00m, july.Total!.Amount);
        Assert.Empty(august.Lines);
    }

    /// <summary>
    /// A yearly reservation of 15 PTU from 15 June 2025 (a year of 365 days) at 2,652 per PTU-year: June holds 16 of its
    /// days, 15 x 2,652 x 16 / 365 = 1,743.7808... = 1,743.78 USD (price from one third-party source, see
    /// <see cref="Gpt4oGlobal"/>).
    /// </summary>
    [Fact]
    public void YearlyReservation_IsBilledForItsDaysInThePeriod()
    {
        var usage = Usage(June2025, Committed("gpt-4o-global", 15, CommitmentTerm.OneYear, "2025-06-15T00:00:00Z"));

        Assert.Equal(1_743.78m, Complete(Contract(Gpt4oGlobal), usage).Total!.Amount);
    }

    /// <summary>
    /// AWS Bedrock provisioned throughput, structure only. Official (docs.aws.amazon.com, Bedrock user guide
    /// "Provisioned Throughput" and the API reference of DeleteProvisionedModelThroughput): model units billed hourly,
    /// terms of no commitment, one month and six months; a throughput with commitment cannot be deleted before its term
    /// ends. No official per-model-unit price was found, so the rates here (25, 20 and 12 USD per model unit-hour) are
    /// ILLUSTRATIVE, not a vendor's. 2 model units committed for one month from 10 March 2025 14:00 UTC (deleted on 20
    /// March, billed to 10 April 14:00): March 514 h x 2 x 20 = 20,560.00, April 230 h x 2 x 20 = 9,200.00 (744 h in
    /// all); 1 more model unit without commitment for 37.5 h in March, 937.50.
    /// </summary>
    [Fact]
    public void BedrockStructure_OneMonthCommitmentAcrossTwoInvoices_IsBilledToItsEndAndSplit()
    {
        var bedrock = new CapacityReservation
        {
            Id = Id("custom-model"),
            Name = "Custom model provisioned throughput",
            UnitName = "model units",
            Rates =
            [
                new ReservationRate { Term = CommitmentTerm.Hourly, Price = Usd(25m) },
                new ReservationRate { Term = CommitmentTerm.OneMonth, Price = Usd(20m), Per = ReservationPriceBasis.UnitHour },
                new ReservationRate { Term = CommitmentTerm.SixMonths, Price = Usd(12m), Per = ReservationPriceBasis.UnitHour },
            ],
        };
        var commitment = Committed("custom-model", 2, CommitmentTerm.OneMonth, "2025-03-10T14:00:00Z", deleted: "2025-03-20T09:00:00Z");
        var served = Deployment("custom-model", 2, "2025-03-10T14:00:00Z", "2025-03-20T09:00:00Z");
        var noCommitment = Deployment("custom-model", 1, "2025-03-15T00:00:00Z", "2025-03-16T13:30:00Z");

        var march = Complete(Contract(bedrock), Usage(ComputationPeriod.Month(2025, 3), commitment, served, noCommitment));
        var april = Complete(Contract(bedrock), Usage(ComputationPeriod.Month(2025, 4), commitment));

        Assert.Equal([20_560.00m, 937.50m], march.Lines.Select(l => l.Amount.Amount));
        Assert.Equal(1_028m, march.Lines[0].Quantity);
        Assert.Contains("deleted 2025-03-20T09:00:00Z and billed to the end of its term", march.Lines[0].Description, StringComparison.Ordinal);
        Assert.Equal(21_497.50m, march.Total!.Amount);
        Assert.Equal(9_200.00m, Assert.Single(april.Lines).Amount.Amount);
    }

    /// <summary>Deployments covered by a commitment cost nothing beyond it; units above it without an hourly rate are not billed by a guess (AIC7008).</summary>
    [Fact]
    public void UnitsAboveTheCommitments_WithoutAnHourlyRate_AreAFindingNotAGuess()
    {
        var monthlyOnly = Gpt4oGlobal with { Rates = [Gpt4oGlobal.Rates[1]] };
        var usage = Usage(June2025,
            Committed("gpt-4o-global", 50, CommitmentTerm.OneMonth, "2025-06-01T00:00:00Z"),
            Deployment("gpt-4o-global", 50, "2025-06-01T00:00:00Z"),
            Deployment("gpt-4o-global", 15, "2025-06-02T00:00:00Z", "2025-06-02T01:00:00Z"));

        var invoice = InvoiceCalculator.Calculate(Contract(monthlyOnly), usage);

        var finding = Assert.Single(invoice.Diagnostics);
        Assert.Equal(("AIC7008", "/pricing/reservations/0/rates"), (finding.Code, finding.Pointer));
        Assert.Equal(13_000.00m, Assert.Single(invoice.Lines).Amount.Amount);
    }

    /// <summary>Unknown reservations, commitment terms without a rate and ends before starts are AIC7039 with their pointers; nothing of them is billed.</summary>
    [Fact]
    public void BadRecords_AreAIC7039WithTheirPointers()
    {
        var usage = Usage(June2025,
            Deployment("nope", 15, "2025-06-02T00:00:00Z"),
            Committed("gpt-4o-global", 15, CommitmentTerm.SixMonths, "2025-06-02T00:00:00Z"),
            Deployment("gpt-4o-global", 15, "2025-06-02T00:00:00Z", "2025-06-01T00:00:00Z"));

        var invoice = InvoiceCalculator.Calculate(Contract(Gpt4oGlobal), usage);

        Assert.Equal(
            [("AIC7039", "/reservations/0/reservation"), ("AIC7039", "/reservations/1/term"), ("AIC7039", "/reservations/2/end")],
            invoice.Diagnostics.Select(d => (d.Code, d.Pointer)));
        Assert.All(invoice.Diagnostics, d => Assert.Equal(DocumentKind.Usage, d.Document));
        Assert.Empty(invoice.Lines);
    }
}

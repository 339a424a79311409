using System.Text.Json;
using AiContracts.Domain;
using AiContracts.Domain.Computations;
using AiContracts.Domain.Computations.ExitDates;
using AiContracts.Domain.Computations.Invoicing;
using AiContracts.Domain.Computations.ServiceCredits;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Exit;
using AiContracts.Domain.Pricing;
using AiContracts.Domain.Primitives;
using NodaTime;
using static AiContracts.Json.Tests.Computations.VendorSampleComputationTests;

namespace AiContracts.Json.Tests.Computations;

/// <summary>The computations' inputs and results read and write as JSON, with the contract's conventions.</summary>
public sealed class ComputationJsonTests
{
    private static readonly SlaEvaluation MayEvaluation = SlaEvaluator.Evaluate(Contract, MayMeasurements, Usage(May));

    private static readonly Invoice JuneInvoice = InvoiceCalculator.Calculate(Contract, Usage(June), MayEvaluation);

    [Fact]
    public void Serialize_Invoice_RoundTripsToAnEqualInvoice()
    {
        var json = ComputationJson.Serialize(JuneInvoice);

        var back = ComputationJson.Deserialize<Invoice>(json);

        Assert.Equal(JuneInvoice, back);
        Assert.Equal(json, ComputationJson.Serialize(back));
    }

    [Fact]
    public void Serialize_SlaEvaluation_RoundTripsToAnEqualEvaluation()
    {
        var back = ComputationJson.Deserialize<SlaEvaluation>(ComputationJson.Serialize(MayEvaluation));

        Assert.Equal(MayEvaluation, back);
    }

    [Fact]
    public void Serialize_InputsAndOtherResults_RoundTrip()
    {
        var notice = new TerminationNotice { NoticeDate = new LocalDate(2027, 1, 31), Trigger = TerminationTrigger.Convenience, GivenBy = PartyRole.Customer };
        var timeline = ExitTimelineCalculator.Calculate(Contract, notice);
        var chronic = SlaEvaluator.AssessChronicBreach(Contract, [MayEvaluation]);

        Assert.Equal(Usage(May), ComputationJson.Deserialize<UsageStatement>(ComputationJson.Serialize(Usage(May))));
        Assert.Equal(MayMeasurements, ComputationJson.Deserialize<SlaMeasurements>(ComputationJson.Serialize(MayMeasurements)));
        Assert.Equal(notice, ComputationJson.Deserialize<TerminationNotice>(ComputationJson.Serialize(notice)));
        Assert.Equal(timeline, ComputationJson.Deserialize<ExitTimeline>(ComputationJson.Serialize(timeline)));
        Assert.Equal(chronic, ComputationJson.Deserialize<ChronicBreachAssessment>(ComputationJson.Serialize(chronic)));
    }

    [Fact]
    public void Read_EveryTypeWritten_ReadsBackEqualThroughItsSchema()
    {
        var notice = new TerminationNotice { NoticeDate = new LocalDate(2027, 1, 31), Trigger = TerminationTrigger.Convenience, GivenBy = PartyRole.Customer };
        var timeline = ExitTimelineCalculator.Calculate(Contract, notice);
        var chronic = SlaEvaluator.AssessChronicBreach(Contract, [MayEvaluation]);

        Assert.Equal(JuneInvoice, ReadBack(ComputationJson.Serialize(JuneInvoice), DocumentKind.Invoice, ComputationJson.Read<Invoice>));
        Assert.Equal(MayEvaluation, ReadBack(ComputationJson.Serialize(MayEvaluation), DocumentKind.Evaluation, ComputationJson.Read<SlaEvaluation>));
        Assert.Equal(Usage(May), ReadBack(ComputationJson.Serialize(Usage(May)), DocumentKind.Usage, ComputationJson.Read<UsageStatement>));
        Assert.Equal(MayMeasurements, ReadBack(ComputationJson.Serialize(MayMeasurements), DocumentKind.Measurements, ComputationJson.Read<SlaMeasurements>));
        Assert.Equal(notice, ReadBack(ComputationJson.Serialize(notice), DocumentKind.TerminationNotice, ComputationJson.Read<TerminationNotice>));
        Assert.Equal(timeline, ReadBack(ComputationJson.Serialize(timeline), DocumentKind.ExitTimeline, ComputationJson.Read<ExitTimeline>));
        Assert.Equal(chronic, ReadBack(ComputationJson.Serialize(chronic), DocumentKind.ChronicBreachAssessment, ComputationJson.Read<ChronicBreachAssessment>));
    }

    /// <summary>Reads a written value back; then, with an unknown member added, checks that the schema of its type reports it.</summary>
    private static T ReadBack<T>(string json, DocumentKind kind, Func<ReadOnlyMemory<byte>, DocumentResult<T>> read)
        where T : class
    {
        var result = read(System.Text.Encoding.UTF8.GetBytes(json));
        Assert.True(result.IsValid, result.Report.ToString());

        var bad = read(System.Text.Encoding.UTF8.GetBytes("{\"colour\": 1," + json.TrimStart()[1..]));
        var finding = Assert.Single(bad.Report.Diagnostics);
        Assert.Equal(("AIC0012", "/colour", kind, 1, 2), (finding.Code, finding.Pointer, finding.Document, finding.Line ?? 0, finding.Column ?? 0));
        return result.Value!;
    }

    [Fact]
    public void Read_UsageWithTwoValuesTheModelCannotHold_ReportsBoth()
    {
        var json = """
            {
              "period": {"firstDay": "2026-06-01", "lastDay": "2026-06-30"},
              "meters": [
                {"meterId": "m", "quantity": 1e400},
                {"meterId": "n", "quantity": 1e-40}
              ]
            }
            """;

        var result = ComputationJson.Read<UsageStatement>(System.Text.Encoding.UTF8.GetBytes(json));

        Assert.Equal(
            [("AIC0017", "/meters/0/quantity", 4, 22), ("AIC0017", "/meters/1/quantity", 5, 22)],
            result.Report.Diagnostics.Select(d => (d.Code, d.Pointer, d.Line ?? 0, d.Column ?? 0)));
    }

    [Fact]
    public void Serialize_SmallInvoice_IsTheGoldenJson()
    {
        var contract = new AiContract
        {
            Id = ContractId.From("C-1"),
            Title = "t",
            Status = ContractStatus.Active,
            Pricing = new PricingTerms
            {
                Currency = Currency.Eur,
                Meters = [new Meter { Id = LocalId.From("m"), Name = "Requests", Unit = MeterUnit.Requests, Model = PricingModel.PerUnit, UnitPrice = Money.Of(0.0125m, "EUR") }],
            },
        };
        var invoice = InvoiceCalculator.Calculate(contract, new UsageStatement { Period = ComputationPeriod.Month(2026, 3), Meters = [new MeterUsage { MeterId = LocalId.From("m"), Quantity = 10 }] });

        const string expected = """
            {
              "contractId": "C-1",
              "period": {
                "firstDay": "2026-03-01",
                "lastDay": "2026-03-31",
                "isCalendarMonth": true
              },
              "currency": "EUR",
              "rounding": "HalfEven",
              "lines": [
                {
                  "kind": "Usage",
                  "description": "Requests: 10 x 0.0125 EUR",
                  "meterId": "m",
                  "quantity": 10,
                  "unitPrice": {
                    "amount": 0.0125,
                    "currency": "EUR"
                  },
                  "amount": {
                    "amount": 0.12,
                    "currency": "EUR"
                  }
                }
              ],
              "charges": {
                "amount": 0.12,
                "currency": "EUR"
              },
              "credits": {
                "amount": 0.00,
                "currency": "EUR"
              },
              "prepaidDrawdown": {
                "amount": 0.00,
                "currency": "EUR"
              },
              "total": {
                "amount": 0.12,
                "currency": "EUR"
              },
              "prepaidBalanceRemaining": {
                "amount": 0.00,
                "currency": "EUR"
              },
              "isComplete": true
            }
            """;
        Assert.Equal(expected.ReplaceLineEndings("\n"), ComputationJson.Serialize(invoice).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Deserialize_UsageWithUnknownMember_ThrowsContractJsonException()
    {
        var e = Assert.Throws<ContractJsonException>(() => ComputationJson.Deserialize<UsageStatement>("""{"period": {"firstDay": "2026-03-01", "lastDay": "2026-03-31"}, "meter": []}"""));

        Assert.Contains("UsageStatement", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_TypeThatIsNotAComputationType_Throws() =>
        Assert.Throws<NotSupportedException>(() => ComputationJson.Deserialize<AiContract>("{}"));

    [Fact]
    public void Serialize_Evaluation_WritesNodaTimeValuesAsIsoStrings()
    {
        using var document = JsonDocument.Parse(ComputationJson.Serialize(MayEvaluation));

        var availability = document.RootElement.GetProperty("objectives")[0];
        Assert.Equal("2026-07-30", availability.GetProperty("claimDeadline").GetString());
        Assert.Equal("PT1M", availability.GetProperty("availability").GetProperty("intervalLength").GetString());
        Assert.Equal("PT1H30M", availability.GetProperty("exclusions")[0].GetProperty("excluded").GetString());
    }
}

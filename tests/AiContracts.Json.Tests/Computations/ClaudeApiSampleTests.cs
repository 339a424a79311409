using AiContracts.Domain;
using AiContracts.Domain.Computations.Invoicing;
using AiContracts.Domain.Validation;
using AiContracts.TestUtilities;

namespace AiContracts.Json.Tests.Computations;

/// <summary>
/// The format 1.2 sample (07-claude-api-rate-cards-1-2.json): Anthropic's public Claude API price list as rate cards,
/// priced from a month of per-request records as the Messages API reports them (samples/computations), every number
/// computed independently by hand in docs/computations.md.
/// </summary>
public sealed class ClaudeApiSampleTests
{
    internal static AiContract Contract { get; } =
        AiContractSerializer.Default.Deserialize(File.ReadAllText(Path.Combine(SampleFiles.ContractsFolder, "07-claude-api-rate-cards-1-2.json")));

    private static string UsageFile => Path.Combine(SampleFiles.RepositoryRoot, "samples", "computations", "07-claude-api-2026-09-usage.json");

    internal static UsageStatement Usage() => ComputationJson.Deserialize<UsageStatement>(File.ReadAllText(UsageFile));

    /// <summary>
    /// September 2026: Sonnet 4 3.12885 (two requests above 200K prompt tokens, cache reads and writes included, at the
    /// long-context prices; one batch request at half price), Opus 4.1 0.69, web search 12.34, code execution 78 minutes
    /// (2 raised to the 5-minute minimum) 0.065: 16.22385, rounded once to 16.22; the minimum commitment of 6,000 brings
    /// the month to 6,000.00.
    /// </summary>
    [Fact]
    public void Price_SeptemberRecords_ComputesEveryRateCardByHand()
    {
        var invoice = InvoiceCalculator.Calculate(Contract, Usage());

        Assert.True(invoice.IsComplete, string.Join("; ", invoice.Diagnostics.Select(d => d.Message)));
        decimal Sum(string card) => invoice.Lines.Where(l => l.RateCardId?.Value == card).Sum(l => l.Amount.Amount);
        Assert.Equal(3.12885m, Sum("claude-sonnet-4"));
        Assert.Equal(0.69m, Sum("claude-opus-4-1"));
        Assert.Equal(12.405m, Sum("server-tools"));
        Assert.Equal(-0.00385m, Assert.Single(invoice.Lines, l => l.Kind == InvoiceLineKind.AmountRounding).Amount.Amount);
        Assert.Equal(5_983.78m, Assert.Single(invoice.Lines, l => l.Kind == InvoiceLineKind.MinimumCommitmentTrueUp).Amount.Amount);
        Assert.Equal(6_000.00m, invoice.Total!.Amount);
    }

    [Fact]
    public void Serialize_RecordsAndTheirInvoice_RoundTrip()
    {
        var usage = Usage();
        var invoice = InvoiceCalculator.Calculate(Contract, usage);

        Assert.Equal(usage, ComputationJson.Deserialize<UsageStatement>(ComputationJson.Serialize(usage)));
        Assert.Equal(invoice, ComputationJson.Deserialize<Invoice>(ComputationJson.Serialize(invoice)));
        Assert.Equal(File.ReadAllText(UsageFile).ReplaceLineEndings("\n").TrimEnd(), ComputationJson.Serialize(usage).ReplaceLineEndings("\n").TrimEnd());
    }

    [Fact]
    public void Validate_TheSample_HasNoIntegrityFinding()
    {
        Assert.Empty(ContractIntegrity.Check(Contract).Diagnostics);
    }
}

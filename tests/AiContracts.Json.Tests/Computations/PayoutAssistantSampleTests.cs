using AiContracts.Domain;
using AiContracts.Domain.Computations.Invoicing;
using AiContracts.TestUtilities;

namespace AiContracts.Json.Tests.Computations;

/// <summary>The format 1.1 sample (06-payout-assistant-1-1.json) priced from its usage files, every number checked by hand in docs/computations.md.</summary>
public sealed class PayoutAssistantSampleTests
{
    internal static AiContract Contract { get; } =
        AiContractSerializer.Default.Deserialize(File.ReadAllText(Path.Combine(SampleFiles.ContractsFolder, "06-payout-assistant-1-1.json")));

    internal static UsageStatement Usage(string month) =>
        ComputationJson.Deserialize<UsageStatement>(File.ReadAllText(Path.Combine(SampleFiles.RepositoryRoot, "samples", "computations", $"06-payout-assistant-2026-{month}-usage.json")));

    /// <summary>
    /// April 2026 is the partial first month (15 to 30 April, 16 of 30 days): the platform fee and the payouts' minimum are
    /// prorated, 10M input tokens are free, the first output tier is capped at 200 EUR, embeddings pay the 500-package
    /// minimum, payout fees are held between 0.50 and 5.00 EUR, recoveries cross from the 2 % band into the 1.5 % band,
    /// the launch and migration discounts apply, and VAT is 19 % of the discounted charges.
    /// </summary>
    [Fact]
    public void Price_AprilUsage_ComputesEveryFormatOneOneTermByHand()
    {
        var invoice = InvoiceCalculator.Calculate(Contract, Usage("04"));

        Assert.True(invoice.IsComplete, string.Join("; ", invoice.Diagnostics.Select(d => d.Message)));
        decimal Sum(string meter) => invoice.Lines.Where(l => l.MeterId?.Value == meter).Sum(l => l.Amount.Amount);
        Assert.Equal(800.00m, Sum("meter-platform")); // 1,500 x 16/30
        Assert.Equal(270.00m, Sum("meter-input-tokens")); // 120M - 10M free: 100M x 0.0000025 + 10M x 0.000002
        Assert.Equal(216.00m, Sum("meter-output-tokens")); // min(250, 200) + 5M x 0.000008, less 10 % launch discount
        Assert.Equal(45.00m, Sum("meter-embedding-tokens")); // 300 packages raised to 500 x 0.09
        Assert.Equal(26.67m, Sum("meter-claim-payouts")); // fees 8.22, minimum 50 x 16/30
        Assert.Equal(2_600.00m, Sum("meter-recoveries")); // 100,000 x 2 % + 40,000 x 1.5 %
        Assert.Equal(-524.00m, invoice.Discounts!.Amount);
        Assert.Equal(3_457.67m, invoice.Charges!.Amount);
        Assert.Equal(656.96m, invoice.Tax!.Amount); // 19 % of 3,457.67 = 656.9573
        Assert.Equal(4_114.63m, invoice.Total!.Amount);
    }

    [Fact]
    public void Serialize_UsageWithEventsAndInvoiceWithTax_RoundTrip()
    {
        var usage = Usage("04");
        var invoice = InvoiceCalculator.Calculate(Contract, usage);

        Assert.Equal(usage, ComputationJson.Deserialize<UsageStatement>(ComputationJson.Serialize(usage)));
        Assert.Equal(invoice, ComputationJson.Deserialize<Invoice>(ComputationJson.Serialize(invoice)));
        Assert.Equal(File.ReadAllText(Path.Combine(SampleFiles.RepositoryRoot, "samples", "computations", "06-payout-assistant-2026-04-usage.json")).ReplaceLineEndings("\n").TrimEnd(),
            ComputationJson.Serialize(usage).ReplaceLineEndings("\n").TrimEnd());
    }

    /// <summary>May 2026 is a whole month: nothing is prorated, the migration credit still applies (until 31 May), every recovery band is reached.</summary>
    [Fact]
    public void Price_MayUsage_ComputesAWholeMonth()
    {
        var invoice = InvoiceCalculator.Calculate(Contract, Usage("05"));

        Assert.True(invoice.IsComplete, string.Join("; ", invoice.Diagnostics.Select(d => d.Message)));
        Assert.Equal([2_000.00m, 6_000.00m, 750.00m], invoice.Lines.Where(l => l.MeterId?.Value == "meter-recoveries" && l.Kind == InvoiceLineKind.Usage).Select(l => l.Amount.Amount));
        Assert.Equal(11_386.00m, invoice.Charges!.Amount);
        Assert.Equal(2_163.34m, invoice.Tax!.Amount);
        Assert.Equal(13_549.34m, invoice.Total!.Amount);
    }
}

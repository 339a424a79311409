using System.Text.Json.Nodes;
using AiContracts.Json;

namespace AiContracts.Cli.Tests;

/// <summary>
/// The format 1.1 pricing sample prices from the command line, and a contract that breaks a 1.1 pricing term is reported
/// by <c>validate</c> with no playbook and refused by <c>price</c> with the same finding.
/// </summary>
public sealed class PricingOneOneCommandTests
{
    private static string Sample => CliRunner.InRepository("samples", "contracts", "06-payout-assistant-1-1.json");

    private static string Usage => CliRunner.InRepository("samples", "computations", "06-payout-assistant-2026-04-usage.json");

    [Fact]
    public void Price_PayoutAssistantSample_WritesTheInvoiceWithDiscountsAndTax()
    {
        var result = CliRunner.Run(["price", Sample, "--usage", Usage, "--format", "json"]);

        Assert.Equal(0, result.ExitCode);
        var invoice = ComputationJson.Deserialize<Domain.Computations.Invoicing.Invoice>(result.Out);
        Assert.Equal(Domain.Primitives.Money.Of(656.96m, "EUR"), invoice.Tax);
        Assert.Equal(Domain.Primitives.Money.Of(4_114.63m, "EUR"), invoice.Total);
    }

    [Theory]
    [InlineData("minimumAboveMaximum", "AIC0210", "/pricing/meters/2/tiers/0/minimumCharge")]
    [InlineData("discountOver100", "AIC0015", "/pricing/discounts/0/percentage")]
    [InlineData("taxOver100", "AIC0015", "/pricing/tax/rate")]
    [InlineData("includedUnitsOnFlat", "AIC0211", "/pricing/meters/0/includedUnits")]
    public void ValidateAndPrice_BrokenTerm_AreReportedAndRefusedWithTheFinding(string breakage, string code, string pointer)
    {
        using var folder = new TemporaryFolder();
        var contract = Path.Combine(folder.Path, "broken.json");
        File.WriteAllText(contract, Break(breakage));

        var validate = CliRunner.Run(["validate", contract, "--playbook", "none"]);
        var price = CliRunner.Run(["price", contract, "--usage", Usage]);

        Assert.Equal(1, validate.ExitCode);
        Assert.Contains($"error {code} ", validate.Out, StringComparison.Ordinal);
        Assert.Contains($"({pointer})", validate.Out, StringComparison.Ordinal);
        Assert.Equal(1, price.ExitCode);
        Assert.Contains($"error {code} ", price.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Total", price.Out, StringComparison.Ordinal);
    }

    private static string Break(string breakage)
    {
        var json = JsonNode.Parse(File.ReadAllText(Sample))!;
        var pricing = json["pricing"]!;
        switch (breakage)
        {
            case "minimumAboveMaximum":
                pricing["meters"]![2]!["tiers"]![0]!["minimumCharge"] = JsonNode.Parse("""{"amount": 500, "currency": "EUR"}""");
                break;
            case "discountOver100":
                pricing["discounts"]![0]!["percentage"] = 150;
                break;
            case "taxOver100":
                pricing["tax"]!["rate"] = 119.5m;
                break;
            default:
                pricing["meters"]![0]!["includedUnits"] = 1000;
                break;
        }

        return json.ToJsonString();
    }
}

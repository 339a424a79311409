using AiContracts.Domain.Computations;
using AiContracts.Domain.Computations.Invoicing;
using AiContracts.Domain.Computations.ServiceCredits;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.ServiceLevels;
using AiContracts.Json;

// Usage: AiContracts.AotSmokeTest <samples/contracts folder>. Exit code 0 when every check passes.
if (args.Length != 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: AiContracts.AotSmokeTest <folder of sample contracts>");
    return 2;
}

var failures = new List<string>();
var files = Directory.GetFiles(args[0], "*.json").Order(StringComparer.Ordinal).ToList();
foreach (var file in files)
{
    var contract = AiContractSerializer.Default.Deserialize(File.ReadAllBytes(file));
    var again = AiContractSerializer.Default.Deserialize(AiContractSerializer.Default.Serialize(contract));
    if (again != contract)
    {
        failures.Add($"{Path.GetFileName(file)}: not equal after a round trip");
    }
}

// The computations and their JSON: an evaluation and an invoice of the vendor sample survive a round trip.
var vendor = AiContractSerializer.Default.Deserialize(File.ReadAllBytes(files.Single(f => f.EndsWith("01-vendor-llm-api.json", StringComparison.Ordinal))));
var usage = new UsageStatement { Period = ComputationPeriod.Month(2026, 5), Meters = [new MeterUsage { MeterId = LocalId.From("meter-input-tokens"), Quantity = 800_000_000 }] };
var evaluation = SlaEvaluator.Evaluate(vendor, new SlaMeasurements { Period = usage.Period, Kpis = [new KpiMeasurement { KpiId = LocalId.From("kpi-availability"), Attained = 99.5m }] }, usage);
var invoice = InvoiceCalculator.Calculate(vendor, usage, evaluation);
if (ComputationJson.Deserialize<Invoice>(ComputationJson.Serialize(invoice)) != invoice
    || ComputationJson.Deserialize<SlaEvaluation>(ComputationJson.Serialize(evaluation)) != evaluation
    || invoice.Total != Money.Of(5_850.00m, "EUR") || InvoiceLineKind.List.Count == 0)
{
    failures.Add($"computations: invoice total {invoice.Total}, or a round trip failed");
}

if (KpiUnit.List.Count == 0 || KpiUnit.FromName("Percent") != KpiUnit.Percent)
{
    failures.Add("smart enum values were trimmed away");
}

try
{
    AiContractSerializer.Default.Deserialize("""{"schemaVersion": "1.0", "id": "x", "title": "t", "status": "Nope"}""");
    failures.Add("an unknown status was accepted");
}
catch (ContractJsonException e) when (e.Message.Contains("expected one of Draft, Proposed", StringComparison.Ordinal))
{
}

foreach (var failure in failures)
{
    Console.Error.WriteLine(failure);
}

Console.WriteLine($"AOT smoke: {files.Count} samples read and written, {failures.Count} failure(s)");
return failures.Count == 0 && files.Count > 0 ? 0 : 1;

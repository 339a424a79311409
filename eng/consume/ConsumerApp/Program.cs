using AiContracts.Domain;
using AiContracts.Domain.Computations;
using AiContracts.Domain.Computations.Invoicing;
using AiContracts.Domain.Computations.ServiceCredits;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.ServiceLevels;
using AiContracts.Extensions.DependencyInjection;
using AiContracts.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

// Usage: ConsumerApp <folder of sample contracts>. Exit code 0 when every check passes. Run by eng/consume.sh both on
// the JIT and as a native AOT binary: trimming must keep what SmartEnum and System.Text.Json need.
if (args.Length != 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: ConsumerApp <folder of sample contracts>");
    return 2;
}

var failures = new List<string>();
var files = Directory.GetFiles(args[0], "*.json").Order(StringComparer.Ordinal).ToList();

// Through DI, as a host would: the default registration runs integrity plus the baseline playbook.
var services = new ServiceCollection();
services.AddAiContracts(options => options.Playbook = "ai-deployment-baseline");
using var provider = services.BuildServiceProvider();
_ = provider.GetRequiredService<IOptions<AiContractsOptions>>().Value;
var fromDi = provider.GetRequiredService<ContractDocumentValidator>();

foreach (var file in files)
{
    var name = Path.GetFileName(file);
    var bytes = File.ReadAllBytes(file);

    // The public API: read, write, read again; validate the document.
    var contract = AiContractSerializer.Default.Deserialize(bytes);
    if (AiContractSerializer.Default.Deserialize(AiContractSerializer.Default.Serialize(contract)) != contract)
    {
        failures.Add($"{name}: not equal after a round trip");
    }

    var result = ContractDocumentValidator.Default.Validate(bytes);
    if (result.Value != contract || result.Report.Diagnostics.Any(d => d.Code.StartsWith("AIC0", StringComparison.Ordinal)))
    {
        failures.Add($"{name}: the document validator did not read the contract, or found schema problems: {string.Join("; ", result.Report.Diagnostics)}");
    }

    var withPlaybook = fromDi.Validate(bytes);
    var expectValid = !name.Contains("risky", StringComparison.Ordinal);
    if (withPlaybook.IsValid != expectValid)
    {
        failures.Add($"{name}: valid under the baseline playbook through DI is {withPlaybook.IsValid}, expected {expectValid}: {string.Join("; ", withPlaybook.Report.Diagnostics)}");
    }

    Console.WriteLine($"{name}: {withPlaybook.Report.Diagnostics.Count} finding(s) under the baseline playbook");
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

// Reports: the Markdown term sheet and the HTML page with its charts, on the JIT and native AOT alike.
var markdown = AiContracts.Reporting.ContractReport.ToMarkdown(vendor);
var html = AiContracts.Reporting.ContractReport.ToHtml(vendor, new AiContracts.Reporting.ReportOptions { Usage = usage });
if (!markdown.StartsWith("<a id=\"contract\"></a>", StringComparison.Ordinal) || !html.Contains("class=\"cost-curve\"", StringComparison.Ordinal) || !html.Contains("chart-exit-", StringComparison.Ordinal))
{
    failures.Add("reports: the Markdown or the HTML page (with its cost curves and exit timeline) is not what was expected");
}

// OpenSLO both ways and measurements from a Prometheus result (YamlDotNet's parser and emitter only), on the JIT and native AOT alike.
var slos = AiContracts.OpenSlo.OpenSloConverter.Export(vendor);
var imported = AiContracts.OpenSlo.OpenSloConverter.Import(slos.Yaml);
var prometheus = AiContracts.OpenSlo.MonitoringMeasurements.FromPrometheus(
    "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[{\"metric\":{},\"value\":[1780264800,\"1184.5\"]}]}}", vendor,
    new AiContracts.OpenSlo.MonitoringOptions
    {
        Period = ComputationPeriod.Month(2026, 5),
        Series = [new AiContracts.OpenSlo.SeriesMapping { KpiId = LocalId.From("kpi-latency-p95"), Role = AiContracts.OpenSlo.SeriesRole.KpiValue }],
    });
if (slos.SloCount == 0 || !imported.IsValid || imported.Kpis.Count != slos.SloCount || prometheus.Measurements?.Kpis[0].Attained != 1184.5m)
{
    failures.Add($"openslo: export {slos.SloCount} SLOs, import valid {imported.IsValid} with {imported.Kpis.Count} KPIs, measurement {prometheus.Measurements?.Kpis[0].Attained}");
}

// Smart enums find their values by reflection: the package's trimming descriptor must keep them.
if (KpiUnit.List.Count == 0 || KpiUnit.FromName("Percent") != KpiUnit.Percent || ContractStatus.List.Count == 0)
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

Console.WriteLine($"consumer app: {files.Count} samples, {failures.Count} failure(s)");
return failures.Count == 0 && files.Count > 0 ? 0 : 1;

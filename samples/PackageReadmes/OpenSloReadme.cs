using AiContracts.Domain;
using AiContracts.Domain.Computations;
using AiContracts.Domain.Computations.ServiceCredits;
using AiContracts.Domain.Primitives;
using AiContracts.OpenSlo;

/// <summary>The snippet of src/AiContracts.OpenSlo/README.md.</summary>
internal static class OpenSloReadme
{
    /// <summary>Imports SLOs into a contract, exports them back, and evaluates a month of Prometheus data.</summary>
    /// <param name="existing">The contract.</param>
    /// <returns>The evaluation, or null when the monitoring data could not be read.</returns>
    internal static SlaEvaluation? Run(AiContract existing)
    {
        // begin-snippet: openslo
        var import = OpenSloConverter.Import(File.ReadAllText("slos.yaml"));
        foreach (var finding in import.Report.Diagnostics)
        {
            Console.WriteLine(finding);   // 61:7: warning AIC8005 ...
        }
        var contract = import.ApplyTo(existing);
        File.WriteAllText("contract-slos.yaml", OpenSloConverter.Export(contract).Yaml);

        var measured = MonitoringMeasurements.FromPrometheus(File.ReadAllBytes("query_range.json"), contract, new MonitoringOptions
        {
            Period = ComputationPeriod.Month(2026, 5),
            Series = [new SeriesMapping { KpiId = LocalId.From("kpi-availability"), Role = SeriesRole.Up, Selector = "up{job=\"api\"}" }],
        });
        var evaluation = measured.Measurements is { } m ? SlaEvaluator.Evaluate(contract, m) : null;   // null: see measured.Report
        // end-snippet
        return evaluation;
    }
}

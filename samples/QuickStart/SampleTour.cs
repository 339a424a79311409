using System.Globalization;
using AiContracts.Domain;
using AiContracts.Domain.Validation;
using AiContracts.Json;

/// <summary>Writes the quick-start contract and reads every sample contract, printing a line for each and its verdict under the baseline playbook.</summary>
internal static class SampleTour
{
    /// <summary>Runs the tour.</summary>
    /// <param name="built">The contract built in C#.</param>
    internal static void Run(AiContract built)
    {
        Console.WriteLine(AiContractSerializer.Default.Serialize(built));
        var folder = FindSamples();
        var failures = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                using var stream = File.OpenRead(file);
                var contract = AiContractSerializer.Default.Deserialize(stream);
                Console.WriteLine(Summarise(Path.GetFileName(file), contract));
                Console.WriteLine(Verdict(contract));
            }
            catch (ContractJsonException e)
            {
                failures++;
                Console.Error.WriteLine($"{Path.GetFileName(file)}: {e.Message}");
            }
        }

        Environment.ExitCode = failures == 0 ? 0 : 1;
    }

    private static string Summarise(string file, AiContract c) => string.Create(
        CultureInfo.InvariantCulture,
        $"{file}: {c.Id} '{c.Title}' [{c.Status}] provider={c.Parties?.Provider.Name ?? "?"} ({c.Parties?.ProviderKind.Name ?? "?"}), " +
        $"{c.AiSystems.Count} system(s), {c.ServiceLevels?.Kpis.Count ?? 0} KPI(s), {c.ServiceLevels?.Objectives.Count ?? 0} objective(s), " +
        $"{c.DataProcessing?.Categories.Count ?? 0} data categor(ies), {c.Pricing?.Meters.Count ?? 0} meter(s), " +
        $"{c.Exit?.TerminationRights.Count ?? 0} termination right(s)");

    private static string Verdict(AiContract contract)
    {
        var report = Playbook.AiDeploymentBaseline.CheckCompleteness(contract);
        var findings = report.Clauses.SelectMany(c => c.Findings).ToList();
        return string.Create(
            CultureInfo.InvariantCulture,
            $"  {report.Playbook}: {findings.Count(d => d.Severity == AiContracts.Domain.Diagnostics.DiagnosticSeverity.Error)} error(s), " +
            $"{findings.Count(d => d.Severity == AiContracts.Domain.Diagnostics.DiagnosticSeverity.Warning)} warning(s); {report.Clauses.Count} clauses: " +
            $"{report.PresentCount} present, {report.MissingCount} missing, {report.DeficientCount} deficient");
    }

    private static string FindSamples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", "contracts");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("samples/contracts was not found above " + AppContext.BaseDirectory);
    }
}

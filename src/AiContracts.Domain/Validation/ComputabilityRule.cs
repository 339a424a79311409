using System.Globalization;
using AiContracts.Domain.Diagnostics;
using NodaTime;

namespace AiContracts.Domain.Validation;

/// <summary>
/// Integrity: the numbers the calculators need are in a range they can compute with (AIC0204): availability intervals
/// of at least a second, maintenance windows and exclusion allowances that are not negative, chronic-breach terms with
/// N of 1 or more and M at least N, and caps and commitments that are not negative.
/// </summary>
/// <remarks>Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class ComputabilityRule : IContractRule
{
    /// <inheritdoc />
    public string Id => "computable";

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Evaluate(AiContract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var findings = new List<Diagnostic>();
        var levels = contract.ServiceLevels;
        for (var i = 0; i < (levels?.Kpis.Count ?? 0); i++)
        {
            var kpi = levels!.Kpis[i];
            if (kpi.AvailabilityDefinition?.IntervalLength is { } length && length < Duration.FromSeconds(1))
            {
                Add(findings, JsonPointer.Root / "serviceLevels" / "kpis" / i / "availabilityDefinition" / "intervalLength", $"The interval length of KPI '{kpi.Id}'", Text(length), "availability is counted in intervals of at least one second (PT1S)");
            }
        }

        for (var i = 0; i < (levels?.Objectives.Count ?? 0); i++)
        {
            var objective = levels!.Objectives[i];
            var at = JsonPointer.Root / "serviceLevels" / "objectives" / i;
            if (objective.ChronicBreach is { } chronic)
            {
                if (chronic.Breaches < 1)
                {
                    Add(findings, at / "chronicBreach" / "breaches", $"N in the chronic-breach terms of objective '{objective.Id}'", chronic.Breaches.ToString(CultureInfo.InvariantCulture), "N breaches within M periods needs N of 1 or more");
                }
                else if (chronic.WithinPeriods < chronic.Breaches)
                {
                    Add(findings, at / "chronicBreach" / "withinPeriods", $"M in the chronic-breach terms of objective '{objective.Id}'", chronic.WithinPeriods.ToString(CultureInfo.InvariantCulture),
                        $"N breaches within M periods needs M of at least N ({chronic.Breaches.ToString(CultureInfo.InvariantCulture)})");
                }
            }

            for (var x = 0; x < objective.Exclusions.Count; x++)
            {
                var exclusion = objective.Exclusions[x];
                if (exclusion.MaximumPerPeriod is { } most && most < Duration.Zero)
                {
                    Add(findings, at / "exclusions" / x / "maximumPerPeriod", "The most an exclusion may exclude per period", Text(most), "it must not be negative");
                }

                if (exclusion.MaintenanceWindow is { } window && window.Length <= Duration.Zero)
                {
                    Add(findings, at / "exclusions" / x / "maintenanceWindow" / "length", "The length of a maintenance window", Text(window.Length), "it must be positive");
                }
            }
        }

        var pricing = contract.Pricing;
        if (pricing?.TotalCap?.Spend is { Amount: < 0 } cap)
        {
            Add(findings, JsonPointer.Root / "pricing" / "totalCap" / "spend", "The total spend cap", cap.ToString(), "a cap is zero or more");
        }

        if (pricing?.MinimumCommitment?.Amount is { Amount: < 0 } commitment)
        {
            Add(findings, JsonPointer.Root / "pricing" / "minimumCommitment" / "amount", "The minimum commitment", commitment.ToString(), "a commitment is zero or more");
        }

        return findings;
    }

    /// <summary>An ISO 8601 duration as the contract's JSON writes it (PT0.5S, -PT15M).</summary>
    internal static string Text(Duration duration)
    {
        var text = new System.Text.StringBuilder(duration < Duration.Zero ? "-P" : "P");
        if (duration.Days != 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{Math.Abs((long)duration.Days)}D");
        }

        text.Append('T');
        if (duration.Hours != 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{Math.Abs(duration.Hours)}H");
        }

        if (duration.Minutes != 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{Math.Abs(duration.Minutes)}M");
        }

        var seconds = Math.Abs(duration.Seconds) + (Math.Abs(duration.SubsecondNanoseconds) / 1_000_000_000m);
        if (seconds != 0 || (text[^1] == 'T' && duration.Days == 0))
        {
            text.Append(CultureInfo.InvariantCulture, $"{seconds:0.#########}S");
        }

        return text.ToString().TrimEnd('T');
    }

    private void Add(List<Diagnostic> findings, JsonPointer pointer, string what, string value, string expected) =>
        findings.Add(DiagnosticCatalogue.NotComputable.Create(pointer, Id, ("what", what), ("value", value), ("expected", expected)));
}

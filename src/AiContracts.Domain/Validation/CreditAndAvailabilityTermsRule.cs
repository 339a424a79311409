using System.Globalization;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.ServiceLevels;
using NodaTime;

namespace AiContracts.Domain.Validation;

/// <summary>
/// Integrity of the service-level terms of format 1.1: the numbers are in range (AIC0204: a downtime run, a minimum
/// request volume, credit amounts not negative; a repeated-error window positive), an objective's minimum credit is not
/// above its maximum per claim (AIC0205), credit amounts are in the pricing currency (AIC0206), and an availability term
/// applies to how its KPI computes availability (AIC0207).
/// </summary>
/// <remarks>Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class CreditAndAvailabilityTermsRule : IContractRule
{
    private static readonly JsonPointer Kpis = JsonPointer.Root / "serviceLevels" / "kpis";
    private static readonly JsonPointer Objectives = JsonPointer.Root / "serviceLevels" / "objectives";

    /// <inheritdoc />
    public string Id => "credit-and-availability-terms";

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Evaluate(AiContract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var findings = new List<Diagnostic>();
        var levels = contract.ServiceLevels;
        for (var i = 0; i < (levels?.Kpis.Count ?? 0); i++)
        {
            var kpi = levels!.Kpis[i];
            if (kpi.AvailabilityDefinition is { } definition)
            {
                Availability(kpi, definition, Kpis / i / "availabilityDefinition", findings);
            }
        }

        for (var i = 0; i < (levels?.Objectives.Count ?? 0); i++)
        {
            Credits(contract, levels!.Objectives[i], Objectives / i, findings);
        }

        return findings;
    }

    private void Availability(KpiDefinition kpi, AvailabilityDefinition definition, JsonPointer at, List<Diagnostic> findings)
    {
        if (definition.MinimumDowntimeRun is { } run && run < Duration.Zero)
        {
            NotComputable(findings, at / "minimumDowntimeRun", $"The minimum downtime run of KPI '{kpi.Id}'", ComputabilityRule.Text(run), "it must not be negative");
        }

        if (definition.MinimumRequests is < 0)
        {
            NotComputable(findings, at / "minimumRequests", $"The minimum request volume of KPI '{kpi.Id}'", definition.MinimumRequests.Value.ToString(CultureInfo.InvariantCulture), "it must not be negative");
        }

        if (definition.RepeatedErrorWindow is { } window && window <= Duration.Zero)
        {
            NotComputable(findings, at / "repeatedErrorWindow", $"The repeated-error window of KPI '{kpi.Id}'", ComputabilityRule.Text(window), "it must be positive");
        }

        var uptime = definition.Method == AvailabilityMethod.UptimeMinutes;
        if (!uptime && definition.MinimumDowntimeRun is not null)
        {
            WithoutEffect(findings, at / "minimumDowntimeRun", "The minimum downtime run", kpi,
                "counts runs of down intervals, but the KPI averages error rates (ErrorRateIntervals), where no interval is down or up");
        }

        if (uptime && definition.DowntimeErrorRate is null)
        {
            // Without a downtime error rate, uptime intervals come from outages only: request counts are never read.
            if (definition.MinimumRequests is not null)
            {
                WithoutEffect(findings, at / "minimumRequests", "The minimum request volume", kpi, "applies to request counts, but the KPI counts uptime from outages only (it states no downtimeErrorRate)");
            }

            if (definition.RepeatedErrorWindow is not null)
            {
                WithoutEffect(findings, at / "repeatedErrorWindow", "The repeated-error window", kpi, "applies to failed requests, but the KPI counts uptime from outages only (it states no downtimeErrorRate)");
            }
        }
    }

    private void Credits(AiContract contract, ServiceLevelObjective objective, JsonPointer at, List<Diagnostic> findings)
    {
        var minimum = objective.MinimumCredit;
        var maximum = objective.MaximumCreditPerClaim;
        if (minimum is { Amount: < 0 } negativeMinimum)
        {
            NotComputable(findings, at / "minimumCredit" / "amount", $"The minimum credit of objective '{objective.Id}'", negativeMinimum.ToString(), "a credit amount is zero or more");
        }

        if (maximum is { Amount: < 0 } negativeMaximum)
        {
            NotComputable(findings, at / "maximumCreditPerClaim" / "amount", $"The maximum credit per claim of objective '{objective.Id}'", negativeMaximum.ToString(), "a credit amount is zero or more");
        }

        var currency = contract.Pricing?.Currency;
        var sameCurrency = true;
        foreach (var (amount, member, what) in new[] { (minimum, "minimumCredit", "minimum credit"), (maximum, "maximumCreditPerClaim", "maximum credit per claim") })
        {
            if (amount is not null && currency is not null && amount.Currency != currency)
            {
                sameCurrency = false;
                findings.Add(DiagnosticCatalogue.CreditAmountCurrency.Create(at / member / "currency", Id,
                    ("what", $"The {what} of objective '{objective.Id}'"), ("value", amount.Currency.Code), ("expected", $"the pricing currency is {currency.Code}")));
            }
        }

        if (minimum is not null && maximum is not null && currency is null && minimum.Currency != maximum.Currency)
        {
            sameCurrency = false;
            findings.Add(DiagnosticCatalogue.CreditAmountCurrency.Create(at / "minimumCredit" / "currency", Id,
                ("what", $"The minimum credit of objective '{objective.Id}'"), ("value", minimum.Currency.Code), ("expected", $"its maximum credit per claim is in {maximum.Currency.Code}")));
        }

        if (sameCurrency && minimum is not null && maximum is not null && minimum.Amount > maximum.Amount)
        {
            findings.Add(DiagnosticCatalogue.CreditMinimumAboveMaximum.Create(at / "minimumCredit", Id,
                ("value", objective.Id.ToString()), ("minimum", minimum.ToString()), ("maximum", maximum.ToString())));
        }
    }

    private void NotComputable(List<Diagnostic> findings, JsonPointer pointer, string what, string value, string expected) =>
        findings.Add(DiagnosticCatalogue.NotComputable.Create(pointer, Id, ("what", what), ("value", value), ("expected", expected)));

    private void WithoutEffect(List<Diagnostic> findings, JsonPointer pointer, string what, KpiDefinition kpi, string problem) =>
        findings.Add(DiagnosticCatalogue.AvailabilityTermWithoutEffect.Create(pointer, Id, ("what", what), ("value", kpi.Id.ToString()), ("problem", problem)));
}

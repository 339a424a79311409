using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.Validation.Rules;

namespace AiContracts.Domain.Validation;

/// <summary>
/// The integrity checks: whether a contract is internally consistent and computable, as opposed to whether it is a good
/// contract (which is what playbooks judge). They always run: in every <see cref="ContractValidator"/> before its rules,
/// whatever the playbook, and in every calculator, which returns these findings instead of a number. Their findings are
/// always errors; a playbook cannot lower them. See docs/rules.md, "Integrity and policy".
/// </summary>
/// <remarks>
/// The checks: identifiers unique and references resolving (AIC0201, AIC0202); credit bands ordered, without overlap or
/// gap, crediting more as attainment gets worse in the KPI's direction (AIC1009 to AIC1011); price tiers ascending with
/// only the last open-ended (AIC4002, AIC4003); every pricing amount in the pricing currency (AIC4004); every period the
/// calculators add to a date applicable to one (AIC0203); the numbers the calculators need in range (AIC0204); an
/// objective's minimum credit not above its maximum per claim (AIC0205), its credit amounts in the pricing currency
/// (AIC0206), and availability terms that apply to their KPI's method (AIC0207); the format 1.1 pricing terms
/// applicable where stated, minimums not above maximums, exactly one of two exclusive terms, date ranges in order
/// (AIC0210 to AIC0213); the format 1.2 rate cards priced for every request, without containment loops, with request
/// tiers and price versions in ascending order (AIC0214 to AIC0217); reserved capacity committed in allowed sizes (AIC0218).
/// Thread safety: immutable; safe to share across threads.
/// </remarks>
public static class ContractIntegrity
{
    private static readonly IContractRule[] Checks =
    [
        new ReferencesRule(),
        new CodeFilter(new CreditBandsRule(), "AIC1009", "AIC1010", "AIC1011"),
        new PriceTiersRule(),
        new OneCurrencyRule(),
        new PeriodRule(),
        new ComputabilityRule(),
        new CreditAndAvailabilityTermsRule(),
        new PricingTermsRule(),
        new RateCardsRule(),
        new CapacityReservationsRule(),
    ];

    /// <summary>The codes the integrity checks emit.</summary>
    public static IReadOnlyList<string> Codes { get; } =
    [
        "AIC0201", "AIC0202", "AIC0203", "AIC0204", "AIC0205", "AIC0206", "AIC0207", "AIC0210", "AIC0211", "AIC0212", "AIC0213", "AIC0214", "AIC0215", "AIC0216", "AIC0217", "AIC0218",
        "AIC1009", "AIC1010", "AIC1011", "AIC4002", "AIC4003", "AIC4004",
    ];

    /// <summary>Checks a contract's integrity.</summary>
    /// <param name="contract">The contract, possibly an incomplete draft (what is absent is not checked).</param>
    /// <returns>The findings, all errors; valid when the contract is consistent and computable.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contract"/> is null.</exception>
    public static ValidationReport Check(AiContract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return new ValidationReport(ValueArray.From(Evaluate(contract)), warningsAreErrors: false);
    }

    /// <summary>The findings of every check, in check order, each check's findings ordered by pointer, all errors.</summary>
    internal static List<Diagnostic> Evaluate(AiContract contract)
    {
        var findings = new List<Diagnostic>();
        foreach (var check in Checks)
        {
            var start = findings.Count;
            foreach (var finding in check.Evaluate(contract))
            {
                findings.Add(finding.Severity == DiagnosticSeverity.Error ? finding : finding with { Severity = DiagnosticSeverity.Error });
            }

            ContractValidator.OrderByPointer(findings, start);
        }

        return findings;
    }

    /// <summary>
    /// Whether a playbook's rule is one of the integrity checks themselves, whose every finding the integrity stage has
    /// already reported (same code, same pointer): running it again could only repeat them.
    /// </summary>
    /// <remarks>
    /// A rule repeats the integrity stage when it is of the same type as one of its checks, takes no parameters, and
    /// reports integrity codes only (the credit-bands rule does not: it also reports a policy code).
    /// </remarks>
    internal static bool Repeats(IContractRule rule) =>
        rule is ReferencesRule
        || (rule is PriceTiersRule or OneCurrencyRule && ((IClauseRule)rule).Descriptors.All(d => Codes.Contains(d.Code)));

    /// <summary>Keeps the integrity codes of a rule that also checks policy.</summary>
    private sealed class CodeFilter(IContractRule inner, params string[] codes) : IContractRule
    {
        public string Id => inner.Id;

        public IEnumerable<Diagnostic> Evaluate(AiContract contract) => inner.Evaluate(contract).Where(d => codes.Contains(d.Code, StringComparer.Ordinal));
    }
}

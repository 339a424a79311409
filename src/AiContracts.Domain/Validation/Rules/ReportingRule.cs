using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>
/// The provider reports regularly (AIC6001), at least as often as the playbook's
/// <see cref="PlaybookParameters.LeastFrequentReporting"/> (AIC6002).
/// </summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
internal sealed class ReportingRule : ClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.NoReporting, DiagnosticCatalogue.ReportingTooInfrequent);

    /// <summary>Creates the rule.</summary>
    /// <param name="parameters">The thresholds; <see cref="PlaybookParameters.Default"/> when null.</param>
    public ReportingRule(PlaybookParameters? parameters = null) => Parameters = parameters ?? PlaybookParameters.Default;

    /// <summary>The thresholds the rule reads.</summary>
    public PlaybookParameters Parameters { get; }

    /// <inheritdoc />
    public override string Id => "reporting";

    /// <inheritdoc />
    public override string Title => "The provider reports at an agreed cadence";

    /// <inheritdoc />
    public override string Area => "governance";

    /// <inheritdoc />
    public override ValueArray<DiagnosticDescriptor> Descriptors => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Diagnostic> Findings(AiContract contract)
    {
        var reporting = contract.Governance?.Reporting;
        if (reporting is null)
        {
            yield return DiagnosticCatalogue.NoReporting.Create(RuleSupport.Group(contract.Governance, JsonPointer.Root / "governance"), Id);
        }
        else if (reporting.Cadence.Value > Parameters.LeastFrequentReporting.Value)
        {
            yield return DiagnosticCatalogue.ReportingTooInfrequent.Create(
                JsonPointer.Root / "governance" / "reporting" / "cadence", Id, ("value", reporting.Cadence.Name), ("limit", Parameters.LeastFrequentReporting.Name));
        }
    }
}

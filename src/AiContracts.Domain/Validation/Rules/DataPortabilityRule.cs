using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Exit;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>
/// At exit the customer's data comes back: portability is agreed with a scope (AIC5003), in at least one open format
/// (AIC5004), with a deadline (AIC5005) no later than the playbook's
/// <see cref="PlaybookParameters.LatestPortabilityDeadline"/> (AIC5006).
/// </summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
internal sealed class DataPortabilityRule : ClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(
        DiagnosticCatalogue.NoDataPortability, DiagnosticCatalogue.PortabilityNotOpen, DiagnosticCatalogue.PortabilityWithoutDeadline, DiagnosticCatalogue.PortabilityTooLate);

    /// <summary>Creates the rule.</summary>
    /// <param name="parameters">The thresholds; <see cref="PlaybookParameters.Default"/> when null.</param>
    public DataPortabilityRule(PlaybookParameters? parameters = null) => Parameters = parameters ?? PlaybookParameters.Default;

    /// <summary>The thresholds the rule reads.</summary>
    public PlaybookParameters Parameters { get; }

    /// <inheritdoc />
    public override string Id => "data-portability";

    /// <inheritdoc />
    public override string Title => "Data is portable in open formats with a deadline";

    /// <inheritdoc />
    public override string Area => "exit";

    /// <inheritdoc />
    public override ValueArray<DiagnosticDescriptor> Descriptors => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Diagnostic> Findings(AiContract contract)
    {
        var portability = contract.Exit?.DataPortability;
        var At = JsonPointer.Root / "exit" / "dataPortability";
        if (portability is null)
        {
            yield return DiagnosticCatalogue.NoDataPortability.Create(RuleSupport.Group(contract.Exit, JsonPointer.Root / "exit"), Id, ("problem", "has no data portability at exit"));
            yield break;
        }

        if (portability.Scope.IsEmpty)
        {
            yield return DiagnosticCatalogue.NoDataPortability.Create(At, Id, ("problem", "does not say which data the customer gets back at exit"));
        }

        if (!portability.Formats.Any(f => f != DataFormat.Proprietary))
        {
            yield return DiagnosticCatalogue.PortabilityNotOpen.Create(
                portability.Formats.IsEmpty ? At : At / "formats", Id, ("value", portability.Formats.IsEmpty ? "no stated format" : "a proprietary format only"));
        }

        var limit = Parameters.LatestPortabilityDeadline;
        if (portability.Deadline is not { } deadline)
        {
            yield return DiagnosticCatalogue.PortabilityWithoutDeadline.Create(At, Id, ("limit", limit.ToString()));
        }
        else if (RuleSupport.Exceeds(deadline, limit))
        {
            yield return DiagnosticCatalogue.PortabilityTooLate.Create(At / "deadline", Id, ("value", deadline.ToString()), ("limit", limit.ToString()));
        }
    }
}

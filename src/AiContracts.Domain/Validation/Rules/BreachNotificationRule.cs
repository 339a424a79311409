using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>
/// Personal data implies a breach-notification deadline (AIC2011) no later than the playbook's
/// <see cref="PlaybookParameters.LatestBreachNotification"/> (AIC2012).
/// </summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
internal sealed class BreachNotificationRule : ClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.NoBreachNotification, DiagnosticCatalogue.BreachNotificationTooLate);

    /// <summary>Creates the rule.</summary>
    /// <param name="parameters">The thresholds; <see cref="PlaybookParameters.Default"/> when null.</param>
    public BreachNotificationRule(PlaybookParameters? parameters = null) => Parameters = parameters ?? PlaybookParameters.Default;

    /// <summary>The thresholds the rule reads.</summary>
    public PlaybookParameters Parameters { get; }

    /// <inheritdoc />
    public override string Id => "breach-notification";

    /// <inheritdoc />
    public override string Title => "Personal-data breaches are notified in time";

    /// <inheritdoc />
    public override string Area => "data";

    /// <inheritdoc />
    public override ValueArray<DiagnosticDescriptor> Descriptors => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Diagnostic> Findings(AiContract contract)
    {
        var data = contract.DataProcessing;
        if (data is null || !data.Categories.Any(c => c.ContainsPersonalData == true))
        {
            yield break;
        }

        var limit = Parameters.LatestBreachNotification.ToString();
        if (data.BreachNotificationDeadline is not { } deadline)
        {
            yield return DiagnosticCatalogue.NoBreachNotification.Create(JsonPointer.Root / "dataProcessing", Id, ("limit", limit));
        }
        else if (RuleSupport.Exceeds(deadline, Parameters.LatestBreachNotification))
        {
            yield return DiagnosticCatalogue.BreachNotificationTooLate.Create(JsonPointer.Root / "dataProcessing" / "breachNotificationDeadline", Id, ("value", deadline.ToString()), ("limit", limit));
        }
    }
}

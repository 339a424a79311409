using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.ServiceLevels;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>
/// The contract commits to service level objectives (AIC1007), and every objective has a remedy beyond a
/// notification: service-credit bands, or a remedy such as a refund, retraining or rollback (AIC1008).
/// </summary>
/// <remarks>Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class ObjectiveRemedyRule : ClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.NoObjectives, DiagnosticCatalogue.ObjectiveWithoutRemedy);

    /// <inheritdoc />
    public override string Id => "objective-remedy";

    /// <inheritdoc />
    public override string Title => "Every objective has a remedy";

    /// <inheritdoc />
    public override string Area => "service levels";

    /// <inheritdoc />
    public override ValueArray<DiagnosticDescriptor> Descriptors => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Diagnostic> Findings(AiContract contract)
    {
        var objectives = contract.ServiceLevels?.Objectives ?? [];
        if (objectives.IsEmpty)
        {
            yield return DiagnosticCatalogue.NoObjectives.Create(RuleSupport.Group(contract.ServiceLevels, JsonPointer.Root / "serviceLevels"), Id);
            yield break;
        }

        for (var i = 0; i < objectives.Count; i++)
        {
            var objective = objectives[i];
            if (objective.CreditBands.IsEmpty && !objective.Remedies.Any(r => r.Kind != RemedyKind.Notify))
            {
                yield return DiagnosticCatalogue.ObjectiveWithoutRemedy.Create(JsonPointer.Root / "serviceLevels" / "objectives" / i, Id, ("value", objective.Id.Value));
            }
        }
    }
}

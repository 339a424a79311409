using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.ServiceLevels;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>
/// The contract commits to service level objectives (AIC1007), and every objective has a remedy beyond a
/// notification: service-credit bands, or a remedy such as a refund, retraining or rollback (AIC1008).
/// </summary>
/// <remarks>Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class ObjectiveRemedyRule : IClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.NoObjectives, DiagnosticCatalogue.ObjectiveWithoutRemedy);

    /// <inheritdoc />
    public string Id => "objective-remedy";

    /// <inheritdoc />
    public string Title => "Every objective has a remedy";

    /// <inheritdoc />
    public string Area => "service levels";

    /// <inheritdoc />
    public ValueArray<DiagnosticDescriptor> Descriptors => Codes;

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Evaluate(AiContract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return Findings(contract);
    }

    private IEnumerable<Diagnostic> Findings(AiContract contract)
    {
        var objectives = contract.ServiceLevels?.Objectives ?? [];
        if (objectives.IsEmpty)
        {
            yield return DiagnosticCatalogue.NoObjectives.Create(RuleSupport.Group(contract.ServiceLevels, "/serviceLevels"), Id);
            yield break;
        }

        for (var i = 0; i < objectives.Count; i++)
        {
            var objective = objectives[i];
            if (objective.CreditBands.IsEmpty && !objective.Remedies.Any(r => r.Kind != RemedyKind.Notify))
            {
                yield return DiagnosticCatalogue.ObjectiveWithoutRemedy.Create($"/serviceLevels/objectives/{i}", Id, ("value", objective.Id.Value));
            }
        }
    }
}

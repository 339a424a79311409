using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Exit;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>
/// The customer can leave: it may terminate for convenience (AIC5001) and for chronic SLA breach (AIC5002), through a
/// termination right it holds alone or with the provider, or (for chronic breach) through an objective's chronic-breach
/// terms that grant one.
/// </summary>
/// <remarks>Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class TerminationRightsRule : ClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.NoTerminationForConvenience, DiagnosticCatalogue.NoTerminationForChronicBreach);

    /// <inheritdoc />
    public override string Id => "termination-rights";

    /// <inheritdoc />
    public override string Title => "The customer may terminate for convenience and for chronic SLA breach";

    /// <inheritdoc />
    public override string Area => "exit";

    /// <inheritdoc />
    public override ValueArray<DiagnosticDescriptor> Descriptors => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Diagnostic> Findings(AiContract contract)
    {
        var rights = contract.Exit?.TerminationRights ?? [];
        var at = contract.Exit is null ? JsonPointer.Root : rights.IsEmpty ? JsonPointer.Root / "exit" : JsonPointer.Root / "exit" / "terminationRights";
        if (!rights.Any(r => r.Trigger == TerminationTrigger.Convenience && r.HeldBy != PartyRole.Provider))
        {
            yield return DiagnosticCatalogue.NoTerminationForConvenience.Create(at, Id);
        }

        var chronic = rights.Any(r => r.Trigger == TerminationTrigger.ChronicSlaBreach && r.HeldBy != PartyRole.Provider)
            || (contract.ServiceLevels?.Objectives.Any(o => o.ChronicBreach?.GrantsTerminationRight == true) ?? false);
        if (!chronic)
        {
            yield return DiagnosticCatalogue.NoTerminationForChronicBreach.Create(at, Id);
        }
    }
}

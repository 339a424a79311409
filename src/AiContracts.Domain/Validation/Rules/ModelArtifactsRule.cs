using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.Systems;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>
/// Models made for the customer can leave with it: every AI system customised for the customer is covered by
/// model-artifact terms (AIC5009), and the artifacts are handed over in at least one open format (AIC5010).
/// </summary>
/// <remarks>Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class ModelArtifactsRule : ClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.NoArtifactTerms, DiagnosticCatalogue.ArtifactsNotOpen);

    /// <inheritdoc />
    public override string Id => "model-artifacts";

    /// <inheritdoc />
    public override string Title => "Custom model artifacts are handed over in an open format";

    /// <inheritdoc />
    public override string Area => "exit";

    /// <inheritdoc />
    public override ValueArray<DiagnosticDescriptor> Descriptors => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Diagnostic> Findings(AiContract contract)
    {
        var artifacts = contract.Exit?.ModelArtifacts;
        for (var i = 0; i < contract.AiSystems.Count; i++)
        {
            var system = contract.AiSystems[i];
            if (system.CustomisedForCustomer == true && (artifacts is null || !(artifacts.AiSystemIds.IsEmpty || artifacts.AiSystemIds.Contains(system.Id))))
            {
                yield return DiagnosticCatalogue.NoArtifactTerms.Create(JsonPointer.Root / "aiSystems" / i, Id, ("value", system.Id.Value));
            }
        }

        if (artifacts is not null && !artifacts.Formats.Any(f => f != ModelFormat.Proprietary))
        {
            yield return DiagnosticCatalogue.ArtifactsNotOpen.Create(
                artifacts.Formats.IsEmpty ? JsonPointer.Root / "exit" / "modelArtifacts" : JsonPointer.Root / "exit" / "modelArtifacts" / "formats", Id, ("value", artifacts.Formats.IsEmpty ? "no stated format" : "a proprietary format only"));
        }
    }
}

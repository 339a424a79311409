using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Integration;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>
/// A sandboxed integration proof is required (AIC3007), and a signed or active contract has a passed one (AIC3008).
/// </summary>
/// <remarks>Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class SandboxProofRule : ClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.SandboxProofNotRequired, DiagnosticCatalogue.SandboxProofNotPassed);

    /// <inheritdoc />
    public override string Id => "sandbox-proof";

    /// <inheritdoc />
    public override string Title => "A sandbox integration proof is required and passed";

    /// <inheritdoc />
    public override string Area => "integration";

    /// <inheritdoc />
    public override ValueArray<DiagnosticDescriptor> Descriptors => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Diagnostic> Findings(AiContract contract)
    {
        var proof = contract.Integration?.SandboxProof;
        if (proof is null)
        {
            yield return DiagnosticCatalogue.SandboxProofNotRequired.Create(RuleSupport.Group(contract.Integration, JsonPointer.Root / "integration"), Id, ("problem", "has no sandbox proof"));
        }
        else if (proof.Required != true)
        {
            yield return DiagnosticCatalogue.SandboxProofNotRequired.Create(
                proof.Required is null ? JsonPointer.Root / "integration" / "sandboxProof" : JsonPointer.Root / "integration" / "sandboxProof" / "required", Id, ("problem", "does not require its sandbox proof"));
        }

        if ((contract.Status == ContractStatus.Signed || contract.Status == ContractStatus.Active) && proof?.Status != SandboxProofStatus.Passed)
        {
            yield return DiagnosticCatalogue.SandboxProofNotPassed.Create(
                proof is null ? RuleSupport.Group(contract.Integration, JsonPointer.Root / "integration") : JsonPointer.Root / "integration" / "sandboxProof" / "status",
                Id,
                ("status", contract.Status.Name),
                ("value", proof is null ? "missing" : proof.Status.Name));
        }
    }
}

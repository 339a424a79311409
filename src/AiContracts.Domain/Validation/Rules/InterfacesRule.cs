using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>
/// The contract documents at least one interface (AIC3001), and every interface points to its specification (AIC3002).
/// </summary>
/// <remarks>Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class InterfacesRule : ClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.NoInterfaces, DiagnosticCatalogue.InterfaceWithoutSpecification);

    /// <inheritdoc />
    public override string Id => "interfaces";

    /// <inheritdoc />
    public override string Title => "Interfaces are documented with a specification";

    /// <inheritdoc />
    public override string Area => "integration";

    /// <inheritdoc />
    public override ValueArray<DiagnosticDescriptor> Descriptors => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Diagnostic> Findings(AiContract contract)
    {
        var interfaces = contract.Integration?.Interfaces ?? [];
        if (interfaces.IsEmpty)
        {
            yield return DiagnosticCatalogue.NoInterfaces.Create(RuleSupport.Group(contract.Integration, JsonPointer.Root / "integration"), Id);
        }

        for (var i = 0; i < interfaces.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(interfaces[i].SpecificationReference))
            {
                yield return DiagnosticCatalogue.InterfaceWithoutSpecification.Create(JsonPointer.Root / "integration" / "interfaces" / i, Id, ("value", interfaces[i].Id.Value));
            }
        }
    }
}

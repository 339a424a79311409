namespace AiContracts.Domain.Diagnostics;

/// <summary>The business rules' codes: <c>AIC1xxx</c> service levels to <c>AIC6xxx</c> governance.</summary>
public static partial class DiagnosticCatalogue
{
    private static DiagnosticDescriptor[] RuleDescriptors() => [];
}

namespace AiContracts.Domain.Diagnostics;

/// <summary>The computations' codes (<c>AIC7xxx</c>): bad measurements, usage and other inputs of a computation.</summary>
public static partial class DiagnosticCatalogue
{
    private static DiagnosticDescriptor[] ComputationDescriptors() => [];
}

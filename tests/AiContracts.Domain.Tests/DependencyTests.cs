namespace AiContracts.Domain.Tests;

/// <summary>Dependencies point one way: the Domain package knows no JSON and nothing of the other packages.</summary>
public sealed class DependencyTests
{
    [Fact]
    public void DomainAssembly_ReferencesOnlyNodaTimeSmartEnumAndTheRuntime()
    {
        var references = typeof(AiContract).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        var unexpected = references
            .Where(name => name is not ("NodaTime" or "Ardalis.SmartEnum" or "netstandard" or "mscorlib")
                && !name.StartsWith("System.", StringComparison.Ordinal) && name != "System")
            .ToList();

        Assert.Empty(unexpected);
        Assert.DoesNotContain("System.Text.Json", references);
    }

    [Fact]
    public void DomainAssembly_DeclaresNoTypeInAModelsNamespace()
    {
        Assert.DoesNotContain(typeof(AiContract).Assembly.GetExportedTypes(), t => t.Namespace?.Contains(".Models", StringComparison.Ordinal) == true);
    }
}

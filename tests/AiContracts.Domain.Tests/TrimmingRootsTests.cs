using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace AiContracts.Domain.Tests;

/// <summary>
/// The module initializer that eng/AiContracts.Generators derives keeps the fields Ardalis.SmartEnum reflects over; it
/// must name exactly the smart enums of the assembly, or a trimmed or native-AOT consumer loses vocabulary values (an
/// unknown name at read time). eng/consume.sh checks the effect by reading every sample back in a native-AOT app.
/// </summary>
public sealed class TrimmingRootsTests
{
    [Fact]
    public void The_generated_module_initializer_roots_the_fields_of_exactly_every_smart_enum()
    {
        var assembly = typeof(AiContract).Assembly;
        var root = assembly.GetType("AiContracts.Generated.SmartEnumTrimmingRoots", throwOnError: true)!
            .GetMethod("Root", BindingFlags.NonPublic | BindingFlags.Static)!;
        var rooted = root.GetCustomAttributes<DynamicDependencyAttribute>()
            .Where(a => a.MemberTypes == DynamicallyAccessedMemberTypes.PublicFields)
            .Select(a => a.Type!.FullName!)
            .Order(StringComparer.Ordinal);

        var smartEnums = assembly.GetTypes()
            .Where(t => t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition().FullName!.StartsWith("Ardalis.SmartEnum.SmartEnum`", StringComparison.Ordinal))
            .Select(t => t.FullName!)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.NotEmpty(smartEnums);
        Assert.Equal(smartEnums, rooted);
        Assert.NotNull(root.GetCustomAttribute<ModuleInitializerAttribute>());
    }
}

using System.Reflection;
using Ardalis.SmartEnum;
using AiContracts.Domain;
using AiContracts.Domain.Primitives;
using AiContracts.Json.Internal;

namespace AiContracts.Json.Tests;

/// <summary>The explicit type registry of the JSON layer covers the whole model, so no type falls back to a default contract.</summary>
public sealed class ModelCoverageTests
{
    private static readonly Assembly Domain = typeof(AiContract).Assembly;

    [Fact]
    public void Registry_HasAConverterForEverySmartEnum()
    {
        var registered = ModelTypeRegistry.SmartEnumConverters.Select(c => c.Type).ToHashSet();
        var smartEnums = Domain.GetExportedTypes().Where(t => t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(SmartEnum<>)).ToList();

        Assert.NotEmpty(smartEnums);
        Assert.Empty(smartEnums.Where(t => !registered.Contains(t)).Select(t => t.Name));
    }

    [Fact]
    public void Registry_HasAContractForEveryValueArrayOfTheModel()
    {
        var used = ModelTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Select(p => p.PropertyType)
            .Where(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(ValueArray<>))
            .ToHashSet();

        Assert.NotEmpty(used);
        Assert.Empty(used.Where(t => !ModelTypeRegistry.ValueArrays.ContainsKey(t)).Select(t => t.ToString()));
        Assert.Empty(ModelTypeRegistry.ValueArrays.Keys.Where(t => !used.Contains(t)).Select(t => t.ToString()));
    }

    [Fact]
    public void Serializer_DescribesEveryModelTypeAsAnObjectWithCamelCaseMembers()
    {
        var options = AiContractSerializer.Default.JsonSerializerOptions;

        foreach (var type in ModelTypes())
        {
            var info = options.GetTypeInfo(type);
            Assert.Equal(System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Object, info.Kind);
            Assert.All(info.Properties, p => Assert.True(char.IsLower(p.Name[0]), $"{type.Name}.{p.Name} is not camelCase"));
            Assert.Equal(type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Count(p => p.Name != "EqualityContract"), info.Properties.Count);
        }
    }

    /// <summary>The record types reachable from <see cref="AiContract"/>, from the validation report and from the completeness report.</summary>
    private static List<Type> ModelTypes()
    {
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>([typeof(AiContract), typeof(Domain.Diagnostics.ValidationReport), typeof(Domain.Validation.CompletenessReport)]);
        while (queue.Count > 0)
        {
            var type = queue.Dequeue();
            if (!seen.Add(type))
            {
                continue;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var t = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(ValueArray<>))
                {
                    t = t.GetGenericArguments()[0];
                }

                if (t.Assembly == Domain && t.IsClass && t.GetMethod("<Clone>$") is not null && t.Namespace != typeof(Money).Namespace)
                {
                    queue.Enqueue(t);
                }
            }
        }

        return [.. seen];
    }
}

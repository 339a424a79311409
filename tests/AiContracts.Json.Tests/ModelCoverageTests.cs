using System.Reflection;
using Ardalis.SmartEnum;
using AiContracts.Domain;
using AiContracts.Domain.Primitives;
using AiContracts.Json.Internal;

namespace AiContracts.Json.Tests;

/// <summary>The type registry the generator derives for the JSON layer covers the whole model, so no type falls back to a default contract.</summary>
public sealed class ModelCoverageTests
{
    private static readonly Assembly Domain = typeof(AiContract).Assembly;

    [Fact]
    public void Registry_HasAConverterForExactlyEverySmartEnum()
    {
        var registered = ModelTypeRegistry.SmartEnumConverters.Select(c => c.Type!).OrderBy(t => t.FullName, StringComparer.Ordinal);
        var smartEnums = Domain.GetExportedTypes().Where(t => t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(SmartEnum<>)).OrderBy(t => t.FullName, StringComparer.Ordinal).ToList();

        Assert.NotEmpty(smartEnums);
        Assert.Equal(smartEnums, registered);
    }

    [Fact]
    public void Registry_HasAContractForExactlyEveryValueArrayTheSourceGeneratedMetadataMeets()
    {
        // Walk the serializer's own metadata from every [JsonSerializable] root of the context: what it meets is what
        // the registry must describe, no more and no less.
        var options = AiContractSerializer.Default.JsonSerializerOptions;
        var roots = typeof(AiContractsJsonContext).GetCustomAttributesData()
            .Where(a => a.AttributeType == typeof(System.Text.Json.Serialization.JsonSerializableAttribute))
            .Select(a => (Type)a.ConstructorArguments[0].Value!)
            .ToList();
        var used = new HashSet<Type>();
        var seen = new HashSet<Type>();
        var pending = new Queue<Type>(roots);
        while (pending.Count > 0)
        {
            var type = pending.Dequeue();
            if (!seen.Add(type) || options.GetTypeInfo(type).Kind != System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Object)
            {
                continue;
            }

            foreach (var property in options.GetTypeInfo(type).Properties)
            {
                var t = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(ValueArray<>))
                {
                    used.Add(t);
                    t = t.GetGenericArguments()[0];
                }

                pending.Enqueue(t);
            }
        }

        Assert.True(roots.Count >= 10, "the context's roots were not found");
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
            // Diagnostic.Location is Diagnostic.Pointer as a value, written once as the pointer's text.
            Assert.Equal(type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Count(p => p.Name != "EqualityContract" && p.PropertyType != typeof(Domain.Diagnostics.JsonPointer)), info.Properties.Count);
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

using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using AiContracts.Domain;
using AiContracts.Domain.Primitives;
using Ardalis.SmartEnum;

namespace AiContracts.TestUtilities;

/// <summary>One member of a record met while walking a contract: the property, its value and, when walking alongside JSON, the JSON member written for it.</summary>
/// <param name="Property">The property of the model record.</param>
/// <param name="Value">The property's value (boxed), possibly null.</param>
/// <param name="Json">The JSON member of the same name, when walking alongside JSON and the member was written.</param>
/// <param name="Path">The JSON path of the member, such as <c>$.serviceLevels.kpis[0].window</c>.</param>
public readonly record struct ModelMember(PropertyInfo Property, object? Value, JsonElement? Json, string Path);

/// <summary>
/// Walks the object graph of a contract by reflection, member by member, optionally alongside the JSON written for it,
/// so that properties can be checked for every member of the model without naming each one.
/// </summary>
public static class ModelGraph
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    /// <summary>Every record type of the model reachable from <see cref="AiContract"/>, the root included.</summary>
    public static IReadOnlyList<Type> RecordTypes { get; } = FindRecordTypes();

    /// <summary>Every smart enum type used by a record of the model (directly or as array elements).</summary>
    public static IReadOnlyList<Type> SmartEnumTypes { get; } =
        [.. RecordTypes.SelectMany(PropertiesOf).Select(p => ElementType(p.PropertyType)).Where(IsSmartEnum).Distinct().OrderBy(t => t.Name, StringComparer.Ordinal)];

    /// <summary>Every property of the model whose type is a NodaTime type (nullable or not).</summary>
    public static IReadOnlyList<PropertyInfo> NodaTimeProperties { get; } =
        [.. RecordTypes.SelectMany(PropertiesOf).Where(p => IsNodaTime(p.PropertyType))];

    /// <summary>Whether a member of this type is a record of the model that the walk descends into.</summary>
    /// <param name="type">The type.</param>
    /// <returns>True for the model's records (not value objects, smart enums or extensions).</returns>
    public static bool IsRecord(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.Assembly == typeof(AiContract).Assembly
            && type is { IsClass: true, IsSealed: true }
            && !IsSmartEnum(type)
            && type.Namespace is not ("AiContracts.Domain.Primitives" or "AiContracts.Domain.Extensions" or "AiContracts.Domain.Internal");
    }

    /// <summary>Whether the type derives from Ardalis <c>SmartEnum</c>.</summary>
    /// <param name="type">The type.</param>
    /// <returns>True for a smart enum.</returns>
    public static bool IsSmartEnum(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && (t.GetGenericTypeDefinition() == typeof(SmartEnum<>) || t.GetGenericTypeDefinition() == typeof(SmartEnum<,>)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the type, or the type it makes nullable, is a NodaTime type.</summary>
    /// <param name="type">The type.</param>
    /// <returns>True for NodaTime types such as <c>Period</c> or <c>LocalDate?</c>.</returns>
    public static bool IsNodaTime(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return (Nullable.GetUnderlyingType(type) ?? type).Namespace == "NodaTime";
    }

    /// <summary>Whether the type is a <see cref="ValueArray{T}"/>.</summary>
    /// <param name="type">The type.</param>
    /// <returns>True for value arrays.</returns>
    public static bool IsValueArray(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueArray<>);
    }

    /// <summary>The element type of a value array, the underlying type of a nullable value type, or the type itself.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The element type.</returns>
    public static Type ElementType(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return IsValueArray(type) ? type.GetGenericArguments()[0] : Nullable.GetUnderlyingType(type) ?? type;
    }

    /// <summary>The public instance properties of a record, in declaration order.</summary>
    /// <param name="recordType">The record type.</param>
    /// <returns>The properties.</returns>
    public static IReadOnlyList<PropertyInfo> PropertiesOf(Type recordType) =>
        Properties.GetOrAdd(recordType, static t => [.. t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).OrderBy(p => p.MetadataToken)]);

    /// <summary>Visits every member of every record reachable from <paramref name="contract"/>.</summary>
    /// <param name="contract">The contract.</param>
    /// <param name="visit">Called once per member, parents before children.</param>
    public static void Walk(AiContract contract, Action<ModelMember> visit)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(visit);
        WalkRecord(contract, null, "$", visit);
    }

    /// <summary>Visits every member of every record reachable from <paramref name="contract"/>, alongside its JSON.</summary>
    /// <param name="contract">The contract.</param>
    /// <param name="json">The JSON written for <paramref name="contract"/>.</param>
    /// <param name="visit">Called once per member, parents before children, with the JSON member of the same name when it was written.</param>
    public static void Walk(AiContract contract, JsonElement json, Action<ModelMember> visit)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(visit);
        WalkRecord(contract, json, "$", visit);
    }

    private static void WalkRecord(object record, JsonElement? json, string path, Action<ModelMember> visit)
    {
        foreach (var property in PropertiesOf(record.GetType()))
        {
            var value = property.GetValue(record);
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            JsonElement? member = json is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(name, out var m) ? m : null;
            var memberPath = $"{path}.{name}";
            visit(new ModelMember(property, value, member, memberPath));
            if (value is null)
            {
                continue;
            }

            if (IsRecord(property.PropertyType))
            {
                WalkRecord(value, member, memberPath, visit);
            }
            else if (IsValueArray(property.PropertyType) && IsRecord(ElementType(property.PropertyType)))
            {
                var index = 0;
                var items = member is { ValueKind: JsonValueKind.Array } a ? a.EnumerateArray().ToArray() : [];
                foreach (var item in (IEnumerable)value)
                {
                    WalkRecord(item, index < items.Length ? items[index] : null, $"{memberPath}[{index}]", visit);
                    index++;
                }
            }
        }
    }

    private static Type[] FindRecordTypes()
    {
        var found = new List<Type>();
        var pending = new Queue<Type>([typeof(AiContract)]);
        while (pending.Count > 0)
        {
            var type = pending.Dequeue();
            if (found.Contains(type))
            {
                continue;
            }

            found.Add(type);
            foreach (var property in PropertiesOf(type))
            {
                var element = ElementType(property.PropertyType);
                if (IsRecord(element))
                {
                    pending.Enqueue(element);
                }
            }
        }

        return [.. found];
    }
}

using System.Reflection;
using System.Runtime.CompilerServices;
using Ardalis.SmartEnum;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Tests;

/// <summary>Every public type of the model is immutable: the test fails, listing each offence, when one is not.</summary>
public sealed class ImmutabilityTests
{
    private static readonly Assembly Domain = typeof(AiContract).Assembly;

    private static readonly HashSet<Type> KnownImmutable =
    [
        typeof(string), typeof(bool), typeof(int), typeof(long), typeof(decimal),
        typeof(NodaTime.LocalDate), typeof(NodaTime.LocalTime), typeof(NodaTime.Instant), typeof(NodaTime.Duration),
        typeof(NodaTime.Period), typeof(NodaTime.DateTimeZone), typeof(NodaTime.IsoDayOfWeek),
        typeof(IEnumerable<string>),
    ];

    [Fact]
    public void PublicTypes_OfTheDomainAssembly_AreImmutable()
    {
        var offences = Domain.GetExportedTypes().SelectMany(Offences).ToList();

        Assert.True(offences.Count == 0, "Mutable public members:" + Environment.NewLine + string.Join(Environment.NewLine, offences));
    }

    [Fact]
    public void Checker_MutableType_IsReported()
    {
        // The checker must be able to fail: a settable property and a mutable collection are both caught.
        var offences = Offences(typeof(MutableExample)).ToList();

        Assert.Contains(offences, o => o.Contains("Name", StringComparison.Ordinal) && o.Contains("setter", StringComparison.Ordinal));
        Assert.Contains(offences, o => o.Contains("Items", StringComparison.Ordinal) && o.Contains("List", StringComparison.Ordinal));
        Assert.Contains(offences, o => o.Contains("Count", StringComparison.Ordinal) && o.Contains("field", StringComparison.Ordinal));
    }

    [Fact]
    public void Records_OfTheModel_AreSealed()
    {
        var unsealed = Domain.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsAbstract && !t.IsSealed)
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(unsealed);
    }

    private static IEnumerable<string> Offences(Type type)
    {
        if (type.IsEnum || (type.IsAbstract && type.IsSealed) || typeof(Delegate).IsAssignableFrom(type) || type.IsInterface)
        {
            yield break;
        }

        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!field.IsInitOnly)
            {
                yield return $"{type.Name}.{field.Name}: public field that is not readonly";
            }
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
        {
            if (property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var setter = property.SetMethod;
            if (setter is { IsPublic: true } && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
            {
                yield return $"{type.Name}.{property.Name}: public setter that is not init-only";
            }

            if (property.Name == "EqualityContract")
            {
                continue;
            }

            if (!IsImmutable(property.PropertyType))
            {
                yield return $"{type.Name}.{property.Name}: type {property.PropertyType.Name} is not known to be immutable";
            }
        }
    }

    private static bool IsImmutable(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return IsImmutable(underlying);
        }

        if (KnownImmutable.Contains(type) || type.IsEnum)
        {
            return true;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueArray<>))
        {
            return IsImmutable(type.GetGenericArguments()[0]);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(System.Collections.Immutable.ImmutableArray<>))
        {
            return IsImmutable(type.GetGenericArguments()[0]);
        }

        // Types of the model are checked in their own right; smart enums have get-only Name and Value.
        return type.Assembly == Domain || IsSmartEnum(type);
    }

    private static bool IsSmartEnum(Type type)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(SmartEnum<,>))
            {
                return true;
            }
        }

        return false;
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1051:Do not declare visible instance fields", Justification = "The offence the checker must catch.")]
    public sealed class MutableExample
    {
        public int Count;

        public string Name { get; set; } = string.Empty;

        public List<string> Items { get; init; } = [];
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using AiContracts.Domain;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Extensions;
using AiContracts.Json.Internal.Converters;

namespace AiContracts.Json.Internal;

/// <summary>Builds the <see cref="JsonSerializerOptions"/> behind <see cref="AiContractSerializer"/>.</summary>
internal static class ContractJsonOptionsFactory
{
    internal static JsonSerializerOptions Create(AiContractJsonOptions settings)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            AllowDuplicateProperties = false,
            AllowTrailingCommas = false,
            ReadCommentHandling = JsonCommentHandling.Disallow,
            NumberHandling = JsonNumberHandling.Strict,
            MaxDepth = settings.MaxDepth,
            WriteIndented = settings.WriteIndented,
            IndentSize = 2,

            // Contract JSON is data, not HTML: keep '+', quotes and non-ASCII letters readable ("Vertrag für ...").
            // Control characters, '"' and '\' are still escaped as JSON requires.
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new ValueArrayResolver().WithAddedModifier(Modify),
        };

        foreach (var converter in Converters())
        {
            options.Converters.Add(converter);
        }

        options.MakeReadOnly();
        return options;
    }

    private static IEnumerable<JsonConverter> Converters()
    {
        yield return new StringJsonConverter();
        yield return new BooleanJsonConverter();
        yield return new Int32JsonConverter();
        yield return new DecimalJsonConverter();
        yield return new CurrencyJsonConverter();
        yield return new MoneyJsonConverter();
        yield return new PercentageJsonConverter();
        yield return new ContractIdJsonConverter();
        yield return new LocalIdJsonConverter();
        yield return new SchemaVersionJsonConverter();
        yield return new ExtensionObjectJsonConverter();
        yield return new ExtensionValueJsonConverter();
        yield return new LocalDateJsonConverter();
        yield return new LocalTimeJsonConverter();
        yield return new InstantJsonConverter();
        yield return new PeriodJsonConverter();
        yield return new DateTimeZoneJsonConverter();
        yield return new DurationJsonConverter();
        yield return new IsoDayOfWeekJsonConverter();
        foreach (var converter in ModelTypeRegistry.SmartEnumConverters)
        {
            yield return converter;
        }
    }

    /// <summary>Leaves empty arrays and an empty extensions object out of the output, and requires the schema version on read.</summary>
    private static void Modify(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in info.Properties)
        {
            if (property.IsRequired && !property.PropertyType.IsValueType)
            {
                // Never leave a required member out: a null fails loudly instead of producing an unreadable document.
                var name = property.Name;
                property.ShouldSerialize = (_, value) => value is not null
                    ? true
                    : throw new ModelJsonException($"'{name}' is required and must not be null.");
            }

            if (ModelTypeRegistry.TryGetValueArray(property.PropertyType, out var entry))
            {
                property.ShouldSerialize = (_, value) => entry.HasElements(value);
            }
            else if (property.PropertyType == typeof(ExtensionObject))
            {
                property.ShouldSerialize = static (_, value) => value is ExtensionObject { IsEmpty: false };
            }
        }

        if (info.Type == typeof(Diagnostic))
        {
            // Diagnostic.Location is Diagnostic.Pointer as a value: the document carries the pointer once, as text.
            for (var i = info.Properties.Count - 1; i >= 0; i--)
            {
                if (info.Properties[i].PropertyType == typeof(JsonPointer))
                {
                    info.Properties.RemoveAt(i);
                }
            }
        }

        if (info.Type == typeof(AiContract))
        {
            foreach (var property in info.Properties)
            {
                if (property.Name == "schemaVersion")
                {
                    property.IsRequired = true;
                }
            }
        }
    }

    /// <summary>The source-generated context, with <c>ValueArray&lt;T&gt;</c> described as an immutable collection.</summary>
    private sealed class ValueArrayResolver : IJsonTypeInfoResolver
    {
        public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
            ModelTypeRegistry.TryGetValueArray(type, out var entry)
                ? entry.Create(options)
                : ((IJsonTypeInfoResolver)AiContractsJsonContext.Default).GetTypeInfo(type, options);
    }
}

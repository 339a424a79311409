using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AiContracts.Domain.Extensions;
using AiContracts.Domain.Primitives;
using AiContracts.Json.Internal.Converters;
using NodaTime;

namespace AiContracts.Json.Internal;

/// <summary>
/// Finds, after a write has failed, the exact element that cannot be written: System.Text.Json reports write paths
/// without array indexes. Walks the contract through the serializer's own metadata (no reflection), on the error
/// path only.
/// </summary>
internal static class WriteProblemLocator
{
    internal static (string Path, string Detail)? Find(object contract, JsonSerializerOptions options) =>
        Visit(contract, options.GetTypeInfo(contract.GetType()), "$", 1, options);

    private static (string Path, string Detail)? Visit(object? value, JsonTypeInfo info, string path, int depth, JsonSerializerOptions options)
    {
        switch (value)
        {
            case null:
                return null;
            case string text when JsonTokens.LoneSurrogate(text) is var at and >= 0:
                return (path, string.Create(CultureInfo.InvariantCulture, $"The text is not valid Unicode: it has a lone surrogate (U+{(int)text[at]:X4}) at index {at}, which JSON cannot carry. Remove or replace it."));
            case Period period when PeriodJsonConverter.Problem(period) is { } problem:
                return (path, problem);
            case IsoDayOfWeek day when day is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday:
                return (path, $"{(int)day} is not a day of the week.");
            case SchemaVersion { IsSupported: false } version:
                return (path, $"Schema version {version} cannot be written by this library, which writes version {SchemaVersion.Current.Major}.x documents.");
            case ExtensionObject extensions when depth + extensions.Depth > options.MaxDepth:
                return (path, $"The extensions nest {extensions.Depth} levels deep here, beyond the configured limit of {options.MaxDepth} levels for the whole document (AiContractJsonOptions.MaxDepth).");
        }

        if (info.Kind == JsonTypeInfoKind.Enumerable && value is IEnumerable items && info.ElementType is { } elementType)
        {
            var elementInfo = options.GetTypeInfo(elementType);
            var index = 0;
            foreach (var item in items)
            {
                var itemPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");
                if (item is null)
                {
                    return (itemPath, "null is not allowed as an array element; remove it.");
                }

                if (Visit(item, elementInfo, itemPath, depth + 1, options) is { } problem)
                {
                    return problem;
                }

                index++;
            }

            return null;
        }

        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return null;
        }

        foreach (var property in info.Properties)
        {
            if (property.Get is null)
            {
                continue;
            }

            var member = property.Get(value);
            var memberPath = $"{path}.{property.Name}";
            if (member is null)
            {
                if (property.IsRequired || !property.IsGetNullable)
                {
                    return (memberPath, $"'{property.Name}' is required and must not be null.");
                }

                continue;
            }

            if (Visit(member, options.GetTypeInfo(property.PropertyType), memberPath, depth + 1, options) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }
}

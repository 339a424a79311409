using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AiContracts.Domain.Primitives;
using AiContracts.Json.Internal.Converters;

namespace AiContracts.Json.Internal;

/// <summary>
/// Describes <see cref="ValueArray{T}"/> to System.Text.Json as an immutable collection, so that its own collection
/// converter reads it (with exact paths such as <c>$.kpis[3].unit</c> in errors) and writes it.
/// </summary>
internal static class ValueArrayContract
{
    internal static JsonTypeInfo Create<T>(JsonSerializerOptions options)
    {
        var info = JsonMetadataServices.CreateImmutableEnumerableInfo<ValueArray<T>, T>(
            options,
            new JsonCollectionInfoValues<ValueArray<T>>
            {
                ObjectCreator = null,
                SerializeHandler = null,
            },
            CreateRange<T>);
        info.OriginatingResolver = null;
        return info;
    }

    private static ValueArray<T> CreateRange<T>(IEnumerable<T> items)
    {
        var array = items.ToImmutableArray();
        for (var i = 0; i < array.Length; i++)
        {
            if (array[i] is null)
            {
                throw new ModelJsonException($"Element {i} of the array is null; elements must not be null.");
            }
        }

        return new ValueArray<T>(array);
    }

    /// <summary>
    /// Whether a <see cref="ValueArray{T}"/> value has elements (empty arrays are left out when writing); a null element
    /// fails the write, since the reader would refuse it.
    /// </summary>
    internal static bool HasElements<T>(object? value)
    {
        if (value is not ValueArray<T> array || array.IsEmpty)
        {
            return false;
        }

        if (!typeof(T).IsValueType)
        {
            for (var i = 0; i < array.Count; i++)
            {
                if (array[i] is null)
                {
                    throw new ModelJsonException($"Element {i} of the array is null; elements must not be null.");
                }
            }
        }

        return true;
    }
}

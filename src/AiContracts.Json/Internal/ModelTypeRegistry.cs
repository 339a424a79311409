using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using AiContracts.Domain.Primitives;
using AiContracts.Generators;
using AiContracts.Json.Internal.Converters;
using Ardalis.SmartEnum;

namespace AiContracts.Json.Internal;

/// <summary>
/// The closed generic types the model uses: one converter per smart enum and one collection contract per
/// <see cref="ValueArray{T}"/> element type. Nobody lists them: the source generator in eng/AiContracts.Generators
/// derives them at build time from the root types of <see cref="AiContractsJsonContext"/> (every smart enum of the
/// model's assembly, every <see cref="ValueArray{T}"/> a model type declares) and implements the two partial methods
/// below with one call per closed type, so that the list works when trimmed and ahead-of-time compiled.
/// </summary>
[DeriveModelTypes(typeof(AiContractsJsonContext))]
internal static partial class ModelTypeRegistry
{
    /// <summary>A converter for every smart enum of the model.</summary>
    internal static IReadOnlyList<JsonConverter> SmartEnumConverters { get; } = DeriveSmartEnumConverters();

    /// <summary>The collection contract and emptiness test of every <see cref="ValueArray{T}"/> the model and the computations' inputs and results use, keyed by type.</summary>
    internal static IReadOnlyDictionary<Type, ValueArrayEntry> ValueArrays { get; } = new Dictionary<Type, ValueArrayEntry>(DeriveValueArrays());

    /// <summary>The collection contract of a <see cref="ValueArray{T}"/> type of the model or of the computations.</summary>
    /// <param name="type">The type.</param>
    /// <param name="entry">Its entry, when registered.</param>
    /// <returns>Whether the type is registered.</returns>
    internal static bool TryGetValueArray(Type type, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ValueArrayEntry? entry) =>
        ValueArrays.TryGetValue(type, out entry);

    /// <summary>Implemented by the generator: <see cref="SmartEnum{T}"/> once per smart enum of the model.</summary>
    private static partial JsonConverter[] DeriveSmartEnumConverters();

    /// <summary>Implemented by the generator: <see cref="ValueArray{T}"/> once per element type the model uses.</summary>
    private static partial KeyValuePair<Type, ValueArrayEntry>[] DeriveValueArrays();

    /// <summary>The converter of one smart enum (called by the generated code).</summary>
    private static SmartEnumJsonConverter<T> SmartEnum<T>()
        where T : SmartEnum<T> => new();

    /// <summary>The collection contract of one <see cref="ValueArray{T}"/> type (called by the generated code).</summary>
    private static KeyValuePair<Type, ValueArrayEntry> ValueArray<T>() =>
        new(typeof(ValueArray<T>), new ValueArrayEntry(ValueArrayContract.Create<T>, ValueArrayContract.HasElements<T>));
}

/// <summary>How to read and write one closed <see cref="ValueArray{T}"/> type.</summary>
/// <param name="Create">Creates its collection contract.</param>
/// <param name="HasElements">Whether a boxed value has elements.</param>
internal sealed record ValueArrayEntry(Func<JsonSerializerOptions, JsonTypeInfo> Create, Func<object?, bool> HasElements);

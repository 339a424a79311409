using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using AiContracts.Domain.Diagnostics;

namespace AiContracts.Json.Internal;

/// <summary>
/// Reads every value of a document with the model's own converters and reports each one the model cannot hold (an
/// unknown time zone, a number a decimal would round, a period whose units overflow...), all at once: the reader
/// stops at the first. Runs only on the error path: after schema violations, or when reading the model failed.
/// </summary>
/// <remarks>
/// One walk of the parsed document against a shape of the model cached per type (its members by name, its element
/// type, whether the schema decides its values); a pointer is built only for a finding, and the pointers that
/// already have one are looked up in a tree of their segments, not as strings built for every member.
/// </remarks>
internal static class ModelValueChecks
{
    private static readonly ConditionalWeakTable<JsonSerializerOptions, ConcurrentDictionary<Type, Shape>> Shapes = new();

    /// <summary>Checks the values under <paramref name="root"/>, skipping the elements at <paramref name="reported"/>.</summary>
    /// <param name="root">The document's root.</param>
    /// <param name="options">The contract serializer's options.</param>
    /// <param name="reported">Pointers that already have a finding (their values would fail again for the same reason).</param>
    /// <param name="into">Receives the findings.</param>
    /// <param name="limit">Stops after this many findings in <paramref name="into"/>.</param>
    /// <param name="rootType">The model type of the root; a contract when null.</param>
    internal static void Collect(JsonElement root, JsonSerializerOptions options, IReadOnlySet<string> reported, List<Diagnostic> into, int limit, Type? rootType = null)
    {
        // An element with a finding at or under it fails again for the same reason: a string amount is one finding
        // (its type, at /amount), not a second one about the money that holds it. The covered elements are the
        // reported ones and their ancestors: a tree of pointer segments.
        Covered? covered = null;
        foreach (var pointer in reported)
        {
            covered ??= new Covered();
            covered.Add(pointer);
        }

        var walker = new Walker(options, Shapes.GetValue(options, static _ => new ConcurrentDictionary<Type, Shape>()), into, limit);
        walker.Collect(root, walker.ShapeOf(rootType ?? typeof(Domain.AiContract)), covered);
    }

    /// <summary>
    /// Whether a value of this type that passed the schema always reads (text, booleans, 32-bit whole numbers within the
    /// schema's range, which the reader also takes as 1.0 or 1e2, closed vocabularies, local identifiers, whose schema
    /// pattern is the model's own rule <see cref="Domain.Primitives.LocalId.Pattern"/>): no need to read it again to find out.
    /// </summary>
    private static bool SchemaDecides(Type type) =>
        type == typeof(string) || type == typeof(bool) || type == typeof(int) || type == typeof(Domain.Primitives.LocalId) || ContractSchemaVocabulary.IsVocabulary(type);

    /// <summary>Reads one value's raw JSON with a converter, as the serializer would but without its per-call set-up.</summary>
    private delegate void LeafReader(JsonConverter converter, ReadOnlySpan<byte> raw, JsonSerializerOptions options);

    /// <summary>
    /// The leaf types the model reads most, each read by calling its converter directly (instantiated for each type here,
    /// so that native AOT compiles them). Only a value that reads is decided this way: one that fails is read again
    /// through the serializer, so that its finding is worded exactly as before.
    /// </summary>
    private static readonly FrozenDictionary<Type, LeafReader> Leaves = new Dictionary<Type, LeafReader>
    {
        [typeof(decimal)] = ReadLeaf<decimal>,
        [typeof(NodaTime.Period)] = ReadLeaf<NodaTime.Period>,
        [typeof(NodaTime.Duration)] = ReadLeaf<NodaTime.Duration>,
        [typeof(NodaTime.LocalDate)] = ReadLeaf<NodaTime.LocalDate>,
        [typeof(NodaTime.LocalTime)] = ReadLeaf<NodaTime.LocalTime>,
        [typeof(NodaTime.Instant)] = ReadLeaf<NodaTime.Instant>,
        [typeof(Domain.Primitives.Percentage)] = ReadLeaf<Domain.Primitives.Percentage>,
        [typeof(Domain.Primitives.Currency)] = ReadLeaf<Domain.Primitives.Currency>,
        [typeof(Domain.Primitives.Money)] = ReadLeaf<Domain.Primitives.Money>,
    }.ToFrozenDictionary();

    private static void ReadLeaf<T>(JsonConverter converter, ReadOnlySpan<byte> raw, JsonSerializerOptions options)
    {
        if (converter is not JsonConverter<T> typed)
        {
            throw new InvalidOperationException($"The converter of {typeof(T).Name} is not a JsonConverter<{typeof(T).Name}>.");
        }

        var reader = new Utf8JsonReader(raw);
        reader.Read();
        _ = typed.Read(ref reader, typeof(T), options);
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray || reader.Read())
        {
            // The converter left part of the value unread: let the serializer decide, as it does for the model.
            throw new InvalidOperationException($"The converter of {typeof(T).Name} did not read the whole value.");
        }
    }

    /// <summary>What the walk needs to know about one model type, computed once per type and options.</summary>
    private sealed class Shape
    {
        /// <summary>The members with their names as UTF-8: compared to a raw name, length first, without decoding it.</summary>
        private readonly (byte[] Name, Type Type)[] _byUtf8Name;

        internal Shape(JsonTypeInfo info)
        {
            Info = info;
            IsMoney = info.Type == typeof(Domain.Primitives.Money);
            Decided = SchemaDecides(info.Type);
            Members = info.Kind == JsonTypeInfoKind.Object ? info.Properties.ToFrozenDictionary(p => p.Name, p => p.PropertyType, StringComparer.Ordinal) : null;
            _byUtf8Name = [.. (Members ?? FrozenDictionary<string, Type>.Empty).Select(m => (Encoding.UTF8.GetBytes(m.Key), m.Value))];
        }

        internal JsonTypeInfo Info { get; }

        internal bool IsMoney { get; }

        internal bool Decided { get; }

        /// <summary>The members by their JSON name, for an object.</summary>
        internal FrozenDictionary<string, Type>? Members { get; }

        /// <summary>The type of the member named by the raw (unescaped) UTF-8 name, or null.</summary>
        internal Type? Member(JsonProperty property)
        {
            var raw = JsonMarshal.GetRawUtf8PropertyName(property);
            if (raw.IndexOf((byte)'\\') < 0)
            {
                foreach (var (name, type) in _byUtf8Name)
                {
                    if (raw.SequenceEqual(name))
                    {
                        return type;
                    }
                }

                return null;
            }

            return Members!.TryGetValue(property.Name, out var named) ? named : null;
        }
    }

    /// <summary>The pointers with a finding and their ancestors, as a tree of unescaped segments.</summary>
    private sealed class Covered
    {
        private Dictionary<string, Covered>? _children;

        internal void Add(string pointer)
        {
            var node = this;
            var rest = pointer.AsSpan();
            while (rest.Length > 0 && rest[0] == '/')
            {
                rest = rest[1..];
                var end = rest.IndexOf('/');
                var raw = end < 0 ? rest : rest[..end];
                rest = end < 0 ? [] : rest[end..];
                var segment = JsonPointer.Unescape(raw);
                node._children ??= new Dictionary<string, Covered>(StringComparer.Ordinal);
                if (!node._children.TryGetValue(segment, out var child))
                {
                    node._children[segment] = child = new Covered();
                }

                node = child;
            }
        }

        internal Covered? Member(JsonProperty property) => _children is null ? null : _children.GetValueOrDefault(property.Name);

        internal Covered? Item(int index) => _children is null ? null : _children.GetValueOrDefault(index.ToString(CultureInfo.InvariantCulture));
    }

    private sealed class Walker(JsonSerializerOptions options, ConcurrentDictionary<Type, Shape> shapes, List<Diagnostic> into, int limit)
    {
        // The path from the root: a member (its property), a named part of a value (money's amount) or an array index;
        // turned into a pointer only for a finding.
        private readonly List<(JsonProperty Property, string? Name, int Index)> _path = [];

        // The raw values of each type that have read, so that a value repeated across the document (the same period,
        // currency or percentage in many clauses) is read once: the converters depend on nothing but the value's bytes.
        // Bounded: short values only, and a fixed number per type.
        private readonly Dictionary<Type, HashSet<byte[]>> _read = [];

        internal Shape ShapeOf(Type type) =>
            shapes.TryGetValue(type, out var shape) ? shape : shapes.GetOrAdd(type, static (t, o) => new Shape(o.GetTypeInfo(Nullable.GetUnderlyingType(t) ?? t)), options);

        /// <summary>Checks one element of the given shape; <paramref name="covered"/> is not null when it or something under it has a finding.</summary>
        internal void Collect(JsonElement element, Shape shape, Covered? covered)
        {
            if (element.ValueKind == JsonValueKind.Null || into.Count > limit)
            {
                return;
            }

            if (shape.IsMoney && element.ValueKind == JsonValueKind.Object && covered is null)
            {
                // Money is one value to the model but two to the reader: point at the part that is wrong.
                var before = into.Count;
                if (element.TryGetProperty("amount", out var amount))
                {
                    _path.Add((default, "amount", -1));
                    Collect(amount, ShapeOf(typeof(decimal)), null);
                    _path.RemoveAt(_path.Count - 1);
                }

                if (element.TryGetProperty("currency", out var currency))
                {
                    _path.Add((default, "currency", -1));
                    Collect(currency, ShapeOf(typeof(Domain.Primitives.Currency)), null);
                    _path.RemoveAt(_path.Count - 1);
                }

                if (into.Count > before)
                {
                    return;
                }
            }

            switch (shape.Info.Kind)
            {
                case JsonTypeInfoKind.Object when element.ValueKind == JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        if (shape.Member(property) is { } memberType)
                        {
                            _path.Add((property, null, -1));
                            Collect(property.Value, ShapeOf(memberType), covered?.Member(property));
                            _path.RemoveAt(_path.Count - 1);
                        }
                    }

                    break;
                case JsonTypeInfoKind.Enumerable when element.ValueKind == JsonValueKind.Array && shape.Info.ElementType is { } elementType:
                    var itemShape = ShapeOf(elementType);
                    var index = 0;
                    foreach (var item in element.EnumerateArray())
                    {
                        _path.Add((default, null, index));
                        Collect(item, itemShape, covered?.Item(index));
                        _path.RemoveAt(_path.Count - 1);
                        index++;
                    }

                    break;
                case JsonTypeInfoKind.None when covered is null && !shape.Decided:
                    Read(element, shape.Info);
                    break;
            }
        }

        private void Read(JsonElement element, JsonTypeInfo info)
        {
            var raw = JsonMarshal.GetRawUtf8Value(element);
            var read = _read.TryGetValue(info.Type, out var known) ? known : null;
            if (read is not null && read.GetAlternateLookup<ReadOnlySpan<byte>>().Contains(raw))
            {
                return;
            }

            if (Leaves.TryGetValue(info.Type, out var leaf))
            {
                try
                {
                    leaf(info.Converter, raw, options);
                    Remember(info.Type, raw, read);
                    return;
                }
                catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
                {
                    // Read again below, for the finding the serializer's reading gives.
                }
            }

            try
            {
                _ = JsonSerializer.Deserialize(element, info);
                Remember(info.Type, raw, read);
            }
            catch (JsonException e)
            {
                var detail = ErrorTranslator.Translate(e, options, JsonMarshal.GetRawUtf8Value(element), checkVersion: false).Detail;
                into.Add(DiagnosticCatalogue.InvalidValue.Create(Pointer(), "model", ("detail", detail)));
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
            {
                into.Add(DiagnosticCatalogue.InvalidValue.Create(Pointer(), "model", ("detail", e.Message)));
            }
        }

        private void Remember(Type type, ReadOnlySpan<byte> raw, HashSet<byte[]>? read)
        {
            const int MaxLength = 64;
            const int MaxValues = 256;
            if (raw.Length <= MaxLength && (read is null || read.Count < MaxValues))
            {
                if (read is null)
                {
                    _read[type] = read = new HashSet<byte[]>(RawComparer.Instance);
                }

                read.GetAlternateLookup<ReadOnlySpan<byte>>().Add(raw);
            }
        }

        private string Pointer()
        {
            var builder = new StringBuilder();
            foreach (var (property, name, index) in _path)
            {
                builder.Append('/');
                if (index >= 0)
                {
                    builder.Append(index.ToString(CultureInfo.InvariantCulture));
                }
                else
                {
                    builder.Append(JsonPointer.Escape(name ?? property.Name));
                }
            }

            return builder.ToString();
        }
    }

    /// <summary>Compares raw values by their bytes, and looks them up by a span without copying it.</summary>
    private sealed class RawComparer : IEqualityComparer<byte[]>, IAlternateEqualityComparer<ReadOnlySpan<byte>, byte[]>
    {
        internal static readonly RawComparer Instance = new();

        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] obj) => GetHashCode(obj.AsSpan());

        public bool Equals(ReadOnlySpan<byte> alternate, byte[] other) => alternate.SequenceEqual(other);

        public int GetHashCode(ReadOnlySpan<byte> alternate)
        {
            var hash = new HashCode();
            hash.AddBytes(alternate);
            return hash.ToHashCode();
        }

        public byte[] Create(ReadOnlySpan<byte> alternate) => alternate.ToArray();
    }
}

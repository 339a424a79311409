using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AiContracts.Domain.Diagnostics;

namespace AiContracts.Json.Internal;

/// <summary>
/// Reads every value of a document with the model's own converters and reports each one the model cannot hold (an
/// unknown time zone, a number a decimal would round, a period whose units overflow...), all at once: the reader
/// stops at the first. Runs only on the error path: after schema violations, or when reading the model failed.
/// </summary>
internal static class ModelValueChecks
{
    private static readonly ConcurrentDictionary<JsonTypeInfo, Dictionary<string, JsonPropertyInfo>> Members = new();

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
        // (its type, at /amount), not a second one about the money that holds it.
        var covered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pointer in reported)
        {
            for (var p = pointer; covered.Add(p) && p.Length > 0;)
            {
                p = p[..p.LastIndexOf('/')];
            }
        }

        Collect(root, rootType ?? typeof(Domain.AiContract), string.Empty, options, covered, into, limit);
    }

    /// <summary>
    /// Whether a value of this type that passed the schema always reads (text, booleans, 32-bit whole numbers within the
    /// schema's range, which the reader also takes as 1.0 or 1e2, closed vocabularies): no need to read it again to find out.
    /// </summary>
    private static bool SchemaDecides(Type type) =>
        type == typeof(string) || type == typeof(bool) || type == typeof(int) || ContractSchemaVocabulary.IsVocabulary(type);

    private static void Collect(JsonElement element, Type type, string pointer, JsonSerializerOptions options, IReadOnlySet<string> reported, List<Diagnostic> into, int limit)
    {
        if (element.ValueKind == JsonValueKind.Null || into.Count > limit)
        {
            return;
        }

        if (type == typeof(Domain.Primitives.Money) && element.ValueKind == JsonValueKind.Object && !reported.Contains(pointer))
        {
            // Money is one value to the model but two to the reader: point at the part that is wrong.
            var before = into.Count;
            if (element.TryGetProperty("amount", out var amount))
            {
                Collect(amount, typeof(decimal), pointer + "/amount", options, reported, into, limit);
            }

            if (element.TryGetProperty("currency", out var currency))
            {
                Collect(currency, typeof(Domain.Primitives.Currency), pointer + "/currency", options, reported, into, limit);
            }

            if (into.Count > before)
            {
                return;
            }
        }

        var info = options.GetTypeInfo(Nullable.GetUnderlyingType(type) ?? type);
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object when element.ValueKind == JsonValueKind.Object:
                var members = Members.GetOrAdd(info, static i => i.Properties.ToDictionary(p => p.Name, StringComparer.Ordinal));
                foreach (var property in element.EnumerateObject())
                {
                    if (members.TryGetValue(property.Name, out var member))
                    {
                        Collect(property.Value, member.PropertyType, $"{pointer}/{property.Name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)}", options, reported, into, limit);
                    }
                }

                break;
            case JsonTypeInfoKind.Enumerable when element.ValueKind == JsonValueKind.Array && info.ElementType is { } elementType:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, elementType, $"{pointer}/{index++}", options, reported, into, limit);
                }

                break;
            case JsonTypeInfoKind.None when !reported.Contains(pointer) && !SchemaDecides(info.Type):
                try
                {
                    _ = JsonSerializer.Deserialize(element, info);
                }
                catch (JsonException e)
                {
                    var detail = ErrorTranslator.Translate(e, options, System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(element), checkVersion: false).Detail;
                    into.Add(DiagnosticCatalogue.InvalidValue.Create(pointer, "model", ("detail", detail)));
                }
                catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
                {
                    into.Add(DiagnosticCatalogue.InvalidValue.Create(pointer, "model", ("detail", e.Message)));
                }

                break;
        }
    }
}

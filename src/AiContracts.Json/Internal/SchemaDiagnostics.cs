using System.Globalization;
using System.Text.Json;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;
using AiContracts.Json.Internal.Converters;
using NodaTime;

namespace AiContracts.Json.Internal;

/// <summary>
/// Maps schema violations to diagnostics from the instance location and the keyword only (a JSON Schema library's
/// schema locations inside arrays are unreliable), with messages that name the element, what was expected and what was found.
/// </summary>
internal static class SchemaDiagnostics
{
    private const string Rule = "schema";

    /// <summary>Maps violations, each an instance location and a keyword, in the order they were found.</summary>
    internal static IEnumerable<Diagnostic> From(IEnumerable<SchemaError> errors, JsonElement root, JsonSerializerOptions options, Type? rootType = null)
    {
        // Keywords per instance location, in the order the evaluation reported them.
        var byPointer = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var (pointer, keyword) in errors)
        {
            if (!byPointer.TryGetValue(pointer, out var keywords))
            {
                byPointer[pointer] = keywords = [];
                order.Add(pointer);
            }

            if (!keywords.Contains(keyword))
            {
                keywords.Add(keyword);
            }
        }

        foreach (var pointer in order)
        {
            var keywords = byPointer[pointer];

            // A value of the wrong type fails its enum, pattern or range too: say only that the type is wrong.
            // A string that fails its pattern usually fails its format too: one finding says it.
            IEnumerable<string> reported = keywords.Contains("type")
                ? ["type", .. keywords.Where(k => k is "required" or "additionalProperties")]
                : keywords.Contains("pattern") ? keywords.Where(k => k != "format") : keywords;
            foreach (var keyword in reported)
            {
                foreach (var diagnostic in Map(keyword, pointer, root, options, rootType))
                {
                    yield return diagnostic;
                }
            }
        }
    }

    private static IEnumerable<Diagnostic> Map(string keyword, string pointer, JsonElement root, JsonSerializerOptions options, Type? rootType)
    {
        var segments = Segments(pointer);
        var element = Find(root, segments);
        var type = ErrorTranslator.ResolveType(options, segments, rootType);
        // The offending value matters only for scalar keywords; never copy a whole object for a message.
        var value = element switch
        {
            { ValueKind: JsonValueKind.String } s => s.GetString()!,
            { ValueKind: JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null } scalar => scalar.GetRawText(),
            { ValueKind: JsonValueKind.Object } => "an object",
            { ValueKind: JsonValueKind.Array } => "an array",
            _ => string.Empty,
        };
        switch (keyword)
        {
            case "additionalProperties":
            {
                var parent = ErrorTranslator.ResolveType(options, segments.Take(segments.Count - 1), rootType);
                var allowed = parent is null ? null : ErrorTranslator.MemberNames(options, parent);
                yield return DiagnosticCatalogue.UnknownMember.Create(
                    pointer,
                    Rule,
                    ("member", JsonTokens.Shorten(segments.LastOrDefault() ?? string.Empty)),
                    ("type", parent?.Name ?? "this object"),
                    ("allowed", allowed is null ? "the members the schema defines" : string.Join(", ", allowed)));
                break;
            }

            case "required":
            {
                var reported = false;
                if (type is not null && element is { ValueKind: JsonValueKind.Object } obj)
                {
                    var required = type == typeof(Money)
                        ? ["amount", "currency"]
                        : options.GetTypeInfo(type).Properties.Where(p => p.IsRequired).Select(p => p.Name);
                    foreach (var member in required.Where(name => !obj.TryGetProperty(name, out _)))
                    {
                        reported = true;
                        yield return DiagnosticCatalogue.MissingMember.Create(pointer, Rule, ("type", type.Name), ("member", member));
                    }
                }

                if (!reported)
                {
                    yield return DiagnosticCatalogue.MissingMember.Create(pointer, Rule, ("type", type?.Name ?? "This object"), ("member", "(see the schema)"));
                }

                break;
            }

            case "type":
                yield return DiagnosticCatalogue.WrongType.Create(
                    pointer,
                    Rule,
                    ("expected", type is null ? "another type" : Expected(type, options)),
                    ("found", Found(element)),
                    ("value", value));
                break;
            case "enum" when type == typeof(Currency):
                yield return DiagnosticCatalogue.UnknownName.Create(pointer, Rule, ("value", JsonTokens.Shorten(value)), ("type", "ISO 4217 currency code"), ("allowed", "the active codes such as EUR, USD, GBP (upper case)"));
                break;
            case "enum":
                yield return DiagnosticCatalogue.UnknownName.Create(
                    pointer,
                    Rule,
                    ("value", JsonTokens.Shorten(value)),
                    ("type", type?.Name ?? "name"),
                    ("allowed", type is null ? "the names the schema lists" : string.Join(", ", ContractSchemaVocabulary.Names(type))));
                break;
            case "pattern" when type == typeof(SchemaVersion) && !SchemaVersion.TryParse(value, out _):
                yield return DiagnosticCatalogue.WrongForm.Create(pointer, Rule, ("value", JsonTokens.Shorten(value)), ("expected", $"a schema version such as '{SchemaVersion.Current}' (major.minor, without leading zeros)"));
                break;
            case "pattern" or "format" when type == typeof(SchemaVersion):
                yield return DiagnosticCatalogue.UnsupportedVersion.Create(pointer, Rule, ("value", JsonTokens.Shorten(value)), ("supported", $"{SchemaVersion.Current.Major}.x"));
                break;
            case "pattern" or "format":
                yield return DiagnosticCatalogue.WrongForm.Create(pointer, Rule, ("value", JsonTokens.Shorten(value)), ("expected", Form(type)));
                break;
            case "minimum" or "maximum":
                yield return DiagnosticCatalogue.OutOfRange.Create(
                    pointer,
                    Rule,
                    ("value", JsonTokens.Shorten(value)),
                    ("range", type == typeof(Percentage) ? "a percentage is between 0 and 100" : type == typeof(long) ? $"a whole number is between {long.MinValue} and {long.MaxValue}" : $"a whole number is between {int.MinValue} and {int.MaxValue}"));
                break;
            default:
                yield return DiagnosticCatalogue.InvalidValue.Create(pointer, Rule, ("detail", $"The value does not satisfy the schema's '{keyword}' constraint."), ("value", JsonTokens.Shorten(value)));
                break;
        }
    }

    private static string Expected(Type type, JsonSerializerOptions options) => type switch
    {
        _ when type == typeof(string) || type == typeof(LocalId) || type == typeof(ContractId) => "a string",
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(int) || type == typeof(long) => "a whole number",
        _ when type == typeof(decimal) || type == typeof(Percentage) => "a number",
        _ when type == typeof(Money) => "money as an object such as {\"amount\": 1234.50, \"currency\": \"EUR\"}",
        _ when type == typeof(Currency) => "an ISO 4217 currency code such as 'EUR'",
        _ when ContractSchemaVocabulary.IsVocabulary(type) => $"a {type.Name} name (one of {string.Join(", ", ContractSchemaVocabulary.Names(type))})",
        _ when type == typeof(LocalDate) || type == typeof(LocalTime) || type == typeof(Instant) || type == typeof(Period)
            || type == typeof(NodaTime.Duration) || type == typeof(DateTimeZone) || type == typeof(SchemaVersion) => Form(type),
        _ => ErrorTranslator.DescribeExpected(options, type),
    };

    private static string Form(Type? type) => type switch
    {
        _ when type == typeof(LocalDate) => ExpectedForms.LocalDate,
        _ when type == typeof(LocalTime) => ExpectedForms.LocalTime,
        _ when type == typeof(Instant) => ExpectedForms.Instant,
        _ when type == typeof(Period) => ExpectedForms.Period,
        _ when type == typeof(NodaTime.Duration) => ExpectedForms.Duration,
        _ when type == typeof(DateTimeZone) => ExpectedForms.TimeZone,
        _ when type == typeof(LocalId) => $"a local identifier (1 to {LocalId.MaxLength} letters, digits and - _ ., starting with a letter or digit)",
        _ when type == typeof(ContractId) => $"a contract identifier (1 to {ContractId.MaxLength} letters, digits and - _ . : /, starting with a letter or digit)",
        _ => "in the form the schema requires",
    };

    private static string Found(JsonElement? element) => element switch
    {
        null => "nothing",
        { ValueKind: JsonValueKind.String } s => $"a string ('{JsonTokens.Shorten(s.GetString()!)}')",
        { ValueKind: JsonValueKind.Number } n => $"a number ({JsonTokens.Shorten(n.GetRawText())})",
        { } e => JsonTokens.Describe(e.ValueKind),
    };

    private static List<string> Segments(string pointer) =>
        [.. JsonPointer.FromText(pointer).Segments];

    private static JsonElement? Find(JsonElement root, List<string> segments)
    {
        var element = root;
        foreach (var segment in segments)
        {
            if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(segment, out var child))
            {
                element = child;
            }
            else if (element.ValueKind == JsonValueKind.Array && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < element.GetArrayLength())
            {
                element = element[i];
            }
            else
            {
                return null;
            }
        }

        return element;
    }
}

/// <summary>The names of the closed vocabularies, for messages.</summary>
internal static class ContractSchemaVocabulary
{
    private static readonly Dictionary<Type, IReadOnlyList<string>> Allowed = ModelTypeRegistry.SmartEnumConverters
        .ToDictionary(c => c.Type!, c => ((IVocabularyConverter)c).Names);

    internal static bool IsVocabulary(Type type) => Allowed.ContainsKey(type) || type == typeof(IsoDayOfWeek);

    internal static IEnumerable<string> Names(Type type) =>
        type == typeof(IsoDayOfWeek)
            ? ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
            : Allowed.TryGetValue(type, out var names) ? names : [];
}

using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Ardalis.SmartEnum;
using AiContracts.Domain;
using AiContracts.Domain.Extensions;
using AiContracts.Domain.Primitives;
using NodaTime;

namespace AiContracts.Json.Tests.Schema;

/// <summary>
/// Writes the published JSON Schema (draft 2020-12) from the model itself: the serializer's metadata gives the
/// members, their JSON names and which are required; the smart enums give the closed vocabularies; the value objects
/// give the patterns and ranges; the XML documentation gives every title and description. The checked-in
/// docs/schema/ai-contract.schema.json must equal its output (SchemaTests), so model and schema cannot drift apart.
/// </summary>
internal static partial class ContractSchemaGenerator
{
    internal const string SchemaId = ContractSchema.Id;

    private static readonly Assembly Domain = typeof(AiContract).Assembly;

    internal static string Generate() => Generate(
        typeof(AiContract),
        SchemaId,
        "AI-deployment contract",
        $"An AI-deployment contract document, format version {SchemaVersion.Current} (any 1.x document whose members this version knows). ");

    /// <summary>The schema of the documents whose root is <paramref name="rootType"/>, with its definitions.</summary>
    internal static string Generate(Type rootType, string id, string title, string descriptionPrefix)
    {
        var options = AiContractSerializer.Default.JsonSerializerOptions;
        var docs = XmlDocs.Load(Domain);
        var defs = new SortedDictionary<string, JsonObject>(StringComparer.Ordinal);
        var queue = new Queue<Type>([rootType]);
        var seen = new HashSet<Type>();

        while (queue.Count > 0)
        {
            var type = queue.Dequeue();
            if (!seen.Add(type))
            {
                continue;
            }

            defs[type.Name] = Definition(type, options, docs, queue);
        }

        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = id,
            ["title"] = title,
            ["description"] = descriptionPrefix + docs.Type(rootType),
            ["$ref"] = $"#/$defs/{rootType.Name}",
            ["$defs"] = new JsonObject(defs.Select(d => new KeyValuePair<string, JsonNode?>(d.Key, d.Value))),
        };

        var text = root.ToJsonString(new JsonSerializerOptions
        {
            WriteIndented = true,
            IndentSize = 2,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        return text.ReplaceLineEndings("\n") + "\n";
    }

    private static JsonObject Definition(Type type, JsonSerializerOptions options, XmlDocs docs, Queue<Type> queue)
    {
        var title = Words(type.Name);
        var description = type.Assembly == Domain ? docs.Type(type) : ForeignDescriptions[type];
        if (IsSmartEnum(type))
        {
            var names = SmartEnumNames(type);
            return new JsonObject
            {
                ["title"] = title,
                ["description"] = description + " One of: " + string.Join("; ", names.Select(n => $"{n} ({docs.Field(type, n).TrimEnd('.')})")) + ".",
                ["type"] = "string",
                ["enum"] = new JsonArray([.. names.Select(n => JsonValue.Create(n))]),
            };
        }

        if (Scalar(type, options, docs, queue) is { } scalar)
        {
            scalar["title"] = title;
            scalar["description"] = description;
            return Reorder(scalar);
        }

        var info = options.GetTypeInfo(type);
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var property in info.Properties)
        {
            var clr = type.GetProperty(char.ToUpperInvariant(property.Name[0]) + property.Name[1..])!;
            var schema = Member(property.PropertyType, options, docs, queue);
            var nullable = property.IsSetNullable && !property.IsRequired;
            var member = nullable
                ? new JsonObject { ["anyOf"] = new JsonArray(schema, new JsonObject { ["type"] = "null" }) }
                : schema;
            member = new JsonObject(new[]
            {
                new KeyValuePair<string, JsonNode?>("title", Words(clr.Name)),
                new KeyValuePair<string, JsonNode?>("description", docs.Property(clr)),
            }.Concat(member.Select(p => new KeyValuePair<string, JsonNode?>(p.Key, p.Value?.DeepClone()))));
            properties[property.Name] = member;
            if (property.IsRequired)
            {
                required.Add(property.Name);
            }
        }

        var definition = new JsonObject
        {
            ["title"] = title,
            ["description"] = description,
            ["type"] = "object",
            ["properties"] = properties,
        };
        if (required.Count > 0)
        {
            definition["required"] = required;
        }

        definition["additionalProperties"] = false;
        return definition;
    }

    /// <summary>The schema of a member's type: a reference to a definition, or an inline array.</summary>
    private static JsonObject Member(Type type, JsonSerializerOptions options, XmlDocs docs, Queue<Type> queue)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueArray<>))
        {
            return new JsonObject { ["type"] = "array", ["items"] = Member(type.GetGenericArguments()[0], options, docs, queue) };
        }

        if (type == typeof(string))
        {
            return new JsonObject { ["type"] = "string" };
        }

        if (type == typeof(bool))
        {
            return new JsonObject { ["type"] = "boolean" };
        }

        if (type == typeof(int))
        {
            return new JsonObject { ["type"] = "integer", ["minimum"] = int.MinValue, ["maximum"] = int.MaxValue };
        }

        if (type == typeof(long))
        {
            return new JsonObject { ["type"] = "integer", ["minimum"] = long.MinValue, ["maximum"] = long.MaxValue };
        }

        if (type == typeof(decimal))
        {
            return new JsonObject { ["type"] = "number" };
        }

        queue.Enqueue(type);
        return new JsonObject { ["$ref"] = $"#/$defs/{type.Name}" };
    }

    /// <summary>Definitions of the value objects and NodaTime types, from their invariants.</summary>
    private static JsonObject? Scalar(Type type, JsonSerializerOptions options, XmlDocs docs, Queue<Type> queue)
    {
        if (type == typeof(Money))
        {
            queue.Enqueue(typeof(Currency));
            return new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject
                {
                    ["amount"] = new JsonObject { ["title"] = "Amount", ["description"] = docs.Property(typeof(Money).GetProperty(nameof(Money.Amount))!), ["type"] = "number" },
                    ["currency"] = new JsonObject { ["title"] = "Currency", ["description"] = docs.Property(typeof(Money).GetProperty(nameof(Money.Currency))!), ["$ref"] = "#/$defs/Currency" },
                },
                ["required"] = new JsonArray("amount", "currency"),
                ["additionalProperties"] = false,
                ["examples"] = new JsonArray(new JsonObject { ["amount"] = 1234.50m, ["currency"] = "EUR" }),
            };
        }

        return type switch
        {
            _ when type == typeof(Currency) => new JsonObject
            {
                ["type"] = "string",
                ["enum"] = new JsonArray([.. Currency.All.Select(c => JsonValue.Create(c.Code))]),
                ["examples"] = new JsonArray("EUR", "USD", "GBP"),
            },
            _ when type == typeof(Percentage) => new JsonObject
            {
                ["type"] = "number",
                ["minimum"] = Percentage.MinValue,
                ["maximum"] = Percentage.MaxValue,
                ["examples"] = new JsonArray(99.9m, 10),
            },
            _ when type == typeof(ContractId) => Text(ContractId.Pattern, "ACME-LLM-2026-001"),
            _ when type == typeof(LocalId) => Text(LocalId.Pattern, "kpi-availability"),
            _ when type == typeof(SchemaVersion) => Text(SchemaVersionPattern, SchemaVersion.Current.ToString()),
            _ when type == typeof(LocalDate) => Formatted("date", LocalDatePattern, "2026-01-31"),
            _ when type == typeof(Instant) => Formatted("date-time", InstantPattern, "2026-03-01T09:30:00Z"),
            _ when type == typeof(LocalTime) => Text(LocalTimePattern, "02:00:00"),
            _ when type == typeof(Period) => Text(PeriodPattern, "P30D", "P1Y6M", "PT72H"),
            _ when type == typeof(Duration) => Text(DurationPattern, "PT4H", "PT1H30M"),
            _ when type == typeof(DateTimeZone) => Text(TimeZonePattern, "Europe/Berlin", "UTC"),
            _ when type == typeof(IsoDayOfWeek) => new JsonObject
            {
                ["type"] = "string",
                ["enum"] = new JsonArray("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
            },
            _ when type == typeof(ExtensionObject) => new JsonObject { ["type"] = "object" },
            _ => null,
        };
    }

    private static readonly Dictionary<Type, string> ForeignDescriptions = new()
    {
        [typeof(LocalDate)] = "A calendar date in ISO 8601 form (YYYY-MM-DD), years 0001 to 9999.",
        [typeof(Instant)] = "An instant in UTC in ISO 8601 form (YYYY-MM-DDThh:mm:ss with up to nine fractional digits, then Z), years 0001 to 9999.",
        [typeof(LocalTime)] = "A time of day in ISO 8601 extended form (hh:mm:ss with up to nine fractional digits), in the contract's time zone.",
        [typeof(Period)] = "An ISO 8601 period of whole, non-negative units (PnYnMnWnDTnHnMnS), kept as written: P30D and P1M differ, PT72H is not P3D.",
        [typeof(Duration)] = "An exact ISO 8601 duration of days and time (a day is 24 hours), optionally negative: PT4H, PT1H30M, -PT15M.",
        [typeof(DateTimeZone)] = "An IANA (tzdb) time zone identifier such as Europe/Berlin, or UTC.",
        [typeof(IsoDayOfWeek)] = "A day of the week by its English name.",
    };

    internal const string SchemaVersionPattern = "^1\\.(0|[1-9][0-9]{0,8})$";
    internal const string LocalDatePattern = "^(?!0000)[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";
    internal const string InstantPattern = "^(?!0000)[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?Z$";
    internal const string LocalTimePattern = "^([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?$";
    internal const string PeriodPattern = "^P(?!$)([0-9]{1,10}Y)?([0-9]{1,10}M)?([0-9]{1,10}W)?([0-9]{1,10}D)?(T(?=[0-9])([0-9]{1,19}H)?([0-9]{1,19}M)?([0-9]{1,19}S)?)?$";
    internal const string DurationPattern = "^-?P(?!$)([0-9]{1,9}D)?(T(?=[0-9])([0-9]{1,12}H)?([0-9]{1,14}M)?([0-9]{1,16}(\\.[0-9]{1,9})?S)?)?$";
    internal const string TimeZonePattern = "^[A-Za-z][A-Za-z0-9_+\\-/:]{0,63}$";

    private static JsonObject Text(string pattern, params string[] examples) => new()
    {
        ["type"] = "string",
        ["pattern"] = pattern,
        ["examples"] = new JsonArray([.. examples.Select(e => JsonValue.Create(e))]),
    };

    private static JsonObject Formatted(string format, string pattern, string example)
    {
        var schema = Text(pattern, example);
        schema["format"] = format;
        return schema;
    }

    /// <summary>Puts title and description first, for people reading the schema.</summary>
    private static JsonObject Reorder(JsonObject schema)
    {
        var ordered = new JsonObject { ["title"] = schema["title"]?.DeepClone(), ["description"] = schema["description"]?.DeepClone() };
        foreach (var (key, value) in schema)
        {
            if (key is not ("title" or "description"))
            {
                ordered[key] = value?.DeepClone();
            }
        }

        return ordered;
    }

    internal static bool IsSmartEnum(Type type)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(SmartEnum<,>))
            {
                return true;
            }
        }

        return false;
    }

    internal static List<string> SmartEnumNames(Type type) =>
        [.. type.GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(f => f.FieldType == type)
            .Select(f => f.GetValue(null)!)
            .OrderBy(v => (int)v.GetType().GetProperty("Value")!.GetValue(v)!)
            .Select(v => (string)v.GetType().GetProperty("Name")!.GetValue(v)!)];

    /// <summary>"ServiceLevelObjective" becomes "Service level objective"; "KpiId" becomes "KPI id".</summary>
    internal static string Words(string name)
    {
        var words = WordPattern().Matches(name).Select(m => m.Value).ToList();
        var text = new StringBuilder();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i] switch
            {
                "Kpi" or "Kpis" => words[i].ToUpperInvariant().Replace("KPIS", "KPIs", StringComparison.Ordinal),
                "Ai" => "AI",
                "Id" or "Ids" when i > 0 => words[i].ToLowerInvariant(),
                _ when i == 0 => words[i],
                _ => words[i].ToLowerInvariant(),
            };
            text.Append(i == 0 ? string.Empty : " ").Append(word);
        }

        return text.ToString();
    }

    [GeneratedRegex("[A-Z][a-z0-9]*|[a-z0-9]+")]
    private static partial Regex WordPattern();

    /// <summary>The XML documentation of the Domain assembly, as plain text.</summary>
    private sealed class XmlDocs
    {
        private readonly Dictionary<string, string> _summaries;

        private XmlDocs(Dictionary<string, string> summaries) => _summaries = summaries;

        internal static XmlDocs Load(Assembly assembly)
        {
            var path = Path.ChangeExtension(assembly.Location, ".xml");
            var document = XDocument.Load(path);
            var summaries = document.Descendants("member")
                .Where(m => m.Element("summary") is not null)
                .ToDictionary(m => (string)m.Attribute("name")!, m => Plain(m.Element("summary")!), StringComparer.Ordinal);
            return new XmlDocs(summaries);
        }

        internal string Type(Type type) => Get("T:" + type.FullName);

        internal string Property(PropertyInfo property) => Get($"P:{property.DeclaringType!.FullName}.{property.Name}");

        internal string Field(Type type, string name) => Get($"F:{type.FullName}.{name}");

        private string Get(string key) =>
            _summaries.TryGetValue(key, out var text) ? text : throw new InvalidOperationException($"No XML documentation for {key}.");

        private static string Plain(XElement summary)
        {
            var text = new StringBuilder();
            foreach (var node in summary.Nodes())
            {
                text.Append(node switch
                {
                    XText t => t.Value,
                    XElement { Name.LocalName: "see" } see => Cref((string?)see.Attribute("cref") ?? (string?)see.Attribute("langword") ?? string.Empty),
                    XElement { Name.LocalName: "paramref" } p => (string?)p.Attribute("name"),
                    XElement e => e.Value,
                    _ => string.Empty,
                });
            }

            return Regex.Replace(text.ToString(), @"\s+", " ").Trim();
        }

        /// <summary>A cref to a member of the model reads as its JSON value or member name.</summary>
        private static string Cref(string cref)
        {
            var name = cref[(cref.LastIndexOf('.') + 1)..];
            return cref.StartsWith("F:", StringComparison.Ordinal) ? name : char.ToLowerInvariant(name[0]) + name[1..];
        }
    }
}

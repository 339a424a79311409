using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using AiContracts.Domain;
using AiContracts.Domain.Primitives;
using AiContracts.TestUtilities;
using CsCheck;
using Json.Schema;

namespace AiContracts.Json.Tests.Schema;

/// <summary>The published schema agrees with the model, the reader and the 2020-12 meta-schema.</summary>
public sealed class SchemaTests
{
    private static readonly EvaluationOptions Strict = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    private static string CheckedInPath => Path.Combine(SampleFiles.RepositoryRoot, "docs", "schema", "ai-contract.schema.json");

    [Fact]
    public void CheckedInSchema_IsWhatTheModelGenerates()
    {
        var generated = ContractSchemaGenerator.Generate();
        if (Environment.GetEnvironmentVariable("AICONTRACTS_UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(CheckedInPath, generated);
        }

        Assert.True(
            File.Exists(CheckedInPath) && File.ReadAllText(CheckedInPath).ReplaceLineEndings("\n") == generated,
            "docs/schema/ai-contract.schema.json is out of date with the model: run the tests once with AICONTRACTS_UPDATE_SCHEMA=1 and review the diff.");
    }

    [Fact]
    public void EmbeddedSchema_IsTheCheckedInFile()
    {
        Assert.Equal(File.ReadAllText(CheckedInPath).ReplaceLineEndings("\n"), ContractSchema.Text.ReplaceLineEndings("\n"));
        Assert.Equal(ContractSchema.Id, JsonNode.Parse(ContractSchema.Text)!["$id"]!.GetValue<string>());
        Assert.Equal(new Uri(ContractSchema.Id), ReferenceSchemas.Contract.BaseUri);
    }

    [Fact]
    public void Schema_IsValidAgainstThe202012MetaSchema()
    {
        using var document = JsonDocument.Parse(ContractSchema.Text);

        var result = MetaSchemas.Draft202012.Evaluate(document.RootElement, Strict);

        Assert.True(result.IsValid, Describe(result));
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", document.RootElement.GetProperty("$schema").GetString());
    }

    [Fact]
    public void Schema_EveryDefinitionAndPropertyHasATitleAndADescription()
    {
        var schema = JsonNode.Parse(ContractSchema.Text)!.AsObject();
        var missing = new List<string>();
        foreach (var (name, definition) in schema["$defs"]!.AsObject())
        {
            Check(definition!.AsObject(), $"$defs/{name}");
            foreach (var (member, property) in definition["properties"]?.AsObject() ?? [])
            {
                Check(property!.AsObject(), $"$defs/{name}/properties/{member}");
            }
        }

        Assert.Empty(missing);

        void Check(JsonObject node, string at)
        {
            if (node["title"] is null || string.IsNullOrWhiteSpace(node["description"]?.GetValue<string>()))
            {
                missing.Add(at);
            }
        }
    }

    [Theory]
    [MemberData(nameof(SampleContractTests.Samples), MemberType = typeof(SampleContractTests))]
    public void Sample_IsValidAgainstTheSchema(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(SampleFiles.ContractsFolder, file)));

        var result = ReferenceSchemas.Contract.Evaluate(document.RootElement, Strict);

        Assert.True(result.IsValid, Describe(result));
    }

    [Fact]
    public void GeneratedContracts_AreValidAgainstTheSchema()
    {
        ContractGenerators.Contract.Sample(
            contract =>
            {
                using var document = JsonDocument.Parse(AiContractSerializer.Default.SerializeToUtf8Bytes(contract));
                var result = ReferenceSchemas.Contract.Evaluate(document.RootElement, Strict);
                Assert.True(result.IsValid, Describe(result));
            },
            iter: 1000,
            threads: 1);
    }

    [Fact]
    public void Schema_HasAPropertyForEveryModelPropertyAndNoOther()
    {
        var defs = JsonNode.Parse(ContractSchema.Text)!["$defs"]!.AsObject();
        var records = ModelGraph.RecordTypes.ToList();

        foreach (var type in records)
        {
            var expected = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.Name != "EqualityContract")
                .Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..])
                .Order(StringComparer.Ordinal);
            var actual = defs[type.Name]?["properties"]?.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal);

            Assert.True(actual is not null, $"no definition for {type.Name}");
            Assert.Equal(expected, actual);
            Assert.False(defs[type.Name]!["additionalProperties"]!.GetValue<bool>(), $"{type.Name} allows additional properties");
        }

        var modelNames = records.Select(t => t.Name).Concat(ModelGraph.SmartEnumTypes.Select(t => t.Name)).ToHashSet(StringComparer.Ordinal);
        var scalars = new[] { "Money", "Currency", "Percentage", "ContractId", "LocalId", "SchemaVersion", "LocalDate", "LocalTime", "Instant", "Period", "Duration", "DateTimeZone", "IsoDayOfWeek", "ExtensionObject" };
        var unexpected = defs.Select(d => d.Key).Where(name => !modelNames.Contains(name) && !scalars.Contains(name)).ToList();
        Assert.True(unexpected.Count == 0, "definitions that are not model types: " + string.Join(", ", unexpected));
    }

    [Theory]
    [MemberData(nameof(SampleContractTests.Samples), MemberType = typeof(SampleContractTests))]
    public void Mutation_OfASample_IsRejectedByTheSchemaAndTheReaderAlike(string file)
    {
        var original = JsonNode.Parse(File.ReadAllText(Path.Combine(SampleFiles.ContractsFolder, file)))!;
        var mutations = Mutations.Of(original, AiContractSerializer.Default.JsonSerializerOptions);
        var disagreements = new List<string>();

        foreach (var (description, mutated) in mutations)
        {
            var text = mutated.ToJsonString();
            using var document = JsonDocument.Parse(text);
            var schemaRejects = !ReferenceSchemas.Contract.Evaluate(document.RootElement, Strict).IsValid;
            var readerRejects = false;
            try
            {
                AiContractSerializer.Default.Deserialize(text);
            }
            catch (ContractJsonException)
            {
                readerRejects = true;
            }

            var pipelineRejects = !ContractDocumentValidator.Default.Validate(text).IsValid;
            if (!schemaRejects || !readerRejects || !pipelineRejects)
            {
                disagreements.Add($"{description}: schema {(schemaRejects ? "rejects" : "ACCEPTS")}, reader {(readerRejects ? "rejects" : "ACCEPTS")}, pipeline {(pipelineRejects ? "rejects" : "ACCEPTS")}");
            }
        }

        Assert.True(mutations.Count >= 50, $"only {mutations.Count} mutations of {file}");
        Assert.True(disagreements.Count == 0, string.Join(Environment.NewLine, disagreements));
    }

    private static string Describe(EvaluationResults result) => string.Join(
        Environment.NewLine,
        (result.Details ?? []).Where(d => d.Errors is { Count: > 0 } && !d.Errors.ContainsKey("type")).Take(10)
            .Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Select(e => $"{e.Key}: {e.Value}"))}"));

    /// <summary>Targeted mutations of a valid document, found by walking it alongside the model's metadata.</summary>
    private static class Mutations
    {
        internal static List<(string Description, JsonNode Document)> Of(JsonNode root, JsonSerializerOptions options)
        {
            var found = new List<(string, JsonNode)>();
            Walk(root, root, typeof(AiContract), "", options, found);
            return found;
        }

        private static void Walk(JsonNode root, JsonNode node, Type type, string pointer, JsonSerializerOptions options, List<(string, JsonNode)> found)
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            var info = options.GetTypeInfo(type);
            if (node is JsonArray array && type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueArray<>))
            {
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(root, array[i]!, type.GetGenericArguments()[0], $"{pointer}/{i}", options, found);
                }

                return;
            }

            if (ContractSchemaGenerator.IsSmartEnum(type))
            {
                found.Add(($"{pointer}: unknown enum name", Replace(root, pointer, JsonValue.Create("NotAValue"))));
                found.Add(($"{pointer}: wrong type", Replace(root, pointer, JsonValue.Create(7))));
                return;
            }

            if (type == typeof(Percentage))
            {
                found.Add(($"{pointer}: out of range", Replace(root, pointer, JsonValue.Create(100.5m))));
                return;
            }

            if (type == typeof(Currency))
            {
                found.Add(($"{pointer}: unknown currency", Replace(root, pointer, JsonValue.Create("XYZ"))));
                return;
            }

            if (type == typeof(LocalId) || type == typeof(ContractId))
            {
                found.Add(($"{pointer}: invalid identifier", Replace(root, pointer, JsonValue.Create("not valid!"))));
                return;
            }

            if (type == typeof(NodaTime.LocalDate) || type == typeof(NodaTime.Period) || type == typeof(NodaTime.Duration) || type == typeof(NodaTime.Instant))
            {
                found.Add(($"{pointer}: malformed {type.Name}", Replace(root, pointer, JsonValue.Create("31/12/2026"))));
                return;
            }

            if (type == typeof(string) || type == typeof(bool))
            {
                found.Add(($"{pointer}: wrong type", Replace(root, pointer, new JsonArray())));
                return;
            }

            if (info.Kind != JsonTypeInfoKind.Object || node is not JsonObject obj || type.Assembly != typeof(AiContract).Assembly || type == typeof(Money))
            {
                return;
            }

            found.Add(($"{pointer}: unknown member", Mutate(root, pointer, o => o["unexpectedMember"] = 1)));
            found.Add(($"{pointer}: object replaced by a string", Replace(root, pointer, JsonValue.Create("text"))));
            foreach (var property in info.Properties)
            {
                if (!obj.ContainsKey(property.Name))
                {
                    continue;
                }

                if (property.IsRequired)
                {
                    found.Add(($"{pointer}/{property.Name}: required member dropped", Mutate(root, pointer, o => o.Remove(property.Name))));
                }

                Walk(root, obj[property.Name]!, property.PropertyType, $"{pointer}/{property.Name}", options, found);
            }
        }

        private static JsonNode Replace(JsonNode root, string pointer, JsonNode value)
        {
            var copy = root.DeepClone();
            var (parent, key) = Locate(copy, pointer);
            switch (parent)
            {
                case JsonObject o:
                    o[key] = value;
                    break;
                case JsonArray a:
                    a[int.Parse(key, System.Globalization.CultureInfo.InvariantCulture)] = value;
                    break;
                default:
                    return value;
            }

            return copy;
        }

        private static JsonNode Mutate(JsonNode root, string pointer, Action<JsonObject> change)
        {
            var copy = root.DeepClone();
            var target = pointer.Length == 0 ? copy : Locate(copy, pointer) is var (parent, key) && parent is JsonObject o ? o[key]! : ((JsonArray)parent!)[int.Parse(key, System.Globalization.CultureInfo.InvariantCulture)]!;
            change(target.AsObject());
            return copy;
        }

        private static (JsonNode? Parent, string Key) Locate(JsonNode root, string pointer)
        {
            var segments = pointer.Split('/')[1..];
            JsonNode? parent = null;
            var node = root;
            foreach (var segment in segments)
            {
                parent = node;
                node = node is JsonArray a ? a[int.Parse(segment, System.Globalization.CultureInfo.InvariantCulture)]! : node[segment]!;
            }

            return (parent, segments.Length == 0 ? string.Empty : segments[^1]);
        }
    }
}

using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AiContracts.Json.Internal;
using AiContracts.TestUtilities;
using CsCheck;
using Json.Schema;

namespace AiContracts.Json.Tests.Schema;

/// <summary>
/// The compiled schema (the pipeline's schema stage) finds exactly what JsonSchema.Net's list output finds, mapped to
/// the same diagnostics, on samples, generated contracts and random mutations of them.
/// </summary>
public sealed class CompiledSchemaTests
{
    private static readonly EvaluationOptions Reference = new() { OutputFormat = OutputFormat.Hierarchical, RequireFormatValidation = true };

    // Values a mutation puts anywhere in a document: every JSON type, edge numbers, strings of every form the schema knows.
    private static readonly string[] Replacements =
    [
        "null", "true", "false", "0", "-0", "1", "-1", "7", "1.0", "1.5", "100", "100.5", "101", "-0.5", "1e2", "1.5e1", "15e-1",
        "1e400", "-1e400", "1e-40", "-1e-40", "2147483647", "2147483648", "-2147483649", "79228162514264337593543950336",
        "\"\"", "\"x\"", "\"Draft\"", "\"draft\"", "\"EUR\"", "\"eur\"", "\"XYZ\"", "\"1.0\"", "\"1.00\"", "\"2.0\"", "\"C-1\"", "\"C 1\"",
        "\"2026-02-28\"", "\"2026-02-29\"", "\"2024-02-29\"", "\"2026-13-01\"", "\"0000-01-01\"", "\"31/12/2026\"",
        "\"2026-02-28T10:00:00Z\"", "\"2026-02-29T10:00:00Z\"", "\"2026-02-28T10:00:00.123456789Z\"", "\"2026-02-28T10:00:00+01:00\"",
        "\"P1D\"", "\"P1Y2M3W4DT5H6M7S\"", "\"P\"", "\"PT\"", "\"P1.5D\"", "\"PT1H\"", "\"-PT1.5S\"", "\"PT1.1234567891S\"",
        "\"12:00:00\"", "\"24:00:00\"", "\"Europe/Paris\"", "\"Monday\"", "\"caf\\u00e9\"", "\"a\\/b\"",
        "{}", "{\"a\":1}", "{\"amount\":1,\"currency\":\"EUR\"}", "[]", "[1]", "[\"x\"]", "[{}]", "[null]",
    ];

    [Fact]
    public void Compile_ContractSchema_ReadsEveryKeywordItUses()
    {
        using var document = JsonDocument.Parse("{}");

        Assert.True(CompiledSchema.Contract.IsValid(document.RootElement) is false);
    }

    [Theory]
    [InlineData("""{"minLength": 1}""")]
    [InlineData("""{"additionalProperties": {"type": "string"}}""")]
    [InlineData("""{"format": "email"}""")]
    [InlineData("""{"$ref": "https://example.com/other.json"}""")]
    [InlineData("""{"$ref": "#/$defs/Missing"}""")]
    [InlineData("""{"enum": [1, 2]}""")]
    [InlineData("""{"type": "decimal"}""")]
    public void Compile_SchemaWithAKeywordItDoesNotImplement_Throws(string schema)
    {
        Assert.Throws<NotSupportedException>(() => CompiledSchema.Compile(schema));
    }

    [Theory]
    [InlineData("\"x\"", true, "")]
    [InlineData("7", true, "")]
    [InlineData("true", false, " :type :type :type")]
    [InlineData("[1, \"a\", {}]", false, " :type /1:type /2:type :type")]
    [InlineData("{\"a\": 1}", false, " :type :type /a:additionalProperties :required")]
    [InlineData("{\"b\": \"no\"}", false, " :type :type /b:enum")]
    [InlineData("{\"b\": \"yes\", \"c\": 1}", false, " :type :type /c:false")]
    public void Evaluate_SchemaOfOtherShapes_FindsEachViolation(string instance, bool valid, string expected)
    {
        var schema = CompiledSchema.Compile("""
            {"anyOf": [
              {"type": ["string", "number"]},
              {"type": "array", "items": {"type": "number"}},
              {"type": "object", "properties": {"b": {"enum": ["yes"]}, "c": false}, "required": ["b"], "additionalProperties": false}
            ]}
            """);
        using var document = JsonDocument.Parse(instance);

        var errors = new List<SchemaError>();
        Assert.Equal(valid, schema.Evaluate(document.RootElement, errors, 100));
        Assert.Equal(valid, schema.IsValid(document.RootElement));
        var found = string.Concat(errors.Select(e => $" {e.Pointer}:{e.Keyword}"));
        // When no branch of an anyOf matches, every branch's violations are reported, as in JSON Schema's list output.
        Assert.Equal(expected, found);
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("-0", true)]
    [InlineData("7", true)]
    [InlineData("1.0", true)]
    [InlineData("1.000", true)]
    [InlineData("1e2", true)]
    [InlineData("1E+2", true)]
    [InlineData("1.5e1", true)]
    [InlineData("100e-2", true)]
    [InlineData("0.0e-5", true)]
    [InlineData("1e400", true)]
    [InlineData("1.5", false)]
    [InlineData("-0.5", false)]
    [InlineData("15e-1", false)]
    [InlineData("150e-2", false)]
    [InlineData("1e-400", false)]
    [InlineData("1.0000000000000000000000000000001", false)]
    public void IsInteger_NumberText_IsExact(string number, bool expected)
    {
        Assert.Equal(expected, CompiledSchema.IsInteger(Encoding.UTF8.GetBytes(number)));
    }

    [Theory]
    [MemberData(nameof(SampleContractTests.Samples), MemberType = typeof(SampleContractTests))]
    public void Evaluate_Sample_IsValid(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(SampleFiles.ContractsFolder, file)));

        var errors = new List<SchemaError>();
        Assert.True(CompiledSchema.Contract.Evaluate(document.RootElement, errors, 1000), string.Join(", ", errors));
    }

    [Fact]
    public void Evaluate_GeneratedContracts_AreValidAsJsonSchemaNetFindsThem()
    {
        ContractGenerators.Contract.Sample(
            contract =>
            {
                using var document = JsonDocument.Parse(AiContractSerializer.Default.SerializeToUtf8Bytes(contract));
                var errors = new List<SchemaError>();
                Assert.True(CompiledSchema.Contract.Evaluate(document.RootElement, errors, 1000), string.Join(", ", errors));
                Assert.True(ReferenceSchemas.Contract.Evaluate(document.RootElement, Reference).IsValid);
            },
            iter: 300,
            threads: 1);
    }

    [Fact]
    public void Evaluate_RandomMutations_FindsWhatJsonSchemaNetFinds()
    {
        var mutated = Gen.Select(ContractGenerators.Contract, Gen.Int[0, int.MaxValue], Gen.Int[0, Replacements.Length + 1])
            .Select((contract, at, change) => Mutate(JsonNode.Parse(AiContractSerializer.Default.SerializeToUtf8Bytes(contract))!, at, change));

        mutated.Sample(
            text =>
            {
                var (compiled, reference) = BothFindings(text);
                Assert.True(compiled.SequenceEqual(reference), $"{text}{Environment.NewLine}compiled: {string.Join(" | ", compiled)}{Environment.NewLine}JsonSchema.Net: {string.Join(" | ", reference)}");
            },
            iter: 1500,
            threads: 1);
    }

    [Theory]
    [MemberData(nameof(SampleContractTests.Samples), MemberType = typeof(SampleContractTests))]
    public void Evaluate_EveryReplacementAtEveryKpiTarget_FindsWhatJsonSchemaNetFinds(string file)
    {
        var original = JsonNode.Parse(File.ReadAllText(Path.Combine(SampleFiles.ContractsFolder, file)))!;
        foreach (var replacement in Replacements)
        {
            var copy = original.DeepClone();
            foreach (var kpi in copy["serviceLevels"]?["kpis"]?.AsArray() ?? [])
            {
                kpi!["target"] = JsonNode.Parse(replacement);
                kpi["unit"] = JsonNode.Parse(replacement);
            }

            var (compiled, reference) = BothFindings(copy.ToJsonString());
            Assert.Equal(reference, compiled);
        }
    }

    [Fact]
    public void Evaluate_PatternWithATrailingLineFeed_IsRejectedAsEcma262Requires()
    {
        // .NET's '$' also matches before a final line feed, so JsonSchema.Net accepts "C-1\n" as a contract id;
        // JSON Schema patterns are ECMA-262, where '$' is the end of the string only (ajv rejects it too).
        var json = """{"schemaVersion": "1.0", "id": "C-1\n", "title": "t", "status": "Draft"}""";
        using var document = JsonDocument.Parse(json);

        Assert.True(ReferenceSchemas.Contract.Evaluate(document.RootElement, Reference).IsValid);
        var diagnostic = Assert.Single(ContractDocumentValidator.Default.Validate(json).Report.Diagnostics);
        Assert.Equal(("AIC0014", "/id"), (diagnostic.Code, diagnostic.Pointer));
    }

    [Fact]
    public void Evaluate_RepeatedMemberName_EvaluatesTheFirstOccurrenceOnly()
    {
        // The text stage reports the repetitions (DocumentPipelineTests); the schema sees the first value only.
        using var document = JsonDocument.Parse("""{"schemaVersion": "1.0", "id": "C-1", "title": "t", "title": 7, "status": "Draft", "title": "u", "colour": 1}""");

        var errors = new List<SchemaError>();
        Assert.False(CompiledSchema.Contract.Evaluate(document.RootElement, errors, 1000));
        Assert.Equal([new SchemaError("/colour", "additionalProperties")], errors);
    }

    [Fact]
    public void Evaluate_ManyViolations_StopsAfterTheLimit()
    {
        var members = string.Join(", ", Enumerable.Range(0, 100).Select(i => $"\"unknown{i}\": {i}"));
        using var document = JsonDocument.Parse($$"""{"schemaVersion": "1.0", "id": "C-1", "title": "t", "status": "Draft", {{members}}}""");

        var errors = new List<SchemaError>();
        Assert.False(CompiledSchema.Contract.Evaluate(document.RootElement, errors, 10));
        Assert.Equal(11, errors.Count);
    }

    /// <summary>The diagnostics both evaluators' findings map to, in a canonical order.</summary>
    private static (List<string> Compiled, List<string> Reference) BothFindings(string text)
    {
        using var document = JsonDocument.Parse(text);
        var options = AiContractSerializer.Default.JsonSerializerOptions;
        var errors = new List<SchemaError>();
        var compiledValid = CompiledSchema.Contract.Evaluate(document.RootElement, errors, int.MaxValue);
        var results = ReferenceSchemas.Contract.Evaluate(document.RootElement, Reference);
        Assert.Equal(results.IsValid, compiledValid);
        static List<string> Canonical(IEnumerable<Domain.Diagnostics.Diagnostic> diagnostics) =>
            [.. diagnostics.Select(d => $"{d.Code} {d.Pointer} {d.Message}").Order(StringComparer.Ordinal)];
        return (Canonical(SchemaDiagnostics.From(errors, document.RootElement, options)), Canonical(ReferenceSchemas.Diagnostics(results, document.RootElement, options)));
    }

    /// <summary>Replaces the value at one position of a document (chosen by <paramref name="at"/>), removes it, or adds an unknown member.</summary>
    private static string Mutate(JsonNode root, int at, int change)
    {
        var positions = new List<(JsonNode Parent, string? Name, int Index)>();
        Collect(root, positions);
        if (positions.Count == 0)
        {
            return root.ToJsonString();
        }

        var (parent, name, index) = positions[at % positions.Count];
        if (change == Replacements.Length)
        {
            // Remove the member (or the array element).
            if (parent is JsonObject o)
            {
                o.Remove(name!);
            }
            else
            {
                ((JsonArray)parent).RemoveAt(index);
            }
        }
        else if (change == Replacements.Length + 1)
        {
            var target = parent is JsonObject o ? o[name!] : ((JsonArray)parent)[index];
            (target as JsonObject ?? root.AsObject())["unexpectedMember"] = 1;
        }
        else
        {
            var value = JsonNode.Parse(Replacements[change]);
            if (parent is JsonObject o)
            {
                o[name!] = value;
            }
            else
            {
                ((JsonArray)parent)[index] = value;
            }
        }

        return root.ToJsonString();
    }

    private static void Collect(JsonNode node, List<(JsonNode, string?, int)> positions)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, child) in o)
                {
                    positions.Add((o, name, -1));
                    if (child is not null)
                    {
                        Collect(child, positions);
                    }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    positions.Add((a, null, i));
                    if (a[i] is { } child)
                    {
                        Collect(child, positions);
                    }
                }

                break;
        }
    }
}

using System.Text.Json;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Validation;
using AiContracts.TestUtilities;
using AiContracts.Json.Tests.Schema;
using Json.Schema;
using NodaTime;

namespace AiContracts.Json.Tests.Playbooks;

/// <summary>Playbooks as JSON documents: read with diagnostics, written back, and described by their published schema.</summary>
public sealed class PlaybookJsonTests
{
    private const string Tight = """
        {
          "name": "tight-retention",
          "version": "1.0",
          "extends": "ai-deployment-baseline",
          "parameters": { "longestRetention": "P1Y" }
        }
        """;

    private const string Malformed = """
        {
          "name": 3,
          "version": "1",
          "rules": ["retention", "retension"],
          "parameters": { "longestRetention": "one year", "smallestCredit": 120, "colour": "red" },
          "severities": { "AIC6002": "Fatal", "AIC9999": "Error" }
        }
        """;

    [Fact]
    public void Read_PlaybookTighteningOneParameter_ChangesTheVerdictOnASample()
    {
        var contract = AiContractSerializer.Default.Deserialize(File.ReadAllText(Path.Combine(SampleFiles.ContractsFolder, "01-vendor-llm-api.json")));

        var result = PlaybookJson.Read(Tight);

        Assert.True(result.IsValid, result.Report.ToString());
        Assert.Equal(Period.FromYears(1), result.Value!.Parameters.LongestRetention);
        Assert.Equal(Playbook.AiDeploymentBaseline.RuleIds, result.Value.RuleIds);
        Assert.True(Playbook.AiDeploymentBaseline.CreateValidator().Validate(contract).IsValid);
        var report = result.Value.CreateValidator().Validate(contract);
        Assert.False(report.IsValid);
        Assert.Equal(("AIC2002", "/dataProcessing/categories/2/retention/period"), Assert.Single(report.Diagnostics, d => d.Severity == DiagnosticSeverity.Error) is var d ? (d.Code, d.Pointer) : default);
    }

    [Fact]
    public void Read_MalformedPlaybook_GetsEveryProblemAsADiagnosticWithItsPosition()
    {
        var result = PlaybookJson.Read(Malformed);

        Assert.False(result.IsValid);
        Assert.Null(result.Value);
        Assert.Equal(
            [
                ("AIC0010", "/name"), ("AIC0013", "/rules/1"), ("AIC0014", "/parameters/longestRetention"), ("AIC0015", "/parameters/smallestCredit"),
                ("AIC0012", "/parameters/colour"), ("AIC0013", "/severities/AIC6002"), ("AIC0013", "/severities/AIC9999"),
            ],
            result.Report.Diagnostics.Select(d => (d.Code, d.Pointer)));
        Assert.All(result.Report.Diagnostics, d => Assert.Equal(DocumentKind.Playbook, d.Document));
        Assert.Equal((5, 74), Assert.Single(result.Report.Diagnostics, d => d.Pointer == "/parameters/colour") is var colour ? (colour.Line, colour.Column) : default);
        Assert.Equal(5, Assert.Single(result.Report.Diagnostics, d => d.Pointer == "/parameters/smallestCredit").Line);
        Assert.Contains("expected one of Error, Warning, Info", result.Report.Diagnostics[5].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "AIC0001", "")]
    [InlineData("{\"name\": \"x\", \"version\": \"1\",}", "AIC0001", "")]
    [InlineData("[]", "AIC0010", "")]
    [InlineData("{\"name\": \"x\", \"version\": \"1\"}", "AIC0011", "")]
    [InlineData("{\"version\": \"1\", \"extends\": \"strict\"}", "AIC0011", "")]
    [InlineData("{\"name\": \"x\", \"version\": \"1\", \"extends\": \"lenient\"}", "AIC0013", "/extends")]
    [InlineData("{\"name\": \"x\", \"version\": \"1\", \"rules\": [], \"parameters\": {\"upfrontFeeThreshold\": {\"amount\": 1, \"currency\": \"xyz\"}}}", "AIC0013", "/parameters/upfrontFeeThreshold/currency")]
    [InlineData("{\"name\": \"x\", \"version\": \"1\", \"rules\": [], \"allFindingsAreErrors\": \"yes\"}", "AIC0010", "/allFindingsAreErrors")]
    public void Read_BadDocument_GetsADiagnosticNotAnException(string json, string code, string pointer)
    {
        var result = PlaybookJson.Read(json);

        Assert.False(result.IsValid);
        Assert.Contains(result.Report.Diagnostics, d => d.Code == code && d.Pointer == pointer);
        Assert.False(ReferenceSchemas.Playbook.Evaluate(Parse(json.Length == 0 || json.EndsWith(",}", StringComparison.Ordinal) ? "null" : json)).IsValid);
    }

    public static TheoryData<string> BuiltIn() => [.. Playbook.BuiltIn.Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(BuiltIn))]
    public void Write_BuiltInPlaybook_ReadsBackEqualAndIsValidAgainstTheSchema(string name)
    {
        var playbook = Playbook.BuiltIn.Single(p => p.Name == name) with
        {
            Severities = [new SeverityOverride { Code = "AIC6002", Severity = DiagnosticSeverity.Error }],
            Parameters = PlaybookParameters.Default with { UpfrontFeeThreshold = new Domain.Primitives.Money(50_000m, Domain.Primitives.Currency.Eur) },
        };

        var json = PlaybookJson.Write(playbook);
        var back = PlaybookJson.Read(json);

        Assert.True(back.IsValid, back.Report.ToString());
        Assert.Equal(playbook, back.Value);
        var evaluation = ReferenceSchemas.Playbook.Evaluate(Parse(json), new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(evaluation.IsValid, json);
    }

    [Fact]
    public void Read_SeveritiesAndStrictness_AreApplied()
    {
        var result = PlaybookJson.Read("""{"name": "house", "version": "2", "extends": "ai-deployment-baseline", "severities": {"AIC1014": "Error"}}""");
        var contract = AiContractSerializer.Default.Deserialize(File.ReadAllText(Path.Combine(SampleFiles.ContractsFolder, "01-vendor-llm-api.json")));

        var report = result.Value!.CreateValidator().Validate(contract);

        Assert.Equal([DiagnosticSeverity.Error, DiagnosticSeverity.Error], report.Diagnostics.Select(d => d.Severity));
        Assert.Equal("house", result.Value.Name);
    }

    [Fact]
    public void Schema_EmbeddedText_EqualsThePublishedFileAndListsEveryBuiltInRule()
    {
        var file = File.ReadAllText(Path.Combine(SampleFiles.RepositoryRoot, "docs", "schema", "playbook.schema.json"));
        using var schema = JsonDocument.Parse(PlaybookSchema.Text);

        Assert.Equal(file, PlaybookSchema.Text);
        Assert.Equal(PlaybookSchema.Id, schema.RootElement.GetProperty("$id").GetString());
        Assert.Equal(BuiltInRules.Ids, schema.RootElement.GetProperty("properties").GetProperty("rules").GetProperty("items").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(
            typeof(PlaybookParameters).GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance).Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..]).Where(n => n != "equalityContract").Order(StringComparer.Ordinal),
            schema.RootElement.GetProperty("properties").GetProperty("parameters").GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void PlaybooksDoc_JsonExample_IsAValidPlaybook()
    {
        var doc = File.ReadAllText(Path.Combine(SampleFiles.RepositoryRoot, "docs", "playbooks.md"));
        var start = doc.IndexOf("```json", StringComparison.Ordinal) + "```json".Length;
        var json = doc[start..doc.IndexOf("```", start, StringComparison.Ordinal)];

        var result = PlaybookJson.Read(json);

        Assert.True(result.IsValid, result.Report.ToString());
        Assert.True(ReferenceSchemas.Playbook.Evaluate(Parse(json)).IsValid);
    }

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}

using System.Text;
using System.Text.Json;
using AiContracts.Domain.Computations.Invoicing;
using AiContracts.Domain.Computations.ServiceCredits;
using AiContracts.TestUtilities;
using Json.Schema;

namespace AiContracts.Json.Tests.Schema;

/// <summary>The published schemas of the computations' input files: generated from the model, embedded, and in agreement with the reader.</summary>
public sealed class ComputationSchemaTests
{
    /// <summary>Each file kind: its root type, schema id, title, description prefix and the embedded schema.</summary>
    private static readonly Dictionary<string, (Type Type, string Id, string Title, string Prefix, Func<string> Embedded)> Files = new(StringComparer.Ordinal)
    {
        ["measurements"] = (typeof(SlaMeasurements), ComputationSchema.MeasurementsId, "Service-level measurements", "The measurements of one period, the input of an SLA evaluation (aicontracts evaluate). ", () => ComputationSchema.Measurements),
        ["usage"] = (typeof(UsageStatement), ComputationSchema.UsageId, "Usage statement", "The usage of one billing period, the input of an invoice (aicontracts price). ", () => ComputationSchema.Usage),
        ["evaluation"] = (typeof(SlaEvaluation), ComputationSchema.EvaluationId, "SLA evaluation", "The result of evaluating a period's measurements (aicontracts evaluate), the credits an invoice applies. ", () => ComputationSchema.Evaluation),
        ["invoice"] = (typeof(Invoice), ComputationSchema.InvoiceId, "Invoice", "The invoice a contract implies for a billing period's usage (aicontracts price). ", () => ComputationSchema.Invoice),
        ["chronic-breach-assessment"] = (typeof(ChronicBreachAssessment), ComputationSchema.ChronicBreachAssessmentId, "Chronic-breach assessment", "Whether a history of SLA evaluations gives a right to terminate. ", () => ComputationSchema.ChronicBreachAssessment),
        ["termination-notice"] = (typeof(AiContracts.Domain.Computations.ExitDates.TerminationNotice), ComputationSchema.TerminationNoticeId, "Termination notice", "A termination notice, the input of an exit timeline. ", () => ComputationSchema.TerminationNotice),
        ["exit-timeline"] = (typeof(AiContracts.Domain.Computations.ExitDates.ExitTimeline), ComputationSchema.ExitTimelineId, "Exit timeline", "The dates a termination notice sets in motion. ", () => ComputationSchema.ExitTimeline),
    };

    public static TheoryData<string> Kinds() => [.. Files.Keys];

    private static string Generate(string kind) => ContractSchemaGenerator.Generate(Files[kind].Type, Files[kind].Id, Files[kind].Title, Files[kind].Prefix);

    private static string Embedded(string kind) => Files[kind].Embedded();

    private static string CheckedInPath(string kind) => Path.Combine(SampleFiles.RepositoryRoot, "docs", "schema", $"{kind}.schema.json");

    [Theory]
    [MemberData(nameof(Kinds))]
    public void CheckedInSchema_IsWhatTheModelGenerates(string kind)
    {
        var generated = Generate(kind);
        if (Environment.GetEnvironmentVariable("AICONTRACTS_UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(CheckedInPath(kind), generated);
        }

        Assert.True(
            File.ReadAllText(CheckedInPath(kind)).ReplaceLineEndings("\n") == generated,
            $"docs/schema/{kind}.schema.json is out of date with the model: run the tests once with AICONTRACTS_UPDATE_SCHEMA=1 and review the diff.");
        if (Environment.GetEnvironmentVariable("AICONTRACTS_UPDATE_SCHEMA") != "1")
        {
            // The assembly embeds the file when it is built: after an update, from the next build on.
            Assert.Equal(File.ReadAllText(CheckedInPath(kind)), Embedded(kind));
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Schema_IsValidAgainstThe202012MetaSchema(string kind)
    {
        using var document = JsonDocument.Parse(Embedded(kind));
        var result = MetaSchemas.Draft202012.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid);
    }

    [Fact]
    public void SampleInputs_AreValidAndRead()
    {
        var registry = new SchemaRegistry();
        var measurements = JsonSchema.FromText(ComputationSchema.Measurements, new BuildOptions { SchemaRegistry = registry });
        var usage = JsonSchema.FromText(ComputationSchema.Usage, new BuildOptions { SchemaRegistry = registry });
        foreach (var file in Directory.EnumerateFiles(Path.Combine(SampleFiles.RepositoryRoot, "samples", "computations"), "*.json"))
        {
            var bytes = File.ReadAllBytes(file);
            var valid = file.Contains("measurements", StringComparison.Ordinal)
                ? ComputationJson.Read<SlaMeasurements>(bytes).Report
                : ComputationJson.Read<UsageStatement>(bytes).Report;
            Assert.True(valid.IsValid, file + ": " + valid);
            using var document = JsonDocument.Parse(bytes);
            var schema = file.Contains("measurements", StringComparison.Ordinal) ? measurements : usage;
            Assert.True(schema.Evaluate(document.RootElement, new EvaluationOptions { RequireFormatValidation = true }).IsValid, file);
        }
    }

    [Fact]
    public void Read_UsageWithSeveralProblems_ReportsThemAllWithPositions()
    {
        var json = """
            {
              "period": {"firstDay": "2026-06-01", "lastDay": "June 30"},
              "meters": [
                {"meterId": "m", "quantity": "lots"},
                {"meterId": "n", "quantity": 5, "colour": "red"}
              ]
            }
            """;

        var result = ComputationJson.Read<UsageStatement>(Encoding.UTF8.GetBytes(json));

        Assert.False(result.IsValid);
        Assert.Null(result.Value);
        Assert.Equal(
            [("AIC0014", "/period/lastDay", 2), ("AIC0010", "/meters/0/quantity", 4), ("AIC0012", "/meters/1/colour", 5)],
            result.Report.Diagnostics.Select(d => (d.Code, d.Pointer, d.Line ?? 0)).OrderBy(x => x.Item3));
    }

    [Theory]
    [InlineData("", "AIC0001")]
    [InlineData("{\"period\": ", "AIC0001")]
    [InlineData("[]", "AIC0010")]
    [InlineData("{\"period\": {\"firstDay\": \"2026-06-01\", \"lastDay\": \"2026-06-30\"}, \"meters\": [{\"meterId\": \"m\", \"quantity\": 1e400}]}", "AIC0017")]
    public void Read_BadUsage_IsAFindingNotAnException(string json, string code)
    {
        var result = ComputationJson.Read<UsageStatement>(Encoding.UTF8.GetBytes(json));

        Assert.Contains(code, result.Report.Diagnostics.Select(d => d.Code));
        Assert.All(result.Report.Diagnostics, d => Assert.NotNull(d.Line));
    }

    [Fact]
    public void Read_InvalidUtf8_IsAFinding()
    {
        var result = ComputationJson.Read<SlaMeasurements>(new byte[] { (byte)'{', 0xFF, (byte)'}' });

        Assert.Equal(("AIC0001", 1, 2), (result.Report.Diagnostics[0].Code, result.Report.Diagnostics[0].Line, result.Report.Diagnostics[0].Column));
    }
}

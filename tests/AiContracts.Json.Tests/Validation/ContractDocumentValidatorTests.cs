using System.Text;
using AiContracts.Domain.Diagnostics;
using AiContracts.TestUtilities;
using CsCheck;
using Xunit.Sdk;

namespace AiContracts.Json.Tests.Validation;

public sealed class ContractDocumentValidatorTests
{
    /// <summary>Structure and integrity only (the <c>none</c> playbook): these tests are about the pipeline, not about policy.</summary>
    private static readonly ContractDocumentValidator Structural = new(rules: Domain.Validation.Playbook.None.CreateValidator());

    private const string Minimal = """
        {
          "schemaVersion": "1.0",
          "id": "C-1",
          "title": "t",
          "status": "Draft"
        }
        """;

    private const string KpiStart = "\"status\": \"Draft\", \"serviceLevels\": {\"kpis\": [{\"id\": \"k\", \"name\": \"n\", \"category\": \"Technical\", \"metric\": \"Latency\"";

    /// <summary>The minimal document with one KPI that has <paramref name="members"/> after its required members, on line 5.</summary>
    private static string WithKpi(string members) => Minimal.Replace("\"status\": \"Draft\"", KpiStart + members + "}]}", StringComparison.Ordinal);

    /// <summary>The minimal document declaring format 1.1, with <paramref name="members"/> after its status, on line 5.</summary>
    private static string V11(string members) =>
        Minimal.Replace("\"1.0\"", "\"1.1\"", StringComparison.Ordinal).Replace("\"status\": \"Draft\"", "\"status\": \"Draft\", " + members, StringComparison.Ordinal);

    private static string V12(string members) =>
        Minimal.Replace("\"1.0\"", "\"1.2\"", StringComparison.Ordinal).Replace("\"status\": \"Draft\"", "\"status\": \"Draft\", " + members, StringComparison.Ordinal);

    /// <summary>The document declaring format 1.1.</summary>
    private static string OneOne(string json) => json.Replace("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"1.1\"", StringComparison.Ordinal);

    /// <summary>The minimal document with one KPI and one objective on it that has <paramref name="members"/>, on line 5.</summary>
    private static string Objective(string members) =>
        Minimal.Replace("\"status\": \"Draft\"", KpiStart + "}], \"objectives\": [{\"id\": \"o\", \"kpiId\": \"k\", " + members + "}]}", StringComparison.Ordinal);

    /// <summary>Invalid documents, each with the one finding it must produce: code, pointer, line and column.</summary>
    public static TheoryData<string, string, string, string, int, int> Fixtures() => new()
    {
        { "empty", "", "AIC0001", "", 1, 1 },
        { "whitespace only", "   ", "AIC0001", "", 1, 4 },
        { "truncated", "{\"schemaVersion\": \"1.0\"", "AIC0001", "", 1, 24 },
        { "trailing comma", "{\"schemaVersion\": \"1.0\",}", "AIC0001", "", 1, 25 },
        { "comment", "// note\n{}", "AIC0001", "", 1, 1 },
        { "NaN", "{\"schemaVersion\": NaN}", "AIC0001", "", 1, 19 },
        { "array at the root", "[]", "AIC0010", "", 1, 1 },
        { "string at the root", "\"contract\"", "AIC0010", "", 1, 1 },
        { "too deep", "{\"extensions\": " + new string('[', 10_000) + new string(']', 10_000) + "}", "AIC0002", "", 1, 79 },
        { "wrong type", Minimal.Replace("\"title\": \"t\"", "\"title\": 7", StringComparison.Ordinal), "AIC0010", "/title", 4, 3 },
        { "missing member", Minimal.Replace("  \"title\": \"t\",\n", string.Empty, StringComparison.Ordinal), "AIC0011", "", 1, 1 },
        { "unknown member", Minimal.Replace("\"status\"", "\"colour\": \"red\", \"status\"", StringComparison.Ordinal), "AIC0012", "/colour", 5, 3 },
        { "unknown name", Minimal.Replace("\"Draft\"", "\"draft\"", StringComparison.Ordinal), "AIC0013", "/status", 5, 3 },
        { "unknown currency", Minimal.Replace("\"status\": \"Draft\"", "\"status\": \"Draft\", \"pricing\": {\"currency\": \"EURO\"}", StringComparison.Ordinal), "AIC0013", "/pricing/currency", 5, 34 },
        { "wrong form", Minimal.Replace("\"status\": \"Draft\"", "\"status\": \"Draft\", \"effectiveDate\": \"31/01/2026\"", StringComparison.Ordinal), "AIC0014", "/effectiveDate", 5, 22 },
        { "impossible date", Minimal.Replace("\"status\": \"Draft\"", "\"status\": \"Draft\", \"effectiveDate\": \"2026-02-30\"", StringComparison.Ordinal), "AIC0014", "/effectiveDate", 5, 22 },
        { "out of range", Minimal.Replace("\"status\": \"Draft\"", "\"status\": \"Draft\", \"pricing\": {\"currency\": \"EUR\", \"priceChangeLimit\": {\"maxIncrease\": 120}}", StringComparison.Ordinal), "AIC0015", "/pricing/priceChangeLimit/maxIncrease", 5, 74 },
        { "unsupported version", Minimal.Replace("\"1.0\"", "\"2.0\"", StringComparison.Ordinal), "AIC0016", "/schemaVersion", 2, 3 },
        { "malformed version", Minimal.Replace("\"1.0\"", "\"1.00\"", StringComparison.Ordinal), "AIC0014", "/schemaVersion", 2, 3 },
        { "unknown time zone", Minimal.Replace("\"status\": \"Draft\"", "\"status\": \"Draft\", \"timeZone\": \"Mars/Olympus\"", StringComparison.Ordinal), "AIC0017", "/timeZone", 5, 22 },
        { "number a decimal would round", Minimal.Replace("\"status\": \"Draft\"", "\"status\": \"Draft\", \"pricing\": {\"currency\": \"EUR\", \"totalCap\": {\"quantity\": 1e-40}}", StringComparison.Ordinal), "AIC0017", "/pricing/totalCap/quantity", 5, 66 },
        { "number beyond decimal", Minimal.Replace("\"status\": \"Draft\"", "\"status\": \"Draft\", \"pricing\": {\"currency\": \"EUR\", \"totalCap\": {\"quantity\": 1e400}}", StringComparison.Ordinal), "AIC0017", "/pricing/totalCap/quantity", 5, 66 },
        { "duplicate member", Minimal.Replace("\"title\": \"t\"", "\"title\": \"t\", \"title\": \"u\"", StringComparison.Ordinal), "AIC0018", "/title", 4, 17 },
        { "duplicate member spelled with an escape", Minimal.Replace("\"title\": \"t\"", "\"title\": \"t\", \"\\u0074itle\": \"u\"", StringComparison.Ordinal), "AIC0018", "/title", 4, 17 },
        { "duplicate id", Minimal.Replace("\"status\": \"Draft\"", "\"status\": \"Draft\", \"aiSystems\": [{\"id\": \"s\", \"name\": \"a\", \"kind\": \"Other\"}, {\"id\": \"s\", \"name\": \"b\", \"kind\": \"Other\"}]", StringComparison.Ordinal), "AIC0201", "/aiSystems/1/id", 5, 80 },
        { "KPI without a name", Minimal.Replace("\"status\": \"Draft\"", "\"status\": \"Draft\", \"serviceLevels\": {\"kpis\": [{\"id\": \"k\", \"category\": \"Technical\", \"metric\": \"Latency\"}]}", StringComparison.Ordinal), "AIC0011", "/serviceLevels/kpis/0", 5, 49 },
        { "unknown member in a list element", WithKpi(", \"colour\": 1"), "AIC0012", "/serviceLevels/kpis/0/colour", 5, 120 },
        { "unknown name in a list element", WithKpi(", \"unit\": \"ms\""), "AIC0013", "/serviceLevels/kpis/0/unit", 5, 120 },
        { "wrong type in a list element", WithKpi(", \"target\": \"fast\""), "AIC0010", "/serviceLevels/kpis/0/target", 5, 120 },
        { "list element of the wrong type", Minimal.Replace("\"status\": \"Draft\"", "\"status\": \"Draft\", \"aiSystems\": [\"gpt\"]", StringComparison.Ordinal), "AIC0010", "/aiSystems/0", 5, 36 },
        { "malformed period", Minimal.Replace("\"status\": \"Draft\"", "\"status\": \"Draft\", \"pricing\": {\"currency\": \"EUR\", \"paymentTerms\": {\"dueWithin\": \"30 days\"}}", StringComparison.Ordinal), "AIC0014", "/pricing/paymentTerms/dueWithin", 5, 70 },
        { "malformed instant", Minimal.Replace("\"status\": \"Draft\"", "\"status\": \"Draft\", \"integration\": {\"sandboxProof\": {\"status\": \"Passed\", \"completedAt\": \"yesterday\"}}", StringComparison.Ordinal), "AIC0014", "/integration/sandboxProof/completedAt", 5, 75 },
        { "malformed local identifier", Minimal.Replace("\"status\": \"Draft\"", "\"status\": \"Draft\", \"aiSystems\": [{\"id\": \"my system\", \"name\": \"a\", \"kind\": \"Other\"}]", StringComparison.Ordinal), "AIC0014", "/aiSystems/0/id", 5, 37 },
        { "malformed contract identifier", Minimal.Replace("\"C-1\"", "\"C 1\"", StringComparison.Ordinal), "AIC0014", "/id", 3, 3 },
        { "money without a currency", Minimal.Replace("\"status\": \"Draft\"", "\"status\": \"Draft\", \"pricing\": {\"currency\": \"EUR\", \"totalCap\": {\"spend\": {\"amount\": 10}}}", StringComparison.Ordinal), "AIC0011", "/pricing/totalCap/spend", 5, 66 },
        { "negative percentage", Minimal.Replace("\"status\": \"Draft\"", "\"status\": \"Draft\", \"pricing\": {\"currency\": \"EUR\", \"priceChangeLimit\": {\"maxIncrease\": -1}}", StringComparison.Ordinal), "AIC0015", "/pricing/priceChangeLimit/maxIncrease", 5, 74 },
        { "unknown reference from an objective", Minimal.Replace("\"status\": \"Draft\"", "\"status\": \"Draft\", \"serviceLevels\": {\"objectives\": [{\"id\": \"o\", \"kpiId\": \"missing\"}]}", StringComparison.Ordinal), "AIC0202", "/serviceLevels/objectives/0/kpiId", 5, 67 },
        { "claim window of a day and a half", Minimal.Replace("\"status\": \"Draft\"", "\"status\": \"Draft\", \"serviceLevels\": {\"kpis\": [{\"id\": \"k\", \"name\": \"n\", \"category\": \"Technical\", \"metric\": \"Latency\"}], \"objectives\": [{\"id\": \"o\", \"kpiId\": \"k\", \"claimWindow\": \"PT36H\"}]}", StringComparison.Ordinal), "AIC0203", "/serviceLevels/objectives/0/claimWindow", 5, 163 },
        { "availability interval shorter than a second", WithKpi(", \"availabilityDefinition\": {\"method\": \"UptimeMinutes\", \"intervalLength\": \"PT0.5S\"}"), "AIC0204", "/serviceLevels/kpis/0/availabilityDefinition/intervalLength", 5, 174 },
        { "minimum credit above the maximum per claim", OneOne(Objective("\"minimumCredit\": {\"amount\": 10, \"currency\": \"EUR\"}, \"maximumCreditPerClaim\": {\"amount\": 5, \"currency\": \"EUR\"}")), "AIC0205", "/serviceLevels/objectives/0/minimumCredit", 5, 163 },
        { "minimum credit in another currency", OneOne(Objective("\"minimumCredit\": {\"amount\": 1, \"currency\": \"USD\"}").Replace("\"status\": \"Draft\"", "\"status\": \"Draft\", \"pricing\": {\"currency\": \"EUR\"}", StringComparison.Ordinal)), "AIC0206", "/serviceLevels/objectives/0/minimumCredit/currency", 5, 226 },
        { "downtime run on error rates", OneOne(WithKpi(", \"availabilityDefinition\": {\"method\": \"ErrorRateIntervals\", \"minimumDowntimeRun\": \"PT5M\"}")), "AIC0207", "/serviceLevels/kpis/0/availabilityDefinition/minimumDowntimeRun", 5, 179 },
        { "negative minimum request volume", OneOne(WithKpi(", \"availabilityDefinition\": {\"method\": \"ErrorRateIntervals\", \"minimumRequests\": -1}")), "AIC0204", "/serviceLevels/kpis/0/availabilityDefinition/minimumRequests", 5, 179 },
        { "tier minimum charge above its maximum", V11("\"pricing\": {\"currency\": \"EUR\", \"meters\": [{\"id\": \"m\", \"name\": \"m\", \"unit\": \"Requests\", \"model\": \"Graduated\", \"tiers\": [{\"unitPrice\": {\"amount\": 1, \"currency\": \"EUR\"}, \"minimumCharge\": {\"amount\": 50, \"currency\": \"EUR\"}, \"maximumCharge\": {\"amount\": 20, \"currency\": \"EUR\"}}]}]}"), "AIC0210", "/pricing/meters/0/tiers/0/minimumCharge", 5, 189 },
        { "included units on a flat subscription", V11("\"pricing\": {\"currency\": \"EUR\", \"meters\": [{\"id\": \"m\", \"name\": \"m\", \"unit\": \"Subscription\", \"model\": \"Flat\", \"flatFee\": {\"amount\": 100, \"currency\": \"EUR\"}, \"includedUnits\": 1000}]}"), "AIC0211", "/pricing/meters/0/includedUnits", 5, 177 },
        { "discount with a percentage and an amount", V11("\"pricing\": {\"currency\": \"EUR\", \"discounts\": [{\"percentage\": 10, \"amount\": {\"amount\": 5, \"currency\": \"EUR\"}}]}"), "AIC0212", "/pricing/discounts/0", 5, 67 },
        { "discount range ending before it starts", V11("\"pricing\": {\"currency\": \"EUR\", \"discounts\": [{\"percentage\": 10, \"from\": \"2026-07-01\", \"until\": \"2026-06-30\"}]}"), "AIC0213", "/pricing/discounts/0/until", 5, 108 },
        { "rate card counter without a price", V12("\"pricing\": {\"currency\": \"EUR\", \"rateCards\": [{\"id\": \"c\", \"name\": \"c\", \"counters\": [{\"id\": \"a\", \"name\": \"a\"}, {\"id\": \"b\", \"name\": \"b\"}], \"prices\": [{\"counter\": \"a\", \"price\": {\"amount\": 1, \"currency\": \"EUR\"}}]}]}"), "AIC0214", "/pricing/rateCards/0/counters/1", 5, 131 },
        { "rate card counters contained in each other", V12("\"pricing\": {\"currency\": \"EUR\", \"rateCards\": [{\"id\": \"c\", \"name\": \"c\", \"counters\": [{\"id\": \"a\", \"name\": \"a\", \"containedIn\": \"b\"}, {\"id\": \"b\", \"name\": \"b\", \"containedIn\": \"a\"}], \"prices\": [{\"counter\": \"a\", \"price\": {\"amount\": 1, \"currency\": \"EUR\"}}, {\"counter\": \"b\", \"price\": {\"amount\": 1, \"currency\": \"EUR\"}}]}]}"), "AIC0215", "/pricing/rateCards/0/counters/0/containedIn", 5, 130 },
        { "request tiers descending", V12("\"pricing\": {\"currency\": \"EUR\", \"rateCards\": [{\"id\": \"c\", \"name\": \"c\", \"counters\": [{\"id\": \"a\", \"name\": \"a\"}], \"prices\": [{\"counter\": \"a\", \"price\": {\"amount\": 1, \"currency\": \"EUR\"}}], \"requestSize\": [\"a\"], \"requestTiers\": [{\"id\": \"s\"}, {\"id\": \"l\", \"above\": 1000}, {\"id\": \"m\", \"above\": 500}]}]}"), "AIC0216", "/pricing/rateCards/0/requestTiers/2/above", 5, 297 },
        { "price versions out of order", V12("\"pricing\": {\"currency\": \"EUR\", \"rateCards\": [{\"id\": \"c\", \"name\": \"c\", \"counters\": [{\"id\": \"a\", \"name\": \"a\"}], \"prices\": [{\"counter\": \"a\", \"price\": {\"amount\": 1, \"currency\": \"EUR\"}}], \"priceVersions\": [{\"effectiveFrom\": \"2026-06-10\"}, {\"effectiveFrom\": \"2026-06-01\"}]}]}"), "AIC0217", "/pricing/rateCards/0/priceVersions/1/effectiveFrom", 5, 257 },
        { "reserved commitment of a size the reservation does not allow", V12("\"pricing\": {\"currency\": \"EUR\", \"reservations\": [{\"id\": \"r\", \"name\": \"r\", \"minimumUnits\": 15, \"unitStep\": 5, \"rates\": [{\"term\": \"OneMonth\", \"price\": {\"amount\": 260, \"currency\": \"EUR\"}, \"per\": \"UnitMonth\"}], \"commitments\": [{\"units\": 17, \"term\": \"OneMonth\", \"start\": \"2026-06-01T00:00:00Z\"}]}]}"), "AIC0218", "/pricing/reservations/0/commitments/0/units", 5, 245 },
        { "discount over 100 percent", V11("\"pricing\": {\"currency\": \"EUR\", \"discounts\": [{\"percentage\": 120}]}"), "AIC0015", "/pricing/discounts/0/percentage", 5, 68 },
        { "tax rate over 100 percent", V11("\"pricing\": {\"currency\": \"EUR\", \"tax\": {\"rate\": 119}}"), "AIC0015", "/pricing/tax/rate", 5, 61 },
        { "repeated member inside extensions", Minimal.Replace("\"status\": \"Draft\"", "\"status\": \"Draft\", \"extensions\": {\"a\": 1, \"a\": 2}", StringComparison.Ordinal), "AIC0018", "/extensions/a", 5, 45 },
        { "escaped lone surrogate inside extensions", Minimal.Replace("\"status\": \"Draft\"", "\"status\": \"Draft\", \"extensions\": {\"x\": \"\\uD800\"}", StringComparison.Ordinal), "AIC0017", "/extensions/x", 5, 43 },
        { "escaped lone surrogate in lower case", Minimal.Replace("\"status\": \"Draft\"", "\"status\": \"Draft\", \"extensions\": {\"x\": \"ok \\udfff\"}", StringComparison.Ordinal), "AIC0017", "/extensions/x", 5, 46 },
        { "escaped lone surrogate in a member name", Minimal.Replace("\"status\": \"Draft\"", "\"status\": \"Draft\", \"extensions\": {\"a\\uDC00\": 1}", StringComparison.Ordinal), "AIC0017", "/extensions/a\\uDC00", 5, 39 },
        { "money amount the model cannot hold", Minimal.Replace("\"status\": \"Draft\"", "\"status\": \"Draft\", \"pricing\": {\"currency\": \"EUR\", \"totalCap\": {\"spend\": {\"amount\": 1e400, \"currency\": \"EUR\"}}}", StringComparison.Ordinal), "AIC0017", "/pricing/totalCap/spend/amount", 5, 76 },
        { "money amount as a string", Minimal.Replace("\"status\": \"Draft\"", "\"status\": \"Draft\", \"pricing\": {\"currency\": \"EUR\", \"totalCap\": {\"spend\": {\"amount\": \"10\", \"currency\": \"EUR\"}}}", StringComparison.Ordinal), "AIC0010", "/pricing/totalCap/spend/amount", 5, 76 },
        { "content after the root value", Minimal + "\n{}", "AIC0001", "", 7, 1 },
        { "unknown reference", Minimal.Replace("\"status\": \"Draft\"", "\"status\": \"Draft\", \"pricing\": {\"currency\": \"EUR\", \"meters\": [{\"id\": \"m\", \"name\": \"m\", \"unit\": \"Requests\", \"model\": \"PerUnit\", \"aiSystemId\": \"nope\"}]}", StringComparison.Ordinal), "AIC0202", "/pricing/meters/0/aiSystemId", 5, 129 },
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Validate_InvalidDocument_ReportsExactlyItsFinding(string name, string json, string code, string pointer, int line, int column)
    {
        var report = Structural.Validate(json).Report;

        Assert.False(report.IsValid, name);
        var diagnostic = Assert.Single(report.Diagnostics);
        Assert.Equal((code, pointer, line, column), (diagnostic.Code, diagnostic.Pointer, diagnostic.Line ?? 0, diagnostic.Column ?? 0));
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public void Validate_OneZeroDocumentWithAOneOneMember_WarnsNamingTheMemberAndBothVersions()
    {
        var json = WithKpi(", \"availabilityDefinition\": {\"method\": \"UptimeMinutes\", \"minimumDowntimeRun\": \"PT5M\"}");

        var report = Structural.Validate(json).Report;
        var upgraded = Structural.Validate(OneOne(json)).Report;

        Assert.True(report.IsValid);
        var diagnostic = Assert.Single(report.Diagnostics);
        Assert.Equal(("AIC0209", DiagnosticSeverity.Warning, "/serviceLevels/kpis/0/availabilityDefinition/minimumDowntimeRun", 5, 174),
            (diagnostic.Code, diagnostic.Severity, diagnostic.Pointer, diagnostic.Line ?? 0, diagnostic.Column ?? 0));
        Assert.Contains("'minimumDowntimeRun' was introduced in format 1.1, but the document declares format 1.0", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(upgraded.Diagnostics);
    }

    [Fact]
    public void Validate_ContentAfterTheRootValue_SaysSoRatherThanTruncated()
    {
        var diagnostic = Assert.Single(Structural.Validate(Minimal + "\n{}").Report.Diagnostics);

        Assert.Contains("more text after the document's value", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("truncated", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MemberRepeatedFourTimes_ReportsEveryRepetitionAtItsPosition()
    {
        var json = Minimal.Replace("\"title\": \"t\"", "\"title\": \"t\", \"title\": \"t\", \"title\": \"t\", \"title\": \"t\"", StringComparison.Ordinal);

        var report = Structural.Validate(json).Report;

        Assert.Equal(
            [("AIC0018", "/title", 4, 17), ("AIC0018", "/title", 4, 31), ("AIC0018", "/title", 4, 45)],
            report.Diagnostics.Select(d => (d.Code, d.Pointer, d.Line ?? 0, d.Column ?? 0)));
    }

    [Fact]
    public void Validate_MoreFindingsThanTheLimit_PutsAIC0004AtTheFirstFindingLeftOut()
    {
        var few = new ContractDocumentValidator(new ContractValidationOptions { MaxDiagnostics = 1 }, Domain.Validation.Playbook.None.CreateValidator());

        var report = few.Validate(WithKpi(", \"unit\": \"ms\", \"colour\": 1")).Report;

        Assert.Equal(
            [("AIC0013", "/serviceLevels/kpis/0/unit", 5, 120), ("AIC0004", "", 5, 134)],
            report.Diagnostics.Select(d => (d.Code, d.Pointer, d.Line ?? 0, d.Column ?? 0)));
    }

    [Fact]
    public void Fixtures_TogetherEmitEverySyntaxAndReferenceCodeOfTheCatalogue()
    {
        var emitted = Fixtures()
            .Select(row => (string)((ITheoryDataRow)row).GetData()[1]!)
            .SelectMany(json => Structural.Validate(json).Report.Diagnostics.Select(d => d.Code))
            .ToHashSet(StringComparer.Ordinal);

        // The size limit needs a validator with a small limit.
        var small = new ContractDocumentValidator(new ContractValidationOptions { Json = new AiContractJsonOptions { MaxDocumentBytes = 1024 } }, Domain.Validation.Playbook.None.CreateValidator());
        emitted.UnionWith(small.Validate(new string(' ', 2000) + Minimal).Report.Diagnostics.Select(d => d.Code));

        // The findings limit needs a validator with a small limit too.
        var few = new ContractDocumentValidator(new ContractValidationOptions { MaxDiagnostics = 1 }, Domain.Validation.Playbook.None.CreateValidator());
        emitted.UnionWith(few.Validate(WithKpi(", \"unit\": \"ms\", \"colour\": 1")).Report.Diagnostics.Select(d => d.Code));
        // A member newer than the declared format is a warning, not an invalid document.
        emitted.UnionWith(Structural.Validate(WithKpi(", \"availabilityDefinition\": {\"method\": \"UptimeMinutes\", \"minimumDowntimeRun\": \"PT5M\"}")).Report.Diagnostics.Select(d => d.Code));
        // Rule (AIC1xxx-AIC6xxx) and computation (AIC7xxx) codes have their own fixtures next to their rules.
        var silent = DiagnosticCatalogue.All.Select(d => d.Code).Where(code => string.CompareOrdinal(code, "AIC1000") < 0 && !emitted.Contains(code)).ToList();

        Assert.True(silent.Count == 0, "codes no fixture emits: " + string.Join(", ", silent));
    }

    [Theory]
    [MemberData(nameof(SampleContractTests.Samples), MemberType = typeof(SampleContractTests))]
    public void Validate_Sample_ReadsTheContractAndOnlyTheRiskyDraftFailsTheDefaultPlaybook(string file)
    {
        var text = File.ReadAllText(Path.Combine(SampleFiles.ContractsFolder, file));

        var result = ContractDocumentValidator.Default.Validate(text);
        var structural = Structural.Validate(text);

        Assert.Equal(!file.StartsWith("04-", StringComparison.Ordinal), result.IsValid);
        Assert.True(structural.IsValid, structural.Report.ToString());
        Assert.Equal(AiContractSerializer.Default.Deserialize(text), result.Value);
    }

    [Fact]
    public void Validate_ThreeErrorsInThreeKpis_ReportsAllThreeWithTheirOwnPointers()
    {
        var text = File.ReadAllText(Path.Combine(SampleFiles.ContractsFolder, "01-vendor-llm-api.json"));
        var json = System.Text.Json.Nodes.JsonNode.Parse(text)!;
        var kpis = json["serviceLevels"]!["kpis"]!.AsArray();
        kpis[0]!["unit"] = "PERCENTAGE";
        kpis[2]!["target"] = "high";
        kpis[4]!["colour"] = "red";

        var report = Structural.Validate(json.ToJsonString()).Report;

        Assert.Equal(
            [("AIC0013", "/serviceLevels/kpis/0/unit"), ("AIC0010", "/serviceLevels/kpis/2/target"), ("AIC0012", "/serviceLevels/kpis/4/colour")],
            report.Diagnostics.Select(d => (d.Code, d.Pointer)));
        Assert.All(report.Diagnostics, d => Assert.NotNull(d.Line));
        var positions = report.Diagnostics.Select(d => (d.Line!.Value, d.Column!.Value)).ToList();
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Validate_DocumentOverTheSizeLimit_IsOneDiagnostic()
    {
        var validator = new ContractDocumentValidator(new ContractValidationOptions { Json = new AiContractJsonOptions { MaxDocumentBytes = 1024 } }, Domain.Validation.Playbook.None.CreateValidator());
        var big = Minimal.Replace("\"t\"", $"\"{new string('x', 2000)}\"", StringComparison.Ordinal);

        Assert.Equal("AIC0003", Assert.Single(validator.Validate(big).Report.Diagnostics).Code);
        Assert.Equal("AIC0003", Assert.Single(validator.Validate(new MemoryStream(Encoding.UTF8.GetBytes(big))).Report.Diagnostics).Code);
    }

    [Fact]
    public void Validate_ByteOrderMark_IsAccepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Minimal)).ToArray();

        Assert.True(Structural.Validate(bytes).IsValid);
    }

    [Fact]
    public void Validate_InvalidUtf8_IsADiagnosticNotAnException()
    {
        var bytes = Encoding.UTF8.GetBytes(Minimal);
        bytes[Array.IndexOf(bytes, (byte)'t', 40)] = 0xFF;

        var report = Structural.Validate(bytes).Report;

        var diagnostic = Assert.Single(report.Diagnostics);
        Assert.Equal(("AIC0001", 4, 4), (diagnostic.Code, diagnostic.Line, diagnostic.Column));
        Assert.Contains("0xFF", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ValuesTheModelCannotHold_AreAllReportedAlongsideSchemaViolations()
    {
        var json = Minimal.Replace(
            "\"status\": \"Draft\"",
            "\"status\": \"draft\", \"timeZone\": \"Mars/Olympus\",\n  \"pricing\": {\"currency\": \"EUR\", \"totalCap\": {\"quantity\": 1e-40}, \"paymentTerms\": {\"dueWithin\": \"P9999999999D\"}}",
            StringComparison.Ordinal);

        var report = Structural.Validate(json).Report;

        Assert.Equal(
            [("AIC0013", "/status"), ("AIC0017", "/timeZone"), ("AIC0017", "/pricing/totalCap/quantity"), ("AIC0017", "/pricing/paymentTerms/dueWithin")],
            report.Diagnostics.Select(d => (d.Code, d.Pointer)));
        Assert.Contains("more days than a period holds (2147483647 at most)", report.Diagnostics[3].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SeveralValuesTheModelCannotHoldInAValidStructure_AreAllReported()
    {
        var json = Minimal.Replace(
            "\"status\": \"Draft\"",
            "\"status\": \"Draft\", \"timeZone\": \"Mars/Olympus\", \"pricing\": {\"currency\": \"EUR\", \"totalCap\": {\"quantity\": 1e400}}",
            StringComparison.Ordinal);

        var report = Structural.Validate(json).Report;

        Assert.Equal([("AIC0017", "/timeZone"), ("AIC0017", "/pricing/totalCap/quantity")], report.Diagnostics.Select(d => (d.Code, d.Pointer)));
        Assert.All(report.Diagnostics, d => Assert.NotNull(d.Line));
    }

    [Fact]
    public void Validate_AnyCorruptionOfASample_NeverThrows()
    {
        var sample = File.ReadAllBytes(Path.Combine(SampleFiles.ContractsFolder, "04-risky-vendor-draft.json"));

        Gen.Select(Gen.Int[0, sample.Length - 1], Gen.Int[0, 4], Gen.Byte).Sample(
            (at, kind, b) =>
            {
                var bytes = kind switch
                {
                    0 => sample[..at],
                    1 => [.. sample[..at], .. sample[(at + 1)..]],
                    2 => [.. sample[..at], b, .. sample[(at + 1)..]],
                    3 => [.. sample[..at], b, .. sample[at..]],
                    _ => [.. sample[..at], .. "\"x\""u8.ToArray(), .. sample[at..]],
                };
                var result = Structural.Validate(bytes);
                Assert.True(result.IsValid == (result.Report.ErrorCount == 0));
            },
            iter: 300,
            threads: 1);
    }

    [Fact]
    public void ValidateContract_BuiltInCSharp_RunsTheRulesOnly()
    {
        var contract = AiContractSerializer.Default.Deserialize(Minimal) with
        {
            AiSystems = [new Domain.Systems.AiSystem { Id = Domain.Primitives.LocalId.From("a"), Name = "A", Kind = Domain.Systems.AiSystemKind.Other },
                new Domain.Systems.AiSystem { Id = Domain.Primitives.LocalId.From("a"), Name = "B", Kind = Domain.Systems.AiSystemKind.Other }],
        };

        var report = Structural.Validate(contract);

        var diagnostic = Assert.Single(report.Diagnostics);
        Assert.Equal(("AIC0201", "/aiSystems/1/id"), (diagnostic.Code, diagnostic.Pointer));
        Assert.Null(diagnostic.Line);
    }

    [Fact]
    public void Report_WrittenAsJson_ReadsBackEqualAndNamesEveryField()
    {
        var report = Structural.Validate(WithKpi(", \"unit\": \"ms\", \"colour\": 1")).Report;

        var json = ValidationReportJson.Serialize(report);
        var back = ValidationReportJson.Deserialize(json);

        Assert.Equal(report.Diagnostics, back.Diagnostics);
        Assert.Equal(report.ErrorCount, back.ErrorCount);
        Assert.Contains("\"code\": \"AIC0013\"", json, StringComparison.Ordinal);
        Assert.Contains("\"severity\": \"Error\"", json, StringComparison.Ordinal);
        Assert.Contains("\"document\": \"Contract\"", json, StringComparison.Ordinal);
        Assert.Contains("\"pointer\": \"/serviceLevels/kpis/0/unit\"", json, StringComparison.Ordinal);
        Assert.Contains("\"isValid\": false", json, StringComparison.Ordinal);
        Assert.Contains("\"errorCount\": 2", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SharedAcrossThreads_GivesTheSameReportsAsSequentially()
    {
        string[] documents =
        [
            .. SampleFiles.Contracts.Select(File.ReadAllText),
            WithKpi(", \"unit\": \"ms\", \"colour\": 1"),
            Minimal.Replace("\"Draft\"", "\"draft\"", StringComparison.Ordinal),
        ];
        var expected = documents.Select(d => Structural.Validate(d).Report).ToArray();
        var actual = new ValidationReport[documents.Length * 8];

        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => actual[i] = Structural.Validate(documents[i % documents.Length]).Report);

        for (var i = 0; i < actual.Length; i++)
        {
            Assert.Equal(expected[i % documents.Length], actual[i]);
        }
    }

    [Fact]
    public void Validate_MoreFindingsThanTheLimit_StopsWithAic0004()
    {
        var json = Minimal.Replace("\"status\": \"Draft\"", "\"status\": \"Draft\", \"aiSystems\": [" + string.Join(", ", Enumerable.Repeat("1", 5000)) + "]", StringComparison.Ordinal);
        var validator = new ContractDocumentValidator(new ContractValidationOptions { MaxDiagnostics = 100 }, Domain.Validation.Playbook.None.CreateValidator());

        var report = validator.Validate(json).Report;

        Assert.Equal(101, report.Diagnostics.Count);
        Assert.Equal("AIC0004", report.Diagnostics[^1].Code);
        Assert.All(report.Diagnostics.Take(100), d => Assert.Equal("AIC0010", d.Code));
    }

    [Fact]
    public void Validate_ManyUnknownReferences_KeepsMessagesShort()
    {
        var systems = string.Join(", ", Enumerable.Range(0, 500).Select(i => $"{{\"id\": \"s{i}\", \"name\": \"n\", \"kind\": \"Other\"}}"));
        var references = string.Join(", ", Enumerable.Range(0, 500).Select(i => $"\"x{i}\""));
        var json = Minimal.Replace("\"status\": \"Draft\"", $"\"status\": \"Draft\", \"aiSystems\": [{systems}], \"exit\": {{\"modelArtifacts\": {{\"aiSystemIds\": [{references}]}}}}", StringComparison.Ordinal);

        var report = Structural.Validate(json).Report;

        Assert.Equal(500, report.Diagnostics.Count(d => d.Code == "AIC0202"));
        Assert.All(report.Diagnostics, d => Assert.True(d.Message.Length < 300, d.Message));
        Assert.Contains("and 490 more", report.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MalformedDocumentWithAnUnsupportedVersion_ReportsTheSyntaxError()
    {
        var diagnostic = Assert.Single(Structural.Validate("{\"schemaVersion\": \"2.0\", \"title\": }").Report.Diagnostics);

        Assert.Equal("AIC0001", diagnostic.Code);
        Assert.DoesNotContain("Schema version", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RuleWithAPointerWithoutLeadingSlash_DoesNotThrow()
    {
        var validator = new ContractDocumentValidator(rules: new Domain.Validation.ContractValidator([new SloppyRule()]));

        var diagnostic = Assert.Single(validator.Validate(Minimal).Report.Diagnostics);

        Assert.Equal(1, diagnostic.Line);
    }

    private sealed class SloppyRule : Domain.Validation.IContractRule
    {
        public string Id => "sloppy";

        public IEnumerable<Diagnostic> Evaluate(Domain.AiContract contract) =>
            [DiagnosticCatalogue.InvalidValue.Create("title", Id, ("detail", "a rule's pointer without its leading slash"))];
    }
}

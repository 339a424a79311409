using System.Text;
using CsCheck;
using AiContracts.Domain.Computations.Invoicing;
using AiContracts.Domain.Computations.ServiceCredits;
using AiContracts.Domain.Diagnostics;

namespace AiContracts.Json.Tests.Pipeline;

/// <summary>
/// Every kind of document goes through the same pipeline: the same defect gives the same diagnostics (code, line and
/// column) in a contract, a playbook, a measurements file and a usage file, and never an exception.
/// </summary>
public sealed class DocumentPipelineTests
{
    /// <summary>A valid document of each kind whose line 2 is one member that ends with a comma.</summary>
    private static readonly Dictionary<string, string> Valid = new(StringComparer.Ordinal)
    {
        ["contract"] = "{\n  \"title\": \"t\",\n  \"schemaVersion\": \"1.0\", \"id\": \"C-1\", \"status\": \"Draft\"\n}",
        ["playbook"] = "{\n  \"name\": \"p\",\n  \"version\": \"1\", \"extends\": \"none\"\n}",
        ["measurements"] = "{\n  \"period\": {\"firstDay\": \"2026-05-01\", \"lastDay\": \"2026-05-31\"},\n  \"kpis\": []\n}",
        ["usage"] = "{\n  \"period\": {\"firstDay\": \"2026-05-01\", \"lastDay\": \"2026-05-31\"},\n  \"meters\": []\n}",
    };

    public static TheoryData<string, string> KindsAndDefects()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in new[] { "playbook", "measurements", "usage" })
        {
            foreach (var defect in Expected.Keys)
            {
                data.Add(kind, defect);
            }
        }

        return data;
    }

    /// <summary>What a contract gives for each defect (on line 2, the member line): code, line and column of each finding.</summary>
    private static readonly Dictionary<string, (string Code, int Line, int Column)[]> Expected = new(StringComparer.Ordinal)
    {
        ["byte-order mark"] = [],
        ["invalid UTF-8"] = [("AIC0001", 2, 4)],
        ["escaped lone surrogate"] = [("AIC0017", 2, 4)],
        ["repeated member"] = [("AIC0018", 3, 3)],
        ["member repeated three times"] = [("AIC0018", 3, 3), ("AIC0018", 4, 3)],
        ["syntax error"] = [("AIC0001", 3, 3)],
    };

    private static byte[] WithDefect(string kind, string defect)
    {
        var lines = Valid[kind].Split('\n');
        var member = lines[1];
        var text = defect switch
        {
            "escaped lone surrogate" => Replace(lines, 1, "  \"\\uD800" + member[3..]),
            "repeated member" => string.Join('\n', [lines[0], member, .. lines[1..]]),
            "member repeated three times" => string.Join('\n', [lines[0], member, member, .. lines[1..]]),
            "syntax error" => Replace(lines, 1, member.TrimEnd(',')),
            _ => Valid[kind],
        };
        var bytes = Encoding.UTF8.GetBytes(text);
        if (defect == "invalid UTF-8")
        {
            // The first letter of the member's name on line 2 (after "{\n  \"").
            bytes[5] = 0xFF;
        }

        return defect == "byte-order mark" ? [.. Encoding.UTF8.GetPreamble(), .. bytes] : bytes;

        static string Replace(string[] lines, int index, string line) => string.Join('\n', [.. lines[..index], line, .. lines[(index + 1)..]]);
    }

    private static ValidationReport Read(string kind, byte[] bytes) => kind switch
    {
        "contract" => new ContractDocumentValidator(rules: Domain.Validation.Playbook.None.CreateValidator()).Validate(bytes).Report,
        "playbook" => PlaybookJson.Read(bytes).Report,
        "measurements" => ComputationJson.Read<SlaMeasurements>(bytes).Report,
        _ => ComputationJson.Read<UsageStatement>(bytes).Report,
    };

    [Theory]
    [InlineData("contract")]
    [InlineData("playbook")]
    [InlineData("measurements")]
    [InlineData("usage")]
    public void Read_ValidDocumentOfEachKind_HasNoFindings(string kind)
    {
        var report = Read(kind, Encoding.UTF8.GetBytes(Valid[kind]));

        Assert.True(report.Diagnostics.Count == 0, report.ToString());
    }

    [Theory]
    [InlineData("byte-order mark")]
    [InlineData("invalid UTF-8")]
    [InlineData("escaped lone surrogate")]
    [InlineData("repeated member")]
    [InlineData("member repeated three times")]
    [InlineData("syntax error")]
    public void Read_ContractWithADefect_GivesTheExpectedFindings(string defect)
    {
        var report = Read("contract", WithDefect("contract", defect));

        Assert.Equal(Expected[defect], report.Diagnostics.Select(d => (d.Code, d.Line ?? 0, d.Column ?? 0)));
    }

    [Theory]
    [MemberData(nameof(KindsAndDefects))]
    public void Read_OtherKindWithADefect_GivesTheSameFindingsAsAContract(string kind, string defect)
    {
        var report = Read(kind, WithDefect(kind, defect));

        Assert.Equal(Expected[defect], report.Diagnostics.Select(d => (d.Code, d.Line ?? 0, d.Column ?? 0)));
        Assert.All(report.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
    }

    [Theory]
    [InlineData("contract", "")]
    [InlineData("playbook", "   ")]
    [InlineData("measurements", "\uFEFF")]
    [InlineData("usage", "\n\n")]
    public void Read_EmptyDocumentOfEachKind_SaysItIsEmpty(string kind, string text)
    {
        var diagnostic = Assert.Single(Read(kind, Encoding.UTF8.GetBytes(text)).Diagnostics);

        Assert.Equal("AIC0001", diagnostic.Code);
        Assert.Contains("the document is empty", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("isFinalBlock", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TextWithARawLoneSurrogate_ReportsItsColumnInUtf8Bytes()
    {
        // "é" is one UTF-16 code unit and two UTF-8 bytes: the column counts bytes, as every other column does.
        var json = "{\n  \"title\": \"é\uD800\"}";

        var diagnostic = Assert.Single(new ContractDocumentValidator().Validate(json).Report.Diagnostics);

        Assert.Equal(("AIC0001", 2, 15), (diagnostic.Code, diagnostic.Line ?? 0, diagnostic.Column ?? 0));
    }

    [Fact]
    public void Validate_ObjectWithRepeatedNames_ReportsEveryRepetitionAndNothingElse()
    {
        // Small objects are compared pair by pair, larger ones (over 16 members) with a set: both ways, every repetition.
        var validator = new ContractDocumentValidator(rules: Domain.Validation.Playbook.None.CreateValidator());
        Gen.String[Gen.Char['a', 'c'], 1, 3].List[0, 40].Sample(names =>
        {
            var members = string.Join(", ", names.Select((n, i) => $"\"{n}\": {i}"));
            var json = $"{{\"schemaVersion\": \"1.0\", \"id\": \"C-1\", \"title\": \"t\", \"status\": \"Draft\", \"extensions\": {{{members}}}}}";
            var expected = names.Where((n, i) => names.Take(i).Contains(n)).Select(n => "/extensions/" + n).ToList();

            var findings = validator.Validate(json).Report.Diagnostics;

            Assert.Equal(expected, findings.Select(d => d.Code == "AIC0018" ? d.Pointer : d.Code));
        });
    }

    [Fact]
    public void On_the_error_path_an_identifier_has_a_finding_exactly_when_the_model_refuses_it()
    {
        // The schema stage decides local identifiers alone (its pattern is LocalId.Pattern); a title of the wrong type
        // keeps the model from being read, so any identifier the schema let through would go unreported.
        var text = File.ReadAllText(Path.Combine(AiContracts.TestUtilities.SampleFiles.ContractsFolder, "01-vendor-llm-api.json"));
        var validator = new ContractDocumentValidator(rules: Domain.Validation.Playbook.None.CreateValidator());
        var ids = Gen.OneOf(
            Gen.String[Gen.Char["aZ09._-"], 0, 70],
            Gen.String[Gen.Char["aZ09._- \n\u00e9\u0661\uff10/"], 0, 8]);
        ids.Sample(id =>
        {
            // A document per sample: CsCheck samples on several threads.
            var sample = System.Text.Json.Nodes.JsonNode.Parse(text)!;
            sample["title"] = 5;
            sample["serviceLevels"]!["kpis"]![0]!["id"] = id;

            var findings = validator.Validate(sample.ToJsonString()).Report.Diagnostics;

            Assert.Contains(findings, d => d.Pointer == "/title");
            Assert.Equal(!Domain.Primitives.LocalId.TryFrom(id, out _), findings.Any(d => d.Pointer == "/serviceLevels/kpis/0/id"));
        });
    }

    [Fact]
    public void On_the_error_path_a_value_the_model_cannot_hold_is_reported_wherever_it_repeats_and_its_readable_twins_are_not()
    {
        // Values that read are remembered and not read again; values that fail are read, and reported, every time.
        var sample = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(AiContracts.TestUtilities.SampleFiles.ContractsFolder, "01-vendor-llm-api.json")))!;
        sample["title"] = 5;
        var objectives = sample["serviceLevels"]!["objectives"]!.AsArray();
        Assert.True(objectives.Count >= 4);
        objectives[0]!["claimWindow"] = "P9999999999Y";
        objectives[1]!["claimWindow"] = "P60D";
        objectives[2]!["claimWindow"] = "P9999999999Y";
        objectives[3]!["claimWindow"] = "P60D";

        var findings = new ContractDocumentValidator(rules: Domain.Validation.Playbook.None.CreateValidator()).Validate(sample.ToJsonString()).Report.Diagnostics;

        Assert.Equal(
            ["/serviceLevels/objectives/0/claimWindow", "/serviceLevels/objectives/2/claimWindow"],
            findings.Where(d => d.Pointer.EndsWith("/claimWindow", StringComparison.Ordinal)).Select(d => $"{d.Pointer}").ToArray());
        Assert.All(findings.Where(d => d.Pointer.EndsWith("/claimWindow", StringComparison.Ordinal)), d => Assert.Equal("AIC0017", d.Code));
    }

    private static Gen<string> NestedValue(int depth) => depth == 0
        ? Gen.Int[0, 9].Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))
        : Gen.Frequency((3, NestedValue(0)), (1, NestedObject(depth - 1)), (1, NestedObject(depth - 1).Array[0, 3].Select(items => "[" + string.Join(",", items) + "]")));

    private static Gen<string> NestedObject(int depth) =>
        Gen.Select(Gen.String[Gen.Char['a', 'c'], 1, 2], NestedValue(depth)).List[0, 24]
            .Select(members => "{" + string.Join(",", members.Select(m => $"\"{m.Item1}\":{m.Item2}")) + "}");

    [Fact]
    public void Repeated_names_in_nested_objects_large_and_small_are_each_reported_at_the_repetition()
    {
        // The pass that checks the syntax looks for repeated names in every object, pair by pair in small objects and with
        // a set in large ones (one per large object being walked); the text stage reports what it finds. Expected: every
        // member whose name an earlier member of the same object has, in document order.
        var validator = new ContractDocumentValidator(rules: Domain.Validation.Playbook.None.CreateValidator());
        NestedObject(3).Sample(extensions =>
        {
            var json = $"{{\"schemaVersion\": \"1.0\", \"id\": \"C-1\", \"title\": \"t\", \"status\": \"Draft\", \"extensions\": {extensions}}}";
            using var document = System.Text.Json.JsonDocument.Parse(json);
            var expected = new List<string>();
            Repeats(document.RootElement, string.Empty, expected);
            if (expected.Count > 1000)
            {
                expected = [.. expected.Take(1000), "AIC0004"];
            }

            var findings = validator.Validate(json).Report.Diagnostics;

            Assert.Equal(expected, findings.Select(d => d.Code == "AIC0018" ? d.Pointer : d.Code));
        });

        static void Repeats(System.Text.Json.JsonElement element, string pointer, List<string> found)
        {
            if (element.ValueKind == System.Text.Json.JsonValueKind.Array)
            {
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Repeats(item, $"{pointer}/{index++}", found);
                }
            }
            else if (element.ValueKind == System.Text.Json.JsonValueKind.Object)
            {
                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (var member in element.EnumerateObject())
                {
                    if (!names.Add(member.Name))
                    {
                        found.Add($"{pointer}/{member.Name}");
                    }

                    Repeats(member.Value, $"{pointer}/{member.Name}", found);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(SampleContractTests.Samples), MemberType = typeof(SampleContractTests))]
    public void Positions_found_by_a_reader_pass_equal_those_found_in_the_parsed_document(string file)
    {
        // A valid document is never parsed: its findings are located by one pass of a reader. Every member and element of
        // each sample, and pointers that resolve only in part, are located the same way both ways.
        var bytes = File.ReadAllBytes(Path.Combine(AiContracts.TestUtilities.SampleFiles.ContractsFolder, file));
        using var parsed = new Json.Internal.SourceDocument(bytes, System.Text.Json.JsonDocument.Parse(bytes));
        var pointers = new List<string>();
        All(parsed.Root, string.Empty, pointers);
        pointers.AddRange(pointers.Where((_, i) => i % 5 == 0).Select(p => p + "/missing/0").ToList());
        pointers.AddRange(["/nothing", "/serviceLevels/kpis/999", "/a~1b", "/extensions/x~0y"]);

        using var unparsed = new Json.Internal.SourceDocument(bytes, 64, Json.Internal.CompiledSchema.Contract, [], namesAreUnique: true);
        unparsed.Resolve(pointers.Where((_, i) => i % 2 == 0));

        Assert.All(pointers, p => Assert.Equal(parsed.Locate(p), unparsed.Locate(p)));

        static void All(System.Text.Json.JsonElement element, string pointer, List<string> found)
        {
            found.Add(pointer);
            if (element.ValueKind == System.Text.Json.JsonValueKind.Array)
            {
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    All(item, $"{pointer}/{index++}", found);
                }
            }
            else if (element.ValueKind == System.Text.Json.JsonValueKind.Object)
            {
                foreach (var member in element.EnumerateObject())
                {
                    All(member.Value, $"{pointer}/{member.Name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)}", found);
                }
            }
        }
    }
}

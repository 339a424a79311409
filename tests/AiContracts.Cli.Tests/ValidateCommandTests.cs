using System.Text;
using System.Text.Json;
using AiContracts.Json;
using AiContracts.TestUtilities;

namespace AiContracts.Cli.Tests;

public sealed class ValidateCommandTests
{
    private const string Minimal = """{"schemaVersion": "1.0", "id": "C-1", "title": "t", "status": "Draft"}""";

    public static TheoryData<string> Formats() => ["text", "json", "sarif"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Validate_Samples_OutputIsTheApprovedSnapshot(string format)
    {
        var result = CliRunner.Run(["validate", SampleFiles.ContractsFolder, "--format", format]);

        // The default playbook (ai-deployment-baseline) fails the risky draft: exit code 1, as the README says.
        Assert.Equal((1, string.Empty), (result.ExitCode, result.Error));
        Snapshots.Verify($"validate-samples.{format}", result.Out);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Validate_InvalidFixtures_OutputIsTheApprovedSnapshot(string format)
    {
        var result = CliRunner.Run(["validate", CliRunner.InRepository("tests", "AiContracts.Cli.Tests", "Fixtures", "invalid"), "--format", format]);

        Assert.Equal((1, string.Empty), (result.ExitCode, result.Error));
        Snapshots.Verify($"validate-invalid.{format}", result.Out);
    }

    [Fact]
    public void Validate_BuiltToolAsAProcess_PrintsTheSnapshotAndFailsTheRiskyDraft()
    {
        var result = CliRunner.RunProcess("validate", "samples/contracts");

        Assert.Equal((1, string.Empty), (result.ExitCode, result.Error));
        Snapshots.Verify("validate-samples.text", result.Out);
    }

    [Fact]
    public void Validate_BuiltToolOnInvalidFiles_ExitsWithOneAndPrintsFileLineColumn()
    {
        var result = CliRunner.RunProcess("validate", "tests/AiContracts.Cli.Tests/Fixtures/invalid/kpi-errors.json");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("tests/AiContracts.Cli.Tests/Fixtures/invalid/kpi-errors.json:8:", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TextOutput_HasOneLinePerFindingWithPathLineColumnSeverityCodeAndPointer()
    {
        var result = CliRunner.Run(["validate", CliRunner.InRepository("tests", "AiContracts.Cli.Tests", "Fixtures", "invalid", "kpi-errors.json")]);

        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.Matches(@"^tests/AiContracts\.Cli\.Tests/Fixtures/invalid/kpi-errors\.json:8:\d+: error AIC0013 .+ \(/serviceLevels/kpis/0/unit\)$", lines[0]);
        Assert.Matches(@":9:\d+: error AIC0010 .+ \(/serviceLevels/kpis/1/target\)$", lines[1]);
        Assert.Matches(@":10:\d+: error AIC0012 .+ \(/serviceLevels/kpis/2/colour\)$", lines[2]);
        Assert.Equal("1 file checked: 0 valid, 1 invalid; 3 errors, 0 warnings, 0 infos.", lines[3]);
    }

    [Fact]
    public void Validate_JsonOutput_HasTheDocumentedShape()
    {
        var result = CliRunner.Run(["validate", CliRunner.InRepository("tests", "AiContracts.Cli.Tests", "Fixtures", "invalid"), "--format", "json"]);

        using var document = JsonDocument.Parse(result.Out);
        var root = document.RootElement;
        Assert.Equal("aicontracts", root.GetProperty("tool").GetProperty("name").GetString());
        var files = root.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(3, files.Count);
        var first = files[0];
        Assert.Equal("tests/AiContracts.Cli.Tests/Fixtures/invalid/kpi-errors.json", first.GetProperty("path").GetString());
        Assert.False(first.GetProperty("valid").GetBoolean());
        var diagnostic = first.GetProperty("diagnostics")[0];
        Assert.Equal(
            ["code", "severity", "pointer", "message", "line", "column", "rule", "attemptedValue"],
            diagnostic.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("AIC0013", "error", 8), (diagnostic.GetProperty("code").GetString(), diagnostic.GetProperty("severity").GetString(), diagnostic.GetProperty("line").GetInt32()));
        Assert.Equal(3, root.GetProperty("summary").GetProperty("invalid").GetInt32());
    }

    [Fact]
    public void Validate_SarifOutput_CountsColumnsInUtf16CodeUnits()
    {
        var result = CliRunner.Run(["validate", CliRunner.InRepository("tests", "AiContracts.Cli.Tests", "Fixtures", "invalid", "non-ascii.json"), "--format", "sarif"]);
        var text = CliRunner.Run(["validate", CliRunner.InRepository("tests", "AiContracts.Cli.Tests", "Fixtures", "invalid", "non-ascii.json")]);

        using var document = JsonDocument.Parse(result.Out);
        var region = document.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        var line = File.ReadAllText(CliRunner.InRepository("tests", "AiContracts.Cli.Tests", "Fixtures", "invalid", "non-ascii.json"));
        var utf16 = line.IndexOf("\"status\"", StringComparison.Ordinal) + 1;
        var utf8 = Encoding.UTF8.GetByteCount(line[..(utf16 - 1)]) + 1;
        Assert.Equal(utf16, region.GetProperty("startColumn").GetInt32());
        Assert.Contains($":1:{utf8}: error AIC0013", text.Out, StringComparison.Ordinal);
        Assert.NotEqual(utf8, utf16);
    }

    [Fact]
    public void Validate_StandardInput_IsValidatedAsDash()
    {
        var result = CliRunner.Run(["validate", "-"], standardInput: Minimal.Replace("\"Draft\"", "\"draft\"", StringComparison.Ordinal));

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("-:1:", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PathThatDoesNotExist_IsOneLineAndExitCodeTwo()
    {
        var result = CliRunner.Run(["validate", "no/such/contract.json"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("aicontracts: 'no/such/contract.json' does not exist.\n", result.Error);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void Validate_DirectoryWithoutContracts_IsOneLineAndExitCodeTwo()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(Path.Combine(folder.Path, "notes.txt"), "not a contract");

        var result = CliRunner.Run(["validate", folder.Path]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"aicontracts: '{folder.Path}' holds no contract files (*.json).\n", result.Error);
    }

    [Theory]
    [InlineData("validate --format xml samples/contracts", "Argument 'xml' not recognized. Must be one of: 'text' 'json' 'sarif'")]
    [InlineData("validate --fail-on sometimes samples/contracts", "Argument 'sometimes' not recognized.")]
    [InlineData("validate --jobs 0 samples/contracts", "--jobs must be 1 or more.")]
    [InlineData("validate", "Required argument missing for command: 'validate'.")]
    [InlineData("validate --colour samples/contracts", "'--colour' does not exist.")]
    [InlineData("frobnicate", "Unrecognized command or argument 'frobnicate'.")]
    [InlineData("", "Required command was not provided.")]
    [InlineData("validate - -", "standard input ('-') can be read only once.")]
    public void Validate_UsageError_IsOneLineAndExitCodeTwo(string arguments, string message)
    {
        var result = CliRunner.Run(arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(2, result.ExitCode);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, line => Assert.True(line.StartsWith("aicontracts: ", StringComparison.Ordinal) || line.StartsWith("Run 'aicontracts ", StringComparison.Ordinal), line));
        Assert.Contains(lines, line => line == "aicontracts: " + message || (line.StartsWith("aicontracts: ", StringComparison.Ordinal) && line.Contains(message, StringComparison.Ordinal)));
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void Validate_BinaryFile_IsAMalformedJsonFinding()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "image.json");
        File.WriteAllBytes(path, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0xFF]);

        var result = CliRunner.Run(["validate", path]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(":1:1: error AIC0001 The document is not well-formed JSON: byte 0x89 is not valid UTF-8", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_FileOf100Megabytes_IsATooLargeFindingWithoutReadingIt()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "huge.json");
        using (var stream = File.Create(path))
        {
            stream.SetLength(100L * 1024 * 1024);
        }

        var result = CliRunner.Run(["validate", path]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("huge.json:1:1: error AIC0003 The document is larger than the configured limit of 16777216 bytes.", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnreadableFile_IsOneLineAndExitCodeTwoWhileOtherFilesAreStillValidated()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("needs POSIX file permissions or /proc");
            return;
        }

        using var folder = new TemporaryFolder();
        var open = Path.Combine(folder.Path, "b-open.json");
        File.WriteAllText(open, Minimal.Replace("\"Draft\"", "\"draft\"", StringComparison.Ordinal));
        string unreadable;
        if (Environment.UserName == "root")
        {
            // Permissions do not stop root; reading this file fails with an I/O error on Linux.
            Assert.SkipUnless(OperatingSystem.IsLinux(), "as root, an unreadable file needs Linux's /proc/self/mem");
            unreadable = "/proc/self/mem";
        }
        else
        {
            unreadable = Path.Combine(folder.Path, "a-locked.json");
            File.WriteAllText(unreadable, Minimal);
            File.SetUnixFileMode(unreadable, UnixFileMode.None);
        }

        var result = CliRunner.Run(["validate", unreadable, open]);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"aicontracts: cannot read '{unreadable}': ", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("b-open.json:1:", result.Out, StringComparison.Ordinal);
        Assert.Contains("1 unreadable", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("error", 0)]
    [InlineData("warning", 1)]
    [InlineData("never", 0)]
    public void Validate_SamplesThatPassTheBaseline_FailOnlyWhenWarningsFail(string failOn, int expected)
    {
        // The three samples that pass the default playbook have warnings but no errors.
        string[] valid = [.. new[] { "01-vendor-llm-api.json", "02-internal-model-service.json", "03-fine-tuned-model-supplier.json" }.Select(f => Path.Combine(SampleFiles.ContractsFolder, f))];

        Assert.Equal(expected, CliRunner.Run(["validate", .. valid, "--fail-on", failOn]).ExitCode);
    }

    [Fact]
    public void Validate_FailOnNever_ExitsWithZeroDespiteErrors()
    {
        var result = CliRunner.Run(["validate", CliRunner.InRepository("tests", "AiContracts.Cli.Tests", "Fixtures", "invalid"), "--fail-on", "never"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("AIC0013", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_FolderOf10000Files_ReportsEveryFileInOrderWhateverTheParallelism()
    {
        using var folder = new TemporaryFolder();
        for (var i = 0; i < 10_000; i++)
        {
            var status = i % 1000 == 7 ? "draft" : "Draft";
            File.WriteAllText(Path.Combine(folder.Path, $"contract-{i:D5}.json"), Minimal.Replace("\"Draft\"", $"\"{status}\"", StringComparison.Ordinal));
        }

        var parallel = CliRunner.Run(["validate", folder.Path, "--jobs", "2", "--playbook", "none"]);
        var sequential = CliRunner.Run(["validate", folder.Path, "--jobs", "1", "--playbook", "none"]);

        Assert.Equal(1, parallel.ExitCode);
        Assert.Equal(sequential.Out, parallel.Out);
        Assert.EndsWith("10000 files checked: 9990 valid, 10 invalid; 10 errors, 0 warnings, 0 infos.\n", parallel.Out, StringComparison.Ordinal);
        var invalid = parallel.Out.Split('\n').Where(l => l.Contains("AIC0013", StringComparison.Ordinal)).Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]).ToList();
        Assert.Equal(Enumerable.Range(0, 10).Select(k => $"{folder.Path}/contract-{(k * 1000) + 7:D5}.json"), invalid);
    }

    [Fact]
    public void Validate_LongRunOnAnInteractiveTerminal_ShowsProgressOnStandardErrorOnly()
    {
        using var folder = new TemporaryFolder();
        for (var i = 0; i < 250; i++)
        {
            File.WriteAllText(Path.Combine(folder.Path, $"c{i:D3}.json"), Minimal);
        }

        var interactive = CliRunner.Run(["validate", folder.Path], interactive: true);
        var redirected = CliRunner.Run(["validate", folder.Path]);
        var json = CliRunner.Run(["validate", folder.Path, "--format", "json"], interactive: true);

        Assert.Contains("Validating 250/250 files (100%)", interactive.Error, StringComparison.Ordinal);
        Assert.Equal(redirected.Out, interactive.Out);
        Assert.Equal(string.Empty, redirected.Error);
        Assert.Equal(string.Empty, json.Error);
    }

    [Fact]
    public void Validate_SameFileTwice_IsReportedOnce()
    {
        var file = Path.Combine(SampleFiles.ContractsFolder, "01-vendor-llm-api.json");

        var result = CliRunner.Run(["validate", file, file, SampleFiles.ContractsFolder]);

        Assert.Contains($"\n{SampleFiles.Contracts.Count} files checked", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("validate --help")]
    [InlineData("schema --help")]
    public void Help_EveryCommand_PrintsUsageAndExitsWithZero(string arguments)
    {
        var result = CliRunner.Run(arguments.Split(' '));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_PrintsTheToolVersion()
    {
        var result = CliRunner.Run(["--version"]);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith(CommandLineApp.Version, result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_PrintsThePublishedSchema()
    {
        var result = CliRunner.Run(["schema"]);

        Assert.Equal((0, ContractSchema.Text.ReplaceLineEndings("\n")), (result.ExitCode, result.Out));
    }

    [Fact]
    public void Schema_WithOut_WritesTheFile()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "schema.json");

        var result = CliRunner.Run(["schema", "--out", path]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(ContractSchema.Text, File.ReadAllText(path));
    }

    [Fact]
    public void Schema_WithOutInAMissingFolder_IsOneLineAndExitCodeTwo()
    {
        var result = CliRunner.Run(["schema", "--out", "/no/such/folder/schema.json"]);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("aicontracts: cannot write '/no/such/folder/schema.json': ", result.Error, StringComparison.Ordinal);
    }
}

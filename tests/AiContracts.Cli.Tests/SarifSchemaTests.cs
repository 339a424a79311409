using AiContracts.TestUtilities;

namespace AiContracts.Cli.Tests;

/// <summary>The SARIF output validates against the official SARIF 2.1.0 schema (draft-04, read with NJsonSchema).</summary>
public sealed class SarifSchemaTests
{
    private static readonly Lazy<NJsonSchema.JsonSchema> Official = new(() =>
        NJsonSchema.JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Sarif", "sarif-schema-2.1.0.json"))).GetAwaiter().GetResult());

    [Theory]
    [InlineData("samples")]
    [InlineData("invalid fixtures")]
    [InlineData("unreadable and too large")]
    public void Sarif_Output_IsValidAgainstTheOfficialSchema(string input)
    {
        using var folder = new TemporaryFolder();
        string[] paths = input switch
        {
            "samples" => [SampleFiles.ContractsFolder],
            "invalid fixtures" => [CliRunner.InRepository("tests", "AiContracts.Cli.Tests", "Fixtures", "invalid")],
            _ => [Huge(folder.Path), Locked(folder.Path), "-"],
        };

        var result = CliRunner.Run(["validate", .. paths, "--format", "sarif"], standardInput: "{");

        var errors = Official.Value.Validate(result.Out);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(e => $"{e.Path}: {e.Kind}")));
        if (input != "samples")
        {
            Assert.Contains("\"ruleId\"", result.Out, StringComparison.Ordinal);
        }

        if (input == "unreadable and too large" && !OperatingSystem.IsWindows())
        {
            Assert.Contains("\"toolExecutionNotifications\"", result.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Sarif_InvalidDocument_IsRejectedByTheOfficialSchema()
    {
        // The check above can fail: a result without a message is not SARIF.
        var errors = Official.Value.Validate("""{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"ruleId": "AIC0001"}]}]}""");

        Assert.NotEmpty(errors);
    }

    private static string Huge(string folder)
    {
        var path = Path.Combine(folder, "huge.json");
        using var stream = File.Create(path);
        stream.SetLength(17L * 1024 * 1024);
        return path;
    }

    private static string Locked(string folder)
    {
        if (Environment.UserName == "root" && OperatingSystem.IsLinux())
        {
            return "/proc/self/mem"; // permissions do not stop root; this read fails with an I/O error
        }

        var path = Path.Combine(folder, "locked.json");
        File.WriteAllText(path, "{}");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.None);
        }

        return path;
    }
}

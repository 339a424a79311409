using System.Text.Json;

namespace AiContracts.Cli.Tests;

public sealed class LongPointerTests
{
    [Fact]
    public void A_pointer_past_200_characters_is_shortened_in_text_and_kept_whole_in_json_and_sarif()
    {
        using var folder = new TemporaryFolder();
        var name = new string('m', 5000);
        var file = Path.Combine(folder.Path, "long.json");
        File.WriteAllText(file, $$"""{"schemaVersion": "1.0", "id": "C-1", "title": "t", "status": "Draft", "{{name}}": 1}""");

        var text = CliRunner.Run(["validate", file, "--playbook", "none"]);
        var json = CliRunner.Run(["validate", file, "--playbook", "none", "--format", "json"]);
        var sarif = CliRunner.Run(["validate", file, "--playbook", "none", "--format", "sarif"]);

        var line = Assert.Single(text.Out.Split('\n'), l => l.Contains("AIC0012", StringComparison.Ordinal));
        Assert.Contains($"(/{new string('m', 119)}...{new string('m', 60)}, 5001 characters)", line, StringComparison.Ordinal);
        Assert.True(line.Length < 600, $"a line of {line.Length} characters");
        Assert.Contains($"\"/{name}\"", json.Out, StringComparison.Ordinal);
        Assert.Contains($"/{name}", sarif.Out, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json.Out);
    }
}

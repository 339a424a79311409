using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace IntakeService.Tests;

/// <summary>The page at / in a real headless Chromium, the operating system's (Debian's package), found on the PATH.</summary>
public sealed class BrowserTests(IntakeFactory factory) : IClassFixture<IntakeFactory>
{
    [Fact]
    public async Task Pasting_the_risky_sample_and_submitting_lists_every_finding_linked_to_its_line()
    {
        var chromium = FindChromium();
        if (chromium is null)
        {
            // CI installs it (.ci/run); elsewhere a missing browser skips rather than fails.
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "chromium is not on the PATH; .ci/run installs it with apt-get.");
            Assert.Skip("chromium is not on the PATH (apt-get install -y chromium).");
        }

        var ct = TestContext.Current.CancellationToken;
        using var client = factory.Client();
        using var api = await client.PostAsync("/contracts/validate", new StringContent(Bodies.Risky, Encoding.UTF8, "application/json"), ct);
        var expected = JsonNode.Parse(await api.Content.ReadAsStringAsync(ct))!["diagnostics"]!.AsArray();
        Assert.NotEmpty(expected);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true, Args = ["--no-sandbox"] });
        var page = await browser.NewPageAsync();
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add(message.Text);
            }
        };

        await page.GotoAsync(factory.BaseAddress.ToString());
        await page.WaitForSelectorAsync("#playbook option[value='ai-deployment-baseline']", new() { State = WaitForSelectorState.Attached });
        await page.FillAsync("#contract", Bodies.Risky);
        await page.ClickAsync("#submit");
        await page.WaitForSelectorAsync("#summary:not([hidden])");

        Assert.Equal(expected.Count, await page.Locator("#findings li").CountAsync());
        Assert.Contains($"{expected.Count} findings", await page.InnerTextAsync("#summary"), StringComparison.Ordinal);
        var firstLine = (int)expected[0]!["line"]!;
        Assert.Equal($"#L{firstLine}", await page.Locator("#findings li a").First.GetAttributeAsync("href"));
        Assert.Equal(1, await page.Locator($"#source #L{firstLine}").CountAsync());
        // The status 422 is the page's expected answer; anything else in the console is a script error.
        Assert.All(consoleErrors, e => Assert.Contains("status of 422", e, StringComparison.Ordinal));
    }

    private static string? FindChromium() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => new[] { Path.Combine(dir, "chromium"), Path.Combine(dir, "chromium-browser") })
            .FirstOrDefault(File.Exists);
}

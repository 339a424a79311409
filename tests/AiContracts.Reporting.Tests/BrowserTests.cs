using AiContracts.TestUtilities;
using Microsoft.Playwright;

namespace AiContracts.Reporting.Tests;

/// <summary>
/// The HTML page in a real browser: the operating system's headless Chromium (installed by .ci/run when missing),
/// driven by Playwright without its own browser download. The page loads without console errors, and every chart is
/// laid out with a non-zero size. With <c>AICONTRACTS_UPDATE_SNAPSHOTS=1</c> it also refreshes the screenshot the README
/// shows (docs/images/report-charts.png).
/// </summary>
public sealed class BrowserTests
{
    [Fact]
    public async Task LargestSample_OpensInChromium_WithoutConsoleErrors_AndChartsHaveASize()
    {
        var chromium = FindChromium();
        Assert.True(chromium is not null, "no chromium on the PATH; install it (apt-get install -y chromium), as .ci/run does");
        var name = Samples.Largest;
        var html = ContractReport.ToHtml(Samples.Contract(name));
        var folder = Directory.CreateTempSubdirectory("aicontracts-report-");
        try
        {
            var file = Path.Combine(folder.FullName, name + ".html");
            await File.WriteAllTextAsync(file, html, TestContext.Current.CancellationToken);

            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = chromium, Headless = true, Timeout = 60_000,
                // Root in a container has no user namespace for Chromium's sandbox; the page is our own, local file.
                Args = Environment.UserName == "root" ? ["--no-sandbox"] : [],
            });
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 1400 } });
            var problems = new List<string>();
            page.Console += (_, message) =>
            {
                if (message.Type is "error" or "warning")
                {
                    problems.Add(message.Type + ": " + message.Text);
                }
            };
            page.PageError += (_, error) => problems.Add("page error: " + error);
            page.RequestFailed += (_, request) => problems.Add("request failed: " + request.Url);
            var requests = new List<string>();
            page.Request += (_, request) => requests.Add(request.Url);

            var response = await page.GotoAsync(new Uri(file).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = 30_000 });

            Assert.NotNull(response);
            Assert.Equal("Contract report: " + Samples.Contract(name).Title, await page.TitleAsync());
            Assert.Empty(problems);
            Assert.Equal([new Uri(file).AbsoluteUri], requests); // self-contained: the page loads nothing else
            var charts = await page.Locator("svg.chart").AllAsync();
            Assert.Equal(HtmlReportTests.Charts(html).Count, charts.Count);
            foreach (var chart in charts)
            {
                var box = await chart.BoundingBoxAsync();
                Assert.NotNull(box);
                Assert.True(box.Width > 100 && box.Height > 100, $"chart {await chart.GetAttributeAsync("id")} is {box.Width} x {box.Height}");
            }

            var screenshot = Path.Combine(folder.FullName, "report.png");
            await page.EvaluateAsync("document.getElementById('pricing').scrollIntoView()");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, Type = ScreenshotType.Png });
            Assert.True(new FileInfo(screenshot).Length > 10_000);
            if (Environment.GetEnvironmentVariable("AICONTRACTS_UPDATE_SNAPSHOTS") == "1")
            {
                File.Copy(screenshot, Path.Combine(SampleFiles.RepositoryRoot, "docs", "images", "report-charts.png"), overwrite: true);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The chromium executable on the PATH (Debian's package installs /usr/bin/chromium), or null.</summary>
    private static string? FindChromium() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => new[] { "chromium", "chromium-browser" }.Select(exe => Path.Combine(dir, exe)))
            .FirstOrDefault(File.Exists);
}

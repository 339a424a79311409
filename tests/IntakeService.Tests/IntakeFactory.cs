using System.Text.Json;
using System.Text.Json.Nodes;
using AiContracts.TestUtilities;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace IntakeService.Tests;

/// <summary>
/// The service on Kestrel at a free loopback port (real HTTP, not the in-memory test server), in the Production
/// environment (no developer exception page), with a 64 KiB body limit so that oversize bodies stay cheap to send.
/// </summary>
public sealed class IntakeFactory : WebApplicationFactory<Program>
{
    public const long Limit = 64 * 1024;

    public IntakeFactory()
    {
        UseKestrel(0);
        StartServer();
    }

    /// <summary>A client with a fresh connection pool; a request that fails never poisons another test's client.</summary>
    public HttpClient Client() => CreateClient();

    public Uri BaseAddress => ClientOptions.BaseAddress;

    /// <summary>Every log event the service wrote, with its structured state.</summary>
    public LogSink Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        // The service's own events reach the capturing sink; the console shows warnings only.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:IntakeService", "Information");
        builder.UseSetting("Logging:Console:LogLevel:Default", "Warning");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.UseSetting("Intake:MaxRequestBytes", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

/// <summary>The test inputs, read once.</summary>
public static class Bodies
{
    public static string Valid { get; } = File.ReadAllText(Path.Combine(SampleFiles.ContractsFolder, "01-vendor-llm-api.json"));

    public static string Risky { get; } = File.ReadAllText(Path.Combine(SampleFiles.ContractsFolder, "04-risky-vendor-draft.json"));

    public static string Measurements { get; } = File.ReadAllText(Path.Combine(SampleFiles.RepositoryRoot, "samples", "computations", "01-vendor-2026-05-measurements.json"));

    public static string Usage { get; } = File.ReadAllText(Path.Combine(SampleFiles.RepositoryRoot, "samples", "computations", "01-vendor-2026-05-usage.json"));

    public const string Malformed = "{\"schemaVersion\": \"1.0\", \"id\": ";

    /// <summary>A well-formed JSON document just over the test limit.</summary>
    public static string Oversize { get; } = "{\"title\": \"" + new string('x', (int)IntakeFactory.Limit + 16) + "\"}";
}

/// <summary>Checks that an answer is RFC 9457 problem details and returns its members.</summary>
public static class ProblemAssert
{
    public static async Task<JsonObject> IsProblem(HttpResponseMessage response, int status, string type)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        var problem = JsonNode.Parse(text)!.AsObject();
        Assert.Equal("https://aicontracts.dev/problems/" + type, (string?)problem["type"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)problem["title"]));
        Assert.Equal(status, (int?)problem["status"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)problem["detail"]));
        Assert.Equal(response.RequestMessage!.RequestUri!.AbsolutePath, (string?)problem["instance"]);
        var diagnostics = problem["diagnostics"]!.AsArray();
        foreach (var d in diagnostics.Select(d => d!.AsObject()))
        {
            foreach (var member in new[] { "code", "severity", "pointer", "line", "column", "message", "document" })
            {
                Assert.True(d.ContainsKey(member), $"a diagnostic has no '{member}': {d.ToJsonString()}");
            }

            Assert.Matches("^AIC[0-9]{4}$", (string?)d["code"]);
            Assert.Contains((string?)d["severity"], new[] { "Error", "Warning", "Info" });
        }

        return problem;
    }

    /// <summary>An answer as status and body, with the per-request traceId removed, for comparing answers.</summary>
    public static async Task<string> Normalized(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.Content.Headers.ContentType?.MediaType == "application/problem+json")
        {
            var node = JsonNode.Parse(text)!.AsObject();
            node.Remove("traceId");
            text = node.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
        }

        return $"{(int)response.StatusCode} {text}";
    }
}

/// <summary>A logger provider that keeps every event (category, message, structured state) for assertions.</summary>
public sealed class LogSink : ILoggerProvider
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<LogEntry> _entries = new();

    public IEnumerable<LogEntry> Entries => _entries;

    /// <summary>Whether events are kept (default true).</summary>
    public bool Capture { get; set; } = true;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, LogSink sink) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => sink.Capture;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
            if (!sink.Capture)
            {
                return;
            }

            sink._entries.Enqueue(new LogEntry(category, formatter(state, exception), [.. values]));
        }
    }
}

public sealed record LogEntry(string Category, string Message, IReadOnlyList<KeyValuePair<string, object?>> State)
{
    public string? Value(string name) => State.FirstOrDefault(kv => kv.Key == name).Value is { } v ? Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) : null;
}

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace IntakeService.Tests;

/// <summary>The load test runs alone, so that its memory figures are its own.</summary>
[CollectionDefinition(nameof(LoadTests), DisableParallelization = true)]
public sealed class LoadTestsRunAlone;

/// <summary>
/// A bounded load test on loopback: 16 clients send 2,000 mixed requests (valid, invalid, malformed, oversize).
/// Every answer must equal the single-threaded answer for that body, none may be a 500, and memory must come back
/// to where it was. Figures are written to the test output and to load-test-figures.txt; wall-clock time is reported, never asserted.
/// </summary>
[Collection(nameof(LoadTests))]
public sealed class LoadTests(IntakeFactory factory) : IClassFixture<IntakeFactory>
{
    private const int Clients = 16;
    private const int Requests = 2_000;

    private static readonly (string Name, string Path, string Body)[] Mix =
    [
        ("valid", "/contracts/validate", Bodies.Valid),
        ("valid-none", "/contracts/validate?playbook=none", Bodies.Valid),
        ("invalid", "/contracts/validate", Bodies.Risky),
        ("invalid-strict", "/contracts/validate?playbook=strict", Bodies.Risky),
        ("check", "/contracts/check?playbook=gdpr-article-28", Bodies.Risky),
        ("malformed", "/contracts/validate", Bodies.Malformed),
        ("oversize", "/contracts/validate", Bodies.Oversize),
        ("unknown-playbook", "/contracts/validate?playbook=nope", Bodies.Valid),
    ];

    [Fact]
    public async Task Sixteen_clients_get_the_single_threaded_answer_for_every_body_and_memory_stays_flat()
    {
        var ct = TestContext.Current.CancellationToken;
        factory.Logs.Capture = false; // Kept log events would count as retained memory.
        using var client = factory.Client();
        client.Timeout = TimeSpan.FromMinutes(2);

        // The single-threaded answers, which also warm up every path.
        var expected = new string[Mix.Length];
        for (var i = 0; i < Mix.Length; i++)
        {
            using var response = await Send(client, i, ct);
            expected[i] = await ProblemAssert.Normalized(response, ct);
        }

        Assert.StartsWith("200 ", expected[0], StringComparison.Ordinal);
        Assert.StartsWith("422 ", expected[2], StringComparison.Ordinal);
        Assert.StartsWith("400 ", expected[5], StringComparison.Ordinal);
        Assert.StartsWith("413 ", expected[6], StringComparison.Ordinal);

        var (heapBefore, workingSetBefore) = Settle();
        long peakHeap = heapBefore, peakWorkingSet = workingSetBefore;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(
            async () =>
            {
                while (!sampling.IsCancellationRequested)
                {
                    peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false));
                    peakWorkingSet = Math.Max(peakWorkingSet, Environment.WorkingSet);
                    try
                    {
                        await Task.Delay(50, sampling.Token);
                    }
                    catch (OperationCanceledException)
                    {
                        break;
                    }
                }
            },
            CancellationToken.None);

        var mismatches = new ConcurrentBag<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        var next = -1;
        var clock = Stopwatch.StartNew();

        // Two rounds of half the requests each: the heap that survives the second round must not exceed what survived the first.
        await Round(Requests / 2);
        var (heapMid, _) = Settle();
        await Round(Requests);
        clock.Stop();
        await sampling.CancelAsync();
        await sampler;
        var (heapAfter, workingSetAfter) = Settle();

        Task Round(int until) => Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => Task.Run(
            async () =>
            {
                // Each worker is its own client, with its own connection.
                using var own = factory.Client();
                own.Timeout = TimeSpan.FromMinutes(2);
                int n;
                while ((n = Interlocked.Increment(ref next)) < until)
                {
                    var kind = n % Mix.Length;
                    using var response = await Send(own, kind, ct);
                    statuses.AddOrUpdate((int)response.StatusCode, 1, (_, c) => c + 1);
                    var answer = await ProblemAssert.Normalized(response, ct);
                    if (answer != expected[kind])
                    {
                        mismatches.Add($"request {n} ({Mix[kind].Name}): {answer[..Math.Min(200, answer.Length)]}");
                    }
                }

                // The counter passed the round's end; step back so that the next round starts there.
                Interlocked.Decrement(ref next);
            },
            ct)));

        var figures = string.Create(
            CultureInfo.InvariantCulture,
            $"""
            Load test: {Requests} requests, {Clients} concurrent clients, {Mix.Length} kinds of body, {clock.Elapsed.TotalSeconds:0.0} s ({Requests / clock.Elapsed.TotalSeconds:0} requests/s on this machine)
            Statuses: {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} x {s.Value}"))}
            Answers different from the single-threaded answer: {mismatches.Count}; 500s: {statuses.GetValueOrDefault(500)}
            Managed heap after full GC: before {Mb(heapBefore)} MB, after the first {Requests / 2} requests {Mb(heapMid)} MB, after all {Mb(heapAfter)} MB; peak during the run {Mb(peakHeap)} MB
            Working set: before {Mb(workingSetBefore)} MB, after {Mb(workingSetAfter)} MB; peak during the run {Mb(peakWorkingSet)} MB (process peak {Mb(Process.GetCurrentProcess().PeakWorkingSet64)} MB)
            """);
        TestContext.Current.TestOutputHelper?.WriteLine(figures);
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "load-test-figures.txt"), figures, ct);

        Assert.Empty(mismatches);
        Assert.Equal(0, statuses.GetValueOrDefault(500));
        Assert.Equal(Requests, statuses.Values.Sum());
        // Flat: the warm service keeps no more after the second round than after the first (8 MB of slack for pools),
        // and no more than 32 MB beyond what it kept before any load.
        Assert.True(heapAfter - heapMid < 8L * 1024 * 1024, figures);
        Assert.True(heapAfter - heapBefore < 32L * 1024 * 1024, figures);
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, int kind, CancellationToken ct) =>
        client.PostAsync(Mix[kind].Path, new StringContent(Mix[kind].Body, Encoding.UTF8, "application/json"), ct);

    private static (long Heap, long WorkingSet) Settle()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return (GC.GetTotalMemory(true), Environment.WorkingSet);
    }

    private static string Mb(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture);
}

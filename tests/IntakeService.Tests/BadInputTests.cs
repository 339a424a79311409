using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;

namespace IntakeService.Tests;

public sealed class BadInputTests(IntakeFactory factory) : IClassFixture<IntakeFactory>
{
    private const long HundredMegabytes = 100L * 1024 * 1024;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task StillServes()
    {
        using var client = factory.Client();
        using var response = await client.PostAsync("/contracts/validate", new StringContent(Bodies.Valid, Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{\"id\": ")]
    [InlineData("[1, 2,]")]
    public async Task A_body_that_is_not_json_is_400(string body)
    {
        using var client = factory.Client();
        using var response = await client.PostAsync("/contracts/validate", new StringContent(body, Encoding.UTF8, "application/json"), Ct);
        var problem = await ProblemAssert.IsProblem(response, 400, "malformed-document");
        Assert.Equal("AIC0001", (string?)problem["diagnostics"]![0]!["code"]);
        await StillServes();
    }

    [Fact]
    public async Task An_empty_body_is_400()
    {
        using var client = factory.Client();
        using var response = await client.PostAsync("/contracts/validate", new ByteArrayContent([]) { Headers = { ContentType = new("application/json") } }, Ct);
        await ProblemAssert.IsProblem(response, 400, "malformed-document");
        await StillServes();
    }

    [Fact]
    public async Task An_unknown_playbook_is_400()
    {
        using var client = factory.Client();
        using var response = await client.PostAsync("/contracts/validate?playbook=lenient", new StringContent(Bodies.Valid, Encoding.UTF8, "application/json"), Ct);
        var problem = await ProblemAssert.IsProblem(response, 400, "unknown-playbook");
        Assert.Contains("ai-deployment-baseline", (string?)problem["detail"], StringComparison.Ordinal);
        await StillServes();
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("application/json; charset=utf-16")]
    public async Task A_valid_contract_in_another_media_type_is_415(string mediaType)
    {
        using var client = factory.Client();
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Bodies.Valid));
        content.Headers.TryAddWithoutValidation("Content-Type", mediaType);
        using var response = await client.PostAsync("/contracts/validate", content, Ct);
        await ProblemAssert.IsProblem(response, 415, "unsupported-media-type");
        await StillServes();
    }

    [Fact]
    public async Task A_body_with_no_content_type_is_415()
    {
        using var client = factory.Client();
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Bodies.Valid));
        using var response = await client.PostAsync("/contracts/validate", content, Ct);
        await ProblemAssert.IsProblem(response, 415, "unsupported-media-type");
    }

    [Fact]
    public async Task A_body_just_over_the_limit_is_413()
    {
        using var client = factory.Client();
        using var response = await client.PostAsync("/contracts/validate", new StringContent(Bodies.Oversize, Encoding.UTF8, "application/json"), Ct);
        await ProblemAssert.IsProblem(response, 413, "too-large");
        await StillServes();
    }

    [Fact]
    public async Task A_100_MB_body_announced_by_content_length_is_413_before_it_is_read()
    {
        var (status, body) = await Raw(
            $"POST /contracts/validate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: {HundredMegabytes.ToString(CultureInfo.InvariantCulture)}\r\n\r\n",
            chunked: false);
        Assert.Equal(413, status);
        Assert.Contains("https://aicontracts.dev/problems/too-large", body, StringComparison.Ordinal);
        await StillServes();
    }

    [Fact]
    public async Task A_100_MB_chunked_body_is_413_once_it_passes_the_limit()
    {
        var (status, body) = await Raw(
            "POST /contracts/validate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n",
            chunked: true);
        Assert.Equal(413, status);
        Assert.Contains("https://aicontracts.dev/problems/too-large", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        await StillServes();
    }

    [Fact]
    public async Task A_body_sent_byte_by_byte_is_read_to_its_end()
    {
        using var client = factory.Client();
        using var content = new SlowContent(Encoding.UTF8.GetBytes("{\"title\": \"slow\", \"id\": "), TimeSpan.FromMilliseconds(20));
        using var response = await client.PostAsync("/contracts/validate", content, Ct);
        var problem = await ProblemAssert.IsProblem(response, 400, "malformed-document");
        Assert.Equal("AIC0001", (string?)problem["diagnostics"]![0]!["code"]);
        await StillServes();
    }

    [Fact]
    public async Task A_valid_contract_sent_in_small_slow_pieces_is_validated()
    {
        using var client = factory.Client();
        using var content = new SlowContent(Encoding.UTF8.GetBytes(Bodies.Valid), TimeSpan.FromMilliseconds(1), pieceSize: 512);
        using var response = await client.PostAsync("/contracts/validate", content, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_bad_setting_stops_the_service_at_start()
    {
        using var bad = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("Intake:DefaultPlaybook", "lenient").UseSetting("Intake:MaxRequestBytes", "0"));
        var e = Assert.ThrowsAny<Exception>(() => bad.CreateClient());
        var failures = (e is AggregateException all ? all.Flatten().InnerExceptions : [e]).OfType<OptionsValidationException>().SelectMany(o => o.Failures).ToList();
        Assert.Contains(failures, f => f.Contains("DefaultPlaybook", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("MaxRequestBytes", StringComparison.Ordinal));
    }

    /// <summary>
    /// Sends a request over a raw socket: the head, then up to 100 MB of body (a JSON array of zeros) until the server
    /// answers or closes; returns the status and body. HttpClient cannot observe an answer that arrives mid-upload.
    /// </summary>
    private async Task<(int Status, string Body)> Raw(string head, bool chunked)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        using var socket = new TcpClient();
        await socket.ConnectAsync(IPAddress.Loopback, factory.BaseAddress.Port, timeout.Token);
        var stream = socket.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), timeout.Token);
        var reading = ReadResponse(stream, timeout.Token);
        var piece = Encoding.ASCII.GetBytes("[" + string.Concat(Enumerable.Repeat("0,", 32 * 1024)));
        var chunk = chunked ? Encoding.ASCII.GetBytes($"{piece.Length:x}\r\n").Concat(piece).Concat("\r\n"u8.ToArray()).ToArray() : piece;
        try
        {
            for (long sent = 0; sent < HundredMegabytes && !reading.IsCompleted; sent += piece.Length)
            {
                await stream.WriteAsync(chunk, timeout.Token);
            }
        }
        catch (IOException)
        {
            // The server answered and closed the connection: expected.
        }

        return await reading;
    }

    private static async Task<(int Status, string Body)> ReadResponse(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        var block = new byte[8192];
        int headEnd;
        while ((headEnd = IndexOfHeadEnd(buffer)) < 0)
        {
            var n = await stream.ReadAsync(block, cancellationToken);
            if (n == 0)
            {
                throw new IOException("The connection closed before the response head.");
            }

            buffer.Write(block, 0, n);
        }

        var head = Encoding.ASCII.GetString(buffer.GetBuffer(), 0, headEnd);
        var status = int.Parse(head.Split(' ')[1], CultureInfo.InvariantCulture);
        var lengthLine = head.Split("\r\n").FirstOrDefault(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        var length = lengthLine is null ? 0 : int.Parse(lengthLine["Content-Length:".Length..].Trim(), CultureInfo.InvariantCulture);
        while (buffer.Length - (headEnd + 4) < length)
        {
            var n = await stream.ReadAsync(block, cancellationToken);
            if (n == 0)
            {
                break;
            }

            buffer.Write(block, 0, n);
        }

        return (status, Encoding.UTF8.GetString(buffer.GetBuffer(), headEnd + 4, (int)buffer.Length - headEnd - 4));
    }

    private static int IndexOfHeadEnd(MemoryStream buffer) => buffer.GetBuffer().AsSpan(0, (int)buffer.Length).IndexOf("\r\n\r\n"u8);

    /// <summary>A JSON body written in small pieces with a pause between them (chunked, no Content-Length).</summary>
    private sealed class SlowContent : HttpContent
    {
        private readonly byte[] _body;
        private readonly TimeSpan _pause;
        private readonly int _pieceSize;

        public SlowContent(byte[] body, TimeSpan pause, int pieceSize = 1)
        {
            _body = body;
            _pause = pause;
            _pieceSize = pieceSize;
            Headers.ContentType = new("application/json");
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => SerializeToStreamAsync(stream, context, CancellationToken.None);

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
        {
            for (var i = 0; i < _body.Length; i += _pieceSize)
            {
                await stream.WriteAsync(_body.AsMemory(i, Math.Min(_pieceSize, _body.Length - i)), cancellationToken);
                await stream.FlushAsync(cancellationToken);
                await Task.Delay(_pause, cancellationToken);
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}

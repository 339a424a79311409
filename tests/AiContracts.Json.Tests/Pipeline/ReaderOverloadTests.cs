using System.Text;
using AiContracts.Domain.Computations.Invoicing;
using AiContracts.Domain.Computations.ServiceCredits;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Validation;
using AiContracts.TestUtilities;
using CsCheck;

namespace AiContracts.Json.Tests.Pipeline;

/// <summary>
/// Every reader and validator has the same overloads (text, UTF-8 bytes, a stream, a stream read asynchronously with a
/// cancellation token) and the same result shape, <see cref="DocumentResult{T}"/>; the overloads agree on every document.
/// </summary>
public sealed class ReaderOverloadTests
{
    private static readonly ContractDocumentValidator Strict = new(rules: Playbook.Strict.CreateValidator());

    /// <summary>The documents of every kind that the repository ships, valid or not, plus a few broken ones.</summary>
    public static TheoryData<string, string> Documents()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in SampleFiles.Contracts)
        {
            data.Add("contract", file);
        }

        foreach (var file in Directory.GetFiles(Path.Combine(SampleFiles.RepositoryRoot, "samples", "computations"), "*.json"))
        {
            data.Add(file.Contains("measurements", StringComparison.Ordinal) ? "measurements" : "usage", file);
        }

        foreach (var file in Directory.GetFiles(Path.Combine(SampleFiles.RepositoryRoot, "samples"), "*.playbook.json", SearchOption.AllDirectories))
        {
            data.Add("playbook", file);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Every_overload_of_a_reader_gives_the_same_result_for_a_sample(string kind, string file)
    {
        var bytes = await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken);
        await AssertOverloadsAgree(kind, bytes);

        // The same document broken in three places: a repeated member, a wrong type, a syntax error at the end.
        var text = Encoding.UTF8.GetString(bytes).TrimEnd();
        var broken = "{\"schemaVersion\": 1, \"schemaVersion\": 2," + text[1..^1] + "},";
        await AssertOverloadsAgree(kind, Encoding.UTF8.GetBytes(broken));
    }

    [Fact]
    public void The_samples_include_a_document_of_every_kind()
    {
        var kinds = Documents().Select(row => row.Data.Item1).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(["contract", "measurements", "playbook", "usage"], kinds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_overload_of_the_contract_validator_gives_the_same_result_for_generated_contracts()
    {
        ContractGenerators.Contract.Sample(contract =>
        {
            var bytes = AiContractSerializer.Default.SerializeToUtf8Bytes(contract);
            AssertOverloadsAgree("contract", bytes).AsTask().GetAwaiter().GetResult();
        }, iter: 40);
    }

    [Fact]
    public async Task A_contract_that_breaks_business_rules_is_read_but_not_valid()
    {
        var result = await Strict.ValidateAsync(File.OpenRead(Path.Combine(SampleFiles.ContractsFolder, "04-risky-vendor-draft.json")), TestContext.Current.CancellationToken);

        Assert.NotNull(result.Value);
        Assert.False(result.IsValid);
        Assert.False(result.TryGetValue(out var value));
        Assert.Null(value);
        Assert.StartsWith($"AiContract: invalid, {result.Report.ErrorCount} errors, {result.Report.WarningCount} warnings", result.ToString(), StringComparison.Ordinal);
        Assert.True(result.Report.ErrorCount > 0);
    }

    [Fact]
    public void A_valid_document_gives_its_value_through_TryGetValue()
    {
        var result = PlaybookJson.Read(PlaybookJson.Write(Playbook.Strict));

        Assert.True(result.TryGetValue(out var playbook));
        Assert.Same(result.Value, playbook);
        Assert.Equal("Playbook: valid, 0 errors, 0 warnings", result.ToString());
    }

    [Fact]
    public async Task Reading_asynchronously_with_a_cancelled_token_throws_OperationCanceledException()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var bytes = await File.ReadAllBytesAsync(Path.Combine(SampleFiles.ContractsFolder, "01-vendor-llm-api.json"), TestContext.Current.CancellationToken);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await Strict.ValidateAsync(new MemoryStream(bytes), cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await PlaybookJson.ReadAsync(new MemoryStream(bytes), cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await ComputationJson.ReadAsync<SlaMeasurements>(new MemoryStream(bytes), cancelled.Token));
    }

    [Fact]
    public async Task A_stream_longer_than_the_limit_is_reported_without_being_read_to_its_end()
    {
        var validator = new ContractDocumentValidator(new ContractValidationOptions { Json = new AiContractJsonOptions { MaxDocumentBytes = 100_000 } });
        var endless = new EndlessStream();

        var result = await validator.ValidateAsync(endless, TestContext.Current.CancellationToken);
        var playbook = PlaybookJson.Read(new EndlessStream());
        var usage = await ComputationJson.ReadAsync<UsageStatement>(new EndlessStream(), TestContext.Current.CancellationToken);

        Assert.Equal(("AIC0003", DocumentKind.Contract), Single(result.Report));
        Assert.Equal(("AIC0003", DocumentKind.Playbook), Single(playbook.Report));
        Assert.Equal(("AIC0003", DocumentKind.Usage), Single(usage.Report));
        Assert.Null(result.Value);
        Assert.InRange(endless.Position, 100_001, 100_000 + 81_920);

        static (string, DocumentKind) Single(ValidationReport report)
        {
            var d = Assert.Single(report.Diagnostics);
            return (d.Code, d.Document);
        }
    }

    [Fact]
    public void Null_arguments_throw_at_the_call()
    {
        Assert.Throws<ArgumentNullException>(() => PlaybookJson.Read((Stream)null!));
        Assert.Throws<ArgumentNullException>(() => ComputationJson.Read<UsageStatement>((string)null!));
        Assert.Throws<ArgumentNullException>(() => ComputationJson.Read<UsageStatement>((Stream)null!));
        Assert.Throws<ArgumentNullException>(() => Strict.ValidateAsync(null!, TestContext.Current.CancellationToken).AsTask().GetAwaiter().GetResult());
        Assert.Throws<ArgumentNullException>(() => PlaybookJson.ReadAsync(null!, TestContext.Current.CancellationToken).AsTask().GetAwaiter().GetResult());
        Assert.Throws<ArgumentNullException>(() => ComputationJson.ReadAsync<UsageStatement>(null!, TestContext.Current.CancellationToken).AsTask().GetAwaiter().GetResult());
    }

    /// <summary>Reads the bytes through every overload of the kind's reader and asserts the results are equal.</summary>
    private static async ValueTask AssertOverloadsAgree(string kind, byte[] bytes)
    {
        var ct = TestContext.Current.CancellationToken;
        var text = Encoding.UTF8.GetString(bytes);
        var results = kind switch
        {
            "contract" => Shapes(Strict.Validate(bytes), Strict.Validate(text), Strict.Validate(new MemoryStream(bytes)), await Strict.ValidateAsync(new TrickleStream(bytes), ct)),
            "playbook" => Shapes(PlaybookJson.Read(bytes), PlaybookJson.Read(text), PlaybookJson.Read(new MemoryStream(bytes)), await PlaybookJson.ReadAsync(new TrickleStream(bytes), ct)),
            "measurements" => Shapes(ComputationJson.Read<SlaMeasurements>(bytes), ComputationJson.Read<SlaMeasurements>(text), ComputationJson.Read<SlaMeasurements>(new MemoryStream(bytes)), await ComputationJson.ReadAsync<SlaMeasurements>(new TrickleStream(bytes), ct)),
            _ => Shapes(ComputationJson.Read<UsageStatement>(bytes), ComputationJson.Read<UsageStatement>(text), ComputationJson.Read<UsageStatement>(new MemoryStream(bytes)), await ComputationJson.ReadAsync<UsageStatement>(new TrickleStream(bytes), ct)),
        };

        Assert.All(results, r => Assert.Equal(results[0], r));
    }

    private static List<(object? Value, string Report, bool IsValid)> Shapes<T>(params DocumentResult<T>[] results)
        where T : class =>
        [.. results.Select(r => ((object?)r.Value, string.Join("\n", r.Report.Diagnostics.Select(d => $"{d.Document} {d}")), r.IsValid))];

    /// <summary>A stream that hands out its bytes a few at a time, as a network stream does.</summary>
    private sealed class TrickleStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 7));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, 7)], cancellationToken);
    }

    /// <summary>A stream of spaces that never ends, counting what was read.</summary>
    private sealed class EndlessStream : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)' ');
            _position += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

using System.Text;
using AiContracts.Domain;
using AiContracts.TestUtilities;

namespace AiContracts.Json.Tests;

/// <summary>
/// Whatever a serializer writes, a serializer with the same options reads back: MaxDocumentBytes limits what is written
/// as it limits what is read, so a contract read just under the limit is not written back larger (indented) and then refused.
/// </summary>
public sealed class SizeLimitRoundTripTests
{
    private static readonly AiContract Vendor = AiContractSerializer.Default.Deserialize(File.ReadAllText(Path.Combine(SampleFiles.ContractsFolder, "01-vendor-llm-api.json")));

    private static readonly int CompactSize = new AiContractSerializer(new AiContractJsonOptions { WriteIndented = false }).SerializeToUtf8Bytes(Vendor).Length;

    private static readonly int IndentedSize = AiContractSerializer.Default.SerializeToUtf8Bytes(Vendor).Length;

    [Fact]
    public void Serialize_IndentedOutputOverTheLimitOfADocumentReadJustUnderIt_RefusesWithAClearException()
    {
        var options = new AiContractJsonOptions { MaxDocumentBytes = CompactSize + 1 };
        var serializer = new AiContractSerializer(options);
        var compact = new AiContractSerializer(options with { WriteIndented = false }).SerializeToUtf8Bytes(Vendor);
        var read = serializer.Deserialize(compact);

        var e = Assert.Throws<ContractJsonException>(() => serializer.Serialize(read));

        Assert.Equal(
            $"The contract would be written as {IndentedSize} bytes, larger than the configured limit of {CompactSize + 1} bytes (AiContractJsonOptions.MaxDocumentBytes), so a serializer with the same options could not read it back; raise the limit or write it without indentation (AiContractJsonOptions.WriteIndented = false).",
            e.Message);
    }

    [Fact]
    public void Serialize_CompactOutputJustUnderTheLimit_ReadsBackEqual()
    {
        var serializer = new AiContractSerializer(new AiContractJsonOptions { MaxDocumentBytes = CompactSize, WriteIndented = false });

        var written = serializer.SerializeToUtf8Bytes(serializer.Deserialize(serializer.SerializeToUtf8Bytes(Vendor)));

        Assert.Equal(CompactSize, written.Length);
        Assert.Equal(Vendor, serializer.Deserialize(written));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task EveryWriter_AroundTheLimit_EitherRefusesOrWritesWhatReadsBack(bool indented)
    {
        var size = indented ? IndentedSize : CompactSize;
        for (var limit = size - 2; limit <= size + 2; limit++)
        {
            var serializer = new AiContractSerializer(new AiContractJsonOptions { MaxDocumentBytes = limit, WriteIndented = indented });
            using var stream = new MemoryStream();
            Func<Task<byte[]>>[] writers =
            [
                () => Task.FromResult(Encoding.UTF8.GetBytes(serializer.Serialize(Vendor))),
                () => Task.FromResult(serializer.SerializeToUtf8Bytes(Vendor)),
                () =>
                {
                    stream.SetLength(0);
                    serializer.Serialize(stream, Vendor);
                    return Task.FromResult(stream.ToArray());
                },
                async () =>
                {
                    stream.SetLength(0);
                    await serializer.SerializeAsync(stream, Vendor, TestContext.Current.CancellationToken);
                    return stream.ToArray();
                },
            ];

            foreach (var write in writers)
            {
                if (limit < size)
                {
                    await Assert.ThrowsAsync<ContractJsonException>(write);
                    Assert.Equal(0, stream.Length); // nothing half-written
                }
                else
                {
                    Assert.Equal(Vendor, serializer.Deserialize(await write()));
                }
            }
        }
    }
}

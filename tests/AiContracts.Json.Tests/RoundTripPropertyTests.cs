using System.Text;
using System.Text.Json;
using AiContracts.Domain;
using AiContracts.TestUtilities;
using CsCheck;

namespace AiContracts.Json.Tests;

/// <summary>
/// Property tests over generated contracts covering the whole model: reading what was written gives the same
/// contract through every API, writing is deterministic and lossless, and NodaTime values are always ISO strings.
/// </summary>
public sealed class RoundTripPropertyTests
{
    /// <summary>Contracts per property.</summary>
    private const int Iterations = 1_000;

    private static readonly AiContractSerializer Serializer = AiContractSerializer.Default;

    private static readonly AiContractSerializer Compact = new(new AiContractJsonOptions { WriteIndented = false });

    [Fact]
    public void Deserialize_SerializedGeneratedContract_EqualsOriginal() =>
        ContractGenerators.Contract.Sample(
            contract => AssertSame(contract, Serializer.Deserialize(Serializer.Serialize(contract))),
            iter: Iterations,
            print: Show);

    [Fact]
    public void Deserialize_Utf8BytesOfGeneratedContract_EqualsOriginal() =>
        ContractGenerators.Contract.Sample(
            contract => AssertSame(contract, Serializer.Deserialize(Serializer.SerializeToUtf8Bytes(contract))),
            iter: Iterations,
            print: Show);

    [Fact]
    public void Deserialize_StreamOfGeneratedContract_EqualsOriginal() =>
        ContractGenerators.Contract.Sample(
            contract =>
            {
                using var stream = new MemoryStream();
                Serializer.Serialize(stream, contract);
                stream.Position = 0;

                AssertSame(contract, Serializer.Deserialize(stream));
            },
            iter: Iterations,
            print: Show);

    [Fact]
    public Task DeserializeAsync_StreamWrittenAsync_EqualsOriginal() =>
        ContractGenerators.Contract.SampleAsync(
            async contract =>
            {
                using var stream = new MemoryStream();
                await Serializer.SerializeAsync(stream, contract, TestContext.Current.CancellationToken);
                stream.Position = 0;

                AssertSame(contract, await Serializer.DeserializeAsync(stream, TestContext.Current.CancellationToken));
            },
            iter: Iterations,
            print: Show);

    [Fact]
    public void Deserialize_CompactOutputOfGeneratedContract_EqualsOriginal() =>
        ContractGenerators.Contract.Sample(
            contract => AssertSame(contract, Compact.Deserialize(Compact.Serialize(contract))),
            iter: Iterations,
            print: Show);

    [Fact]
    public void Serialize_ContractReadBack_GivesIdenticalText() =>
        ContractGenerators.Contract.Sample(
            contract =>
            {
                var written = Serializer.Serialize(contract);

                Assert.Equal(written, Serializer.Serialize(Serializer.Deserialize(written)));
            },
            iter: Iterations,
            print: Show);

    [Fact]
    public Task Serialize_EveryWriteApi_GivesTheSameUtf8() =>
        ContractGenerators.Contract.SampleAsync(
            async contract =>
            {
                var expected = Encoding.UTF8.GetBytes(Serializer.Serialize(contract));
                using var stream = new MemoryStream();
                Serializer.Serialize(stream, contract);
                using var asyncStream = new MemoryStream();
                await Serializer.SerializeAsync(asyncStream, contract, TestContext.Current.CancellationToken);

                Assert.Equal(expected, Serializer.SerializeToUtf8Bytes(contract));
                Assert.Equal(expected, stream.ToArray());
                Assert.Equal(expected, asyncStream.ToArray());
            },
            iter: Iterations,
            print: Show);

    [Fact]
    public void Serialize_GeneratedContract_WritesEveryNodaTimeValueAsString()
    {
        var checkedProperties = new HashSet<string>(StringComparer.Ordinal);

        ContractGenerators.Contract.Sample(
            contract =>
            {
                using var document = JsonDocument.Parse(Serializer.Serialize(contract));
                var problems = new List<string>();
                ModelGraph.Walk(contract, document.RootElement, member =>
                {
                    if (member.Value is null || !ModelGraph.IsNodaTime(member.Property.PropertyType))
                    {
                        return;
                    }

                    if (member.Json is not { ValueKind: JsonValueKind.String })
                    {
                        problems.Add($"{member.Path}: {member.Property.PropertyType.Name} {member.Value} was written as {member.Json?.GetRawText() ?? "nothing"}");
                    }

                    lock (checkedProperties)
                    {
                        checkedProperties.Add(Describe(member));
                    }
                });

                Assert.Empty(problems);
            },
            iter: Iterations,
            print: Show);

        // The check above is only as good as its coverage: every NodaTime member of the model must have been met.
        Assert.NotEmpty(ModelGraph.NodaTimeProperties);
        Assert.Empty(ModelGraph.NodaTimeProperties.Select(p => $"{p.DeclaringType!.Name}.{p.Name}").Except(checkedProperties));
    }

    private static string Describe(ModelMember member) => $"{member.Property.DeclaringType!.Name}.{member.Property.Name}";

    private static void AssertSame(AiContract expected, AiContract actual)
    {
        Assert.Equal(expected, actual);
        Assert.Equal(expected.GetHashCode(), actual.GetHashCode());
    }

    private static string Show(AiContract contract)
    {
        try
        {
            return Serializer.Serialize(contract);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException or OverflowException or NotSupportedException)
        {
            return $"{contract} (could not be written: {e.Message})";
        }
    }
}

using AiContracts.Domain.Extensions;
using AiContracts.TestUtilities;
using CsCheck;

namespace AiContracts.Json.Tests;

public sealed class ExtensionWritingTests
{
    [Fact]
    public void Serialize_ExtensionNumbersInArraysAndObjects_AreIndentedLikeEveryOtherValue()
    {
        const string Compact = """{"schemaVersion":"1.0","id":"C-1","title":"t","status":"Draft","extensions":{"a":[1,2.50,{"b":[3e2,-0]}],"c":1}}""";

        var written = AiContractSerializer.Default.Serialize(AiContractSerializer.Default.Deserialize(Compact));

        Assert.EndsWith(
            """
              "extensions": {
                "a": [
                  1,
                  2.50,
                  {
                    "b": [
                      3e2,
                      -0
                    ]
                  }
                ],
                "c": 1
              }
            }
            """.ReplaceLineEndings("\n"),
            written.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("[1,2.50,-0.0E+5,1e400]")]
    [InlineData("[1,12345678901234567,2]")]
    [InlineData("[1,\"a\",2]")]
    [InlineData("[1,2,[3,4],{\"n\":5}]")]
    [InlineData("[]")]
    public void An_extension_array_reads_back_element_by_element_and_is_written_as_it_was_read(string array)
    {
        var compact = $$$"""{"schemaVersion":"1.0","id":"C-1","title":"t","status":"Draft","extensions":{"a":{{{array}}}}}""";
        var options = new System.Text.Json.JsonSerializerOptions(AiContractSerializer.Default.JsonSerializerOptions) { WriteIndented = false };

        var contract = AiContractSerializer.Default.Deserialize(compact);
        var elements = contract.Extensions["a"].AsArray();

        Assert.Equal(compact, System.Text.Json.JsonSerializer.Serialize(contract, options));
        using var expected = System.Text.Json.JsonDocument.Parse(array);
        Assert.Equal(expected.RootElement.GetArrayLength(), elements.Count);
        Assert.Equal(compact, System.Text.Json.JsonSerializer.Serialize(contract, options));
        Assert.Equal(contract, AiContractSerializer.Default.Deserialize(compact));
    }

    /// <summary>A large array of every kind of element: a run of packed numbers, then objects, strings, arrays and scalars.</summary>
    private static string LargeArray(int count) => "[" + string.Join(",", Enumerable.Range(0, count).Select(i => (i % 7) switch
    {
        _ when i < 40 => (100 + i).ToString(System.Globalization.CultureInfo.InvariantCulture),
        0 => $"{{\"n\":{i},\"caf\\u00e9 \\\"q\\\"\":\"\\ud83d\\ude00 \\n {i}\"}}",
        1 => "\"été\"",
        2 => "[1.50,-0.0E+5,1e400,[],{}]",
        3 => "12345678901234567890.5",
        4 => "null",
        5 => i % 2 == 0 ? "true" : "false",
        _ => "{\"a\":{\"b\":[{\"c\":\"d\"}]},\"e\":[]}",
    })) + "]";

    [Theory]
    [InlineData(256)]
    [InlineData(257)]
    [InlineData(2000)]
    public void A_large_extension_array_is_read_written_and_compared_as_the_same_array_built_element_by_element(int count)
    {
        var array = LargeArray(count);
        var compact = $$$"""{"schemaVersion":"1.0","id":"C-1","title":"t","status":"Draft","extensions":{"a":{{{array}}},"z":1}}""";
        var options = new System.Text.Json.JsonSerializerOptions(AiContractSerializer.Default.JsonSerializerOptions) { WriteIndented = false };

        var read = AiContractSerializer.Default.Deserialize(compact);
        var built = read with
        {
            Extensions = ExtensionObject.Create(("a", ExtensionValue.FromArray(AiContractSerializer.Default.Deserialize(compact).Extensions["a"].AsArray())), ("z", ExtensionValue.FromNumberLiteral("1"))),
        };

        // Written before and after its elements are made, compact and indented, as the element-built array is.
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(built, options), System.Text.Json.JsonSerializer.Serialize(read, options));
        Assert.Equal(AiContractSerializer.Default.Serialize(built), AiContractSerializer.Default.Serialize(read));
        Assert.Equal(built.Extensions["a"].GetHashCode(), read.Extensions["a"].GetHashCode());
        Assert.Equal(built.Extensions["a"], read.Extensions["a"]);
        Assert.Equal(count, read.Extensions["a"].AsArray().Count);
        Assert.Equal(built.Extensions["a"].Depth, read.Extensions["a"].Depth);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(built, options), System.Text.Json.JsonSerializer.Serialize(read, options));
        using var expected = System.Text.Json.JsonDocument.Parse(array);
        Assert.True(System.Text.Json.JsonElement.DeepEquals(expected.RootElement, System.Text.Json.JsonDocument.Parse(System.Text.Json.JsonSerializer.Serialize(read.Extensions["a"], options)).RootElement));
    }

    [Fact]
    public void Large_generated_extension_arrays_round_trip_and_equal_the_array_they_were_written_from()
    {
        Gen.Int[250, 400].SelectMany(n => ContractGenerators.ExtensionValue.Array[n, n]).Sample(
            items =>
            {
                var value = ExtensionValue.FromArray(items);
                var text = System.Text.Json.JsonSerializer.Serialize(value, AiContractSerializer.Default.JsonSerializerOptions);

                var read = System.Text.Json.JsonSerializer.Deserialize<ExtensionValue>(text, AiContractSerializer.Default.JsonSerializerOptions)!;

                Assert.Equal(text, System.Text.Json.JsonSerializer.Serialize(read, AiContractSerializer.Default.JsonSerializerOptions));
                Assert.Equal(value.GetHashCode(), read.GetHashCode());
                Assert.Equal(value, read);
                Assert.Equal(value.Depth, read.Depth);
            },
            iter: 60);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(300)]
    public void A_repeated_member_in_an_extension_array_is_refused_at_its_element_wherever_the_array_is_held(int at)
    {
        var elements = Enumerable.Range(0, 400).Select(i => i == at ? """{"x":1,"y":2,"x":3}""" : """{"x":1}""");
        var json = $$$"""{"schemaVersion":"1.0","id":"C-1","title":"t","status":"Draft","extensions":{"a":[{{{string.Join(",", elements)}}}]}}""";

        var error = Assert.Throws<ContractJsonException>(() => AiContractSerializer.Default.Deserialize(json));

        Assert.Contains("Duplicate member 'x' in the extensions", error.Message, StringComparison.Ordinal);
        Assert.Equal($"/extensions/a/{at}/x", error.Pointer);
    }
}

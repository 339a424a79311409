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
}

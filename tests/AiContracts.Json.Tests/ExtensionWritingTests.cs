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
}

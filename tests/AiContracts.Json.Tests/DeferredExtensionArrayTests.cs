using System.Text.Json;
using AiContracts.Domain.Extensions;

namespace AiContracts.Json.Tests;

/// <summary>
/// Hostile inputs for extension arrays of more than 256 elements, which are held as compact text: written, compared and
/// hashed as the array built element by element, and refused (repeated names, depth) exactly as a small array is.
/// </summary>
public sealed class DeferredExtensionArrayTests
{
    private static readonly JsonSerializerOptions Compact = new(AiContractSerializer.Default.JsonSerializerOptions) { WriteIndented = false };

    private const string Head = """{"schemaVersion":"1.0","id":"C-1","title":"t","status":"Draft",""";

    private static string Strings(int count) => "[" + string.Join(",", Enumerable.Range(0, count).Select(i => (i % 12) switch
    {
        0 => "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u0000\\u001f\\u007f\\u00e9\\u2028\\u2029\\ud83d\\ude00\"",
        1 => "\"<>&'+`\u00e9\u2028\U0001F600\"",
        2 => "1E+400",
        3 => "-0.0e-0",
        4 => "12345678901234567890123456789",
        5 => "0.1",
        6 => "[" + string.Join(",", Enumerable.Range(0, 300).Select(j => j % 3 == 0 ? "\"x\"" : "1e5")) + "]",
        7 => "{\"\\u0041\\/b\":\"\\ud800\\udc00\",\"<tag>\":[],\"\":{}}",
        8 => "-1",
        9 => "1.0",
        10 => "\"\\uFFFF\\uFEFF\\u00ad\"",
        _ => "[[[]],{},[{}]]",
    })) + "]";

    public static TheoryData<int> Counts => new() { 1, 255, 256, 257, 300, 1000 };

    [Theory]
    [MemberData(nameof(Counts))]
    public void Deferred_array_writes_and_compares_like_the_element_built_array(int count)
    {
        var json = Head + "\"extensions\":{\"a\":" + Strings(count) + ",\"b\":1}}";
        var read = AiContractSerializer.Default.Deserialize(json);
        var elements = AiContractSerializer.Default.Deserialize(json).Extensions["a"].AsArray();
        var built = read with { Extensions = ExtensionObject.Create(("a", ExtensionValue.FromArray(elements)), ("b", ExtensionValue.FromNumberLiteral("1"))) };
        var fresh = AiContractSerializer.Default.Deserialize(json);
        var compact = new JsonSerializerOptions(AiContractSerializer.Default.JsonSerializerOptions) { WriteIndented = false };

        Assert.Equal(JsonSerializer.Serialize(built, compact), JsonSerializer.Serialize(fresh, compact));
        Assert.Equal(AiContractSerializer.Default.Serialize(built), AiContractSerializer.Default.Serialize(fresh));
        Assert.Equal(JsonSerializer.Serialize(built.Extensions["a"], AiContractSerializer.Default.JsonSerializerOptions), JsonSerializer.Serialize(fresh.Extensions["a"], AiContractSerializer.Default.JsonSerializerOptions));
        Assert.Equal(built.Extensions["a"].GetHashCode(), fresh.Extensions["a"].GetHashCode());
        Assert.Equal(built.Extensions["a"], fresh.Extensions["a"]);
        Assert.Equal(fresh.Extensions["a"], built.Extensions["a"]);
        Assert.Equal(built, fresh);
        Assert.Equal(built.Extensions["a"].Depth, fresh.Extensions["a"].Depth);

        // The written text reads back equal, and the same text again.
        var again = AiContractSerializer.Default.Deserialize(AiContractSerializer.Default.Serialize(fresh));
        Assert.Equal(fresh, again);
        Assert.Equal(AiContractSerializer.Default.Serialize(fresh), AiContractSerializer.Default.Serialize(again));
        Assert.Equal(JsonSerializer.Serialize(fresh, compact), JsonSerializer.Serialize(AiContractSerializer.Default.Deserialize(JsonSerializer.Serialize(fresh, compact)), compact));
        using var expected = JsonDocument.Parse(Strings(count));
        using var written = JsonDocument.Parse(JsonSerializer.Serialize(fresh.Extensions["a"], compact));
        Assert.True(JsonElement.DeepEquals(expected.RootElement, written.RootElement));
    }

    [Fact]
    public void Deferred_arrays_equal_across_forms_packed_prefix()
    {
        // 300 packable numbers then a string: packed prefix then deferred.
        var array = "[" + string.Join(",", Enumerable.Range(0, 300).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))) + ",\"s\",1e400,-0]";
        var json = Head + "\"extensions\":{\"a\":" + array + "}}";
        var fresh = AiContractSerializer.Default.Deserialize(json).Extensions["a"];
        var items = AiContractSerializer.Default.Deserialize(json).Extensions["a"].AsArray();
        var built = ExtensionValue.FromArray(items);
        var rebuilt = ExtensionValue.FromArray(items.Select(v => v).ToArray());
        Assert.Equal(built.GetHashCode(), fresh.GetHashCode());
        Assert.Equal(built, fresh);
        Assert.Equal(rebuilt, fresh);
        Assert.Equal(JsonSerializer.Serialize(built, AiContractSerializer.Default.JsonSerializerOptions), JsonSerializer.Serialize(fresh, AiContractSerializer.Default.JsonSerializerOptions));

        // Two deferred arrays of the same text are equal without either having been looked into.
        var x = AiContractSerializer.Default.Deserialize(json).Extensions["a"];
        var y = AiContractSerializer.Default.Deserialize(json).Extensions["a"];
        Assert.Equal(x.GetHashCode(), y.GetHashCode());
        Assert.Equal(x, y);

        // Same elements, different spelling of a number: not equal, as for small arrays.
        var other = AiContractSerializer.Default.Deserialize(json.Replace("1e400", "1E400", StringComparison.Ordinal)).Extensions["a"];
        var smallA = AiContractSerializer.Default.Deserialize(Head + "\"extensions\":{\"a\":[\"s\",1e400]}}").Extensions["a"];
        var smallB = AiContractSerializer.Default.Deserialize(Head + "\"extensions\":{\"a\":[\"s\",1E400]}}").Extensions["a"];
        Assert.Equal(smallA.Equals(smallB), x.Equals(other));
    }

    [Fact]
    public void Deferred_array_inside_deferred_array_and_in_an_element_built_value()
    {
        var inner = "[" + string.Join(",", Enumerable.Range(0, 400).Select(i => i % 2 == 0 ? "\"e\"" : "{\"k\":[1,2]}")) + "]";
        var outer = "[" + string.Join(",", Enumerable.Range(0, 300).Select(i => i % 50 == 0 ? inner : "{\"v\":\"\\n\"}")) + "]";
        var value = JsonSerializer.Deserialize<ExtensionValue>(outer, AiContractSerializer.Default.JsonSerializerOptions)!;
        var wrapped = ExtensionValue.FromArray([value, ExtensionValue.FromString("z")]);
        var text = JsonSerializer.Serialize(wrapped, AiContractSerializer.Default.JsonSerializerOptions);
        var back = JsonSerializer.Deserialize<ExtensionValue>(text, AiContractSerializer.Default.JsonSerializerOptions)!;
        Assert.Equal(wrapped, back);
        Assert.Equal(wrapped.GetHashCode(), back.GetHashCode());
        Assert.Equal(value.Depth, JsonSerializer.Deserialize<ExtensionValue>(outer, AiContractSerializer.Default.JsonSerializerOptions)!.AsArray()[0].Depth + 1);
        var element = ExtensionValue.FromArray(value.AsArray().Select(v => v.Kind == ExtensionValueKind.Array ? ExtensionValue.FromArray(v.AsArray()) : v).ToArray());
        Assert.Equal(element, value);
        Assert.Equal(element.GetHashCode(), JsonSerializer.Deserialize<ExtensionValue>(outer, AiContractSerializer.Default.JsonSerializerOptions)!.GetHashCode());
        var indented = new JsonSerializerOptions(AiContractSerializer.Default.JsonSerializerOptions) { WriteIndented = true };
        Assert.Equal(JsonSerializer.Serialize(element, indented), JsonSerializer.Serialize(JsonSerializer.Deserialize<ExtensionValue>(outer, AiContractSerializer.Default.JsonSerializerOptions)!, indented));
    }

    private static string Deep(int depth) => new string('[', depth) + new string(']', depth);

    private static string Json(int count, int at, string element, int dupAt = -1) =>
        Head + "\"extensions\":{\"a\":[" + string.Join(",", Enumerable.Range(0, count).Select(i => i == at ? element : i == dupAt ? "{\"d\":1,\"d\":2}" : "true")) + "]}}";

    private static ContractJsonException Refusal(string json) =>
        Assert.Throws<ContractJsonException>(() => new AiContractSerializer(new AiContractJsonOptions { MaxDepth = 1024 }).Deserialize(json));

    /// <summary>The part of the message after the position, which should not depend on the array's size.</summary>
    private static string Tail(string message) => message[(message.IndexOf("):", StringComparison.Ordinal) + 2)..].Trim();

    [Theory]
    [InlineData(1000)]
    [InlineData(1001)]
    [InlineData(1005)]
    public void Too_deep_element_is_refused_with_the_same_message_in_a_large_array_as_in_a_small_one(int elementDepth)
    {
        var small = Refusal(Json(5, 3, Deep(elementDepth)));
        var large = Refusal(Json(300, 280, Deep(elementDepth)));

        Assert.Equal(small.Pointer, large.Pointer);
        Assert.Equal(Tail(small.Message), Tail(large.Message));
    }

    [Fact]
    public void Too_deep_object_element_is_refused_with_the_same_message_in_a_large_array_as_in_a_small_one()
    {
        var element = string.Concat(Enumerable.Repeat("{\"a\":", 1001)) + "1" + new string('}', 1001);
        var small = Refusal(Json(5, 3, element));
        var large = Refusal(Json(300, 280, element));

        Assert.Equal(small.Pointer, large.Pointer);
        Assert.Equal(Tail(small.Message), Tail(large.Message));
    }

    [Fact]
    public void Too_deep_element_before_a_repeated_name_is_what_a_large_array_reports_as_a_small_one_does()
    {
        var small = Refusal(Json(5, 3, Deep(1003), dupAt: 4));
        var large = Refusal(Json(300, 280, Deep(1003), dupAt: 281));

        Assert.Equal(small.Pointer, large.Pointer);
        Assert.Equal(Tail(small.Message), Tail(large.Message));
    }

    [Fact]
    public void Too_deep_element_in_a_large_array_is_refused_where_it_is_read()
    {
        // The position in the message is where the reader is when it refuses: at the too-deep element, not the array's end.
        var json = Json(300, 280, Deep(1001));
        var where = json.IndexOf(Deep(1001), StringComparison.Ordinal);
        var error = Refusal(json);
        var column = int.Parse(System.Text.RegularExpressions.Regex.Match(error.Message, "column (\\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        Assert.InRange(column, where, where + (2 * 1001) + 1);
    }

    [Fact]
    public void Packed_prefix_of_a_deferred_array_is_written_as_it_was_spelled()
    {
        string[] spellings = ["1.50", "-0", "0.0", "1e5", "1E5", "1e+5", "-0.0E-5", "100", "-12345", "0.000001", "123456789012", "1E-7"];
        var array = "[" + string.Join(",", Enumerable.Range(0, 300).Select(i => spellings[i % spellings.Length])) + ",\"s\",2.5E+3]";
        var json = Head + "\"extensions\":{\"a\":" + array + "}}";
        var read = AiContractSerializer.Default.Deserialize(json);

        Assert.Equal(json, JsonSerializer.Serialize(read, Compact));
        var built = ExtensionValue.FromArray(AiContractSerializer.Default.Deserialize(json).Extensions["a"].AsArray());
        Assert.Equal(built, read.Extensions["a"]);
        Assert.Equal(built.GetHashCode(), read.Extensions["a"].GetHashCode());
        Assert.Equal(JsonSerializer.Serialize(built, AiContractSerializer.Default.JsonSerializerOptions), JsonSerializer.Serialize(read.Extensions["a"], AiContractSerializer.Default.JsonSerializerOptions));
    }
}

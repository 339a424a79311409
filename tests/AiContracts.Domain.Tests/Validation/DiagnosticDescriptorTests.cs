using AiContracts.Domain.Diagnostics;
using CsCheck;

namespace AiContracts.Domain.Tests.Validation;

public sealed class DiagnosticDescriptorTests
{
    private static DiagnosticDescriptor Descriptor(string template) => new()
    {
        Code = "X001", Title = "Test", DefaultSeverity = DiagnosticSeverity.Warning, Area = "test", MessageFormat = template,
    };

    [Fact]
    public void Placeholders_are_replaced_by_their_arguments_and_other_braces_are_kept()
    {
        var finding = Descriptor("{value} is not {a_1}; {not a name} {} {unclosed").Create("/x", "rule", ("a_1", "B"), ("value", "A"));

        Assert.Equal("A is not B; {not a name} {} {unclosed", finding.Message);
        Assert.Equal("A", finding.AttemptedValue);
        Assert.Equal(("X001", DiagnosticSeverity.Warning, "/x", "rule"), (finding.Code, finding.Severity, finding.Pointer, finding.Rule));
    }

    [Fact]
    public void A_finding_created_from_a_json_pointer_equals_the_one_created_from_its_text()
    {
        var pointer = JsonPointer.Root / "extensions" / "x-a/b~c" / 2;

        var typed = Descriptor("{value}").Create(pointer, "rule", ("value", "A"));
        var text = Descriptor("{value}").Create("/extensions/x-a~1b~0c/2", "rule", ("value", "A"));

        Assert.Equal(text, typed);
        Assert.Equal("/extensions/x-a~1b~0c/2", typed.Pointer);
        Assert.Equal(pointer, typed.Location);
        Assert.Equal(pointer, text.Location);
    }

    [Fact]
    public void Pointer_and_location_are_one_value_set_through_the_pointer()
    {
        var finding = Descriptor("m").Create(JsonPointer.Root / "a", "rule");

        var moved = finding with { Pointer = "/b/0" };
        var back = moved with { Pointer = "/a" };

        Assert.Equal(JsonPointer.Root / "b" / 0, moved.Location);
        Assert.Equal(finding, back);
        Assert.Equal(finding.GetHashCode(), back.GetHashCode());
        Assert.Equal(JsonPointer.Root, (finding with { Pointer = string.Empty }).Location);
        Assert.Throws<ArgumentNullException>(() => finding with { Pointer = null! });
    }

    [Fact]
    public void Text_that_is_not_a_pointer_is_kept_as_it_was_given()
    {
        var finding = Descriptor("m").Create("/a", "rule") with { Pointer = "/a/very...long, 300 characters" };

        Assert.Equal("/a/very...long, 300 characters", finding.Pointer);
        Assert.Equal("/a/very...long, 300 characters", finding.Location.ToString());
        Assert.Equal("not a pointer", Descriptor("m").Create("not a pointer", "rule").Pointer);
    }

    [Fact]
    public void A_placeholder_without_an_argument_is_an_argument_exception_naming_it()
    {
        var exception = Assert.Throws<ArgumentException>(() => Descriptor("{value} and {missing}").Create("/x", "rule", ("value", "A")));

        Assert.Contains("{missing}", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_attempted_value_is_shortened_but_the_message_keeps_it_whole()
    {
        var value = new string('v', 600);

        var finding = Descriptor("Got {value}.").Create("/x", "rule", ("value", value));

        Assert.Equal(100, finding.AttemptedValue!.Length);
        Assert.EndsWith("...", finding.AttemptedValue, StringComparison.Ordinal);
        Assert.Equal($"Got {value}.", finding.Message);
    }

    [Fact]
    public void The_array_and_the_span_overloads_create_equal_findings_for_any_template_and_arguments()
    {
        // Templates of placeholders that have arguments, stray and empty braces, names that are not placeholders, and text
        // without word characters (which could join stray braces into a placeholder that has no argument).
        var text = Gen.OneOf("{value}", "{a}", "{b}", "{_}", "{", "}", "{ }", "{}", "{a.b}", "-", " ", ".").Array[0, 20].Select(parts => string.Concat(parts));
        Gen.Select(text, Gen.String[0, 20], Gen.String[0, 700]).Sample((template, a, value) =>
        {
            var descriptor = Descriptor(template);
            (string, string)[] arguments = [("value", value), ("a", a), ("b", a + value), ("_", "x")];
            var fromArray = descriptor.Create("/p", "r", arguments);
            var fromSpan = descriptor.Create("/p", "r", arguments.AsSpan());
            Assert.Equal(fromArray, fromSpan);
            Assert.Equal(Naive(descriptor.MessageFormat, arguments), fromSpan.Message);
        });
    }

    /// <summary>The template filled by plain string replacement, for placeholders whose names are all given.</summary>
    private static string Naive(string template, (string Name, string Value)[] arguments)
    {
        var result = new System.Text.StringBuilder();
        var at = 0;
        while (at < template.Length)
        {
            var open = template.IndexOf('{', at);
            var close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (open < 0 || close < 0)
            {
                result.Append(template, at, template.Length - at);
                break;
            }

            var name = template[(open + 1)..close];
            var match = arguments.Where(a => a.Name == name).Select(a => a.Value).FirstOrDefault();
            if (name.Length == 0 || match is null)
            {
                result.Append(template, at, open - at + 1);
                at = open + 1;
                continue;
            }

            result.Append(template, at, open - at).Append(match);
            at = close + 1;
        }

        return result.ToString();
    }
}

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

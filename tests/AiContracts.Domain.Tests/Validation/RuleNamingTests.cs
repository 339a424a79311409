using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Validation;

namespace AiContracts.Domain.Tests.Validation;

/// <summary>One name per rule: the identifier, the class and its file agree, and the rules stay behind <see cref="BuiltInRules"/>.</summary>
public sealed class RuleNamingTests
{
    public static TheoryData<string> Ids() => [.. BuiltInRules.Ids];

    [Theory]
    [MemberData(nameof(Ids))]
    public void A_rule_class_is_named_after_its_identifier_and_is_not_public(string id)
    {
        var rule = BuiltInRules.Create(id);

        Assert.Equal(id, rule.Id);
        Assert.Equal(string.Concat(id.Split('-').Select(part => char.ToUpperInvariant(part[0]) + part[1..])) + "Rule", rule.GetType().Name);
        Assert.False(rule.GetType().IsPublic);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void A_rule_checks_its_argument_at_the_call_not_at_enumeration(string id)
    {
        var rule = BuiltInRules.Create(id);

        Assert.Throws<ArgumentNullException>(() => rule.Evaluate(null!));
    }

    [Fact]
    public void Unknown_names_are_argument_errors_not_missing_keys()
    {
        Assert.Throws<ArgumentException>(() => BuiltInRules.Create("nope"));
        Assert.Throws<ArgumentException>(() => DiagnosticCatalogue.Get("AIC9999"));
        Assert.False(DiagnosticCatalogue.TryGet("AIC9999", out _));
        Assert.True(DiagnosticCatalogue.TryGet("AIC0203", out var descriptor));
        Assert.Equal("Period cannot be applied to dates", descriptor.Title);
    }
}

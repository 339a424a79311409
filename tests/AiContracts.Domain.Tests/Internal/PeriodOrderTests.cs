using AiContracts.Domain.Diff.Internal;
using AiContracts.Domain.Validation.Rules;
using NodaTime;
using NodaTime.Text;

namespace AiContracts.Domain.Tests.Internal;

/// <summary>
/// One order of periods, by their mean Gregorian length (a month is 30.436875 days), for the playbook rules and the diff
/// alike (docs/playbooks.md and docs/diff.md say so).
/// </summary>
public sealed class PeriodOrderTests
{
    [Theory]
    [InlineData("P1M", "P31D", -1)]
    [InlineData("P1M", "P30D", 1)]
    [InlineData("P1Y", "P12M", 0)]
    [InlineData("P1Y", "P365D", 1)]
    [InlineData("P1Y", "P366D", -1)]
    [InlineData("P3M", "P91D", 1)]
    [InlineData("P3D", "PT72H", 0)]
    [InlineData("P1W", "P7D", 0)]
    [InlineData("PT25H", "P1D", 1)]
    public void The_rules_and_the_diff_order_two_periods_the_same_way(string left, string right, int sign)
    {
        var (l, r) = (Parse(left), Parse(right));

        Assert.Equal(sign, Math.Sign(RuleSupport.Compare(l, r)));
        Assert.Equal(-sign, Math.Sign(RuleSupport.Compare(r, l)));

        // The diff gives the sign of the later value minus the earlier one.
        Assert.Equal(sign, Math.Sign(DiffValues.Compare(r, l)!.Value));
        Assert.Equal(-sign, Math.Sign(DiffValues.Compare(l, r)!.Value));
    }

    [Fact]
    public void Periods_beyond_the_calendar_are_ordered_too()
    {
        Assert.True(RuleSupport.Compare(Period.FromYears(int.MaxValue), Period.FromDays(int.MaxValue)) > 0);
        Assert.True(DiffValues.Compare(Period.FromYears(int.MaxValue), Period.FromHours(long.MaxValue)) > 0);
        Assert.True(RuleSupport.Compare(Period.FromDays(-1), Period.Zero) < 0);
    }

    private static Period Parse(string text) => PeriodPattern.NormalizingIso.Parse(text).Value;
}

using AiContracts.Domain.Diff;
using AiContracts.TestUtilities;
using CsCheck;

namespace AiContracts.Domain.Tests.Diff;

/// <summary>Property tests of the diff: a contract against itself, and the two directions of one comparison.</summary>
public sealed class ContractDiffPropertyTests
{
    private const int Iterations = 300;

    [Fact]
    public void A_contract_compared_with_itself_or_an_equal_copy_has_no_changes()
    {
        ContractGenerators.Contract.Sample(
            c =>
            {
                Assert.True(ContractDiff.Compare(c, c).IsEmpty);
                Assert.True(ContractDiff.Compare(c, c with { }).Changes.IsEmpty);
            },
            iter: Iterations);
    }

    [Fact]
    public void Comparing_the_other_way_round_swaps_added_and_removed_and_mirrors_every_assessment()
    {
        Gen.Select(ContractGenerators.Contract, ContractGenerators.Contract).Sample(
            (a, b) =>
            {
                var forward = ContractDiff.Compare(a, b).Changes;
                var backward = ContractDiff.Compare(b, a).Changes;

                Assert.Equal(Summary(forward, mirror: false), Summary(backward, mirror: true));
                Assert.Equal(forward.Count(c => c.Kind == ChangeKind.Moved), backward.Count(c => c.Kind == ChangeKind.Moved));
            },
            iter: Iterations);
    }

    [Fact]
    public void A_contract_compared_with_a_changed_copy_reports_a_change_in_that_clause_group()
    {
        Gen.Select(ContractGenerators.Contract, ContractGenerators.Contract).Sample(
            (a, b) =>
            {
                var changed = a with { Pricing = b.Pricing };
                var changes = ContractDiff.Compare(a, changed).Changes;

                Assert.Equal(Equals(a.Pricing, b.Pricing), changes.IsEmpty);
                Assert.All(changes, c => Assert.Equal(ClauseGroup.Pricing, c.Group));
            },
            iter: Iterations);
    }

    /// <summary>Each change as (kind, member, before, after, assessment), seen from the earlier version; the backward diff's are turned round.</summary>
    private static List<string> Summary(IEnumerable<ContractChange> changes, bool mirror) =>
        [.. changes.Where(c => c.Kind != ChangeKind.Moved)
            .Select(c => mirror
                ? $"{Swap(c.Kind).Name}|{c.Member}|{c.After}|{c.Before}|{c.Assessment.Mirror.Name}"
                : $"{c.Kind.Name}|{c.Member}|{c.Before}|{c.After}|{c.Assessment.Name}")
            .Order(StringComparer.Ordinal)];

    private static ChangeKind Swap(ChangeKind kind) => kind == ChangeKind.Added ? ChangeKind.Removed : kind == ChangeKind.Removed ? ChangeKind.Added : kind;
}

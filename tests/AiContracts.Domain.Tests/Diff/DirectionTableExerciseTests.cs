using System.Reflection;
using AiContracts.Domain.Diff;
using AiContracts.Domain.Diff.Internal;
using AiContracts.TestUtilities;
using CsCheck;

namespace AiContracts.Domain.Tests.Diff;

/// <summary>Every row of the direction table is exercised: comparing generated records of each type produces a change it assessed.</summary>
public sealed class DirectionTableExerciseTests
{
    private const int PairsPerType = 200;

    [Fact]
    public void Every_row_except_identities_assesses_a_change_between_generated_records()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var spec in DirectionTable.RecordSpecs)
        {
            typeof(DirectionTableExerciseTests).GetMethod(nameof(Exercise), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(spec.Type)
                .Invoke(null, [ContractGenerators.Of(spec.Type), spec, seen]);
        }

        // A clause that is always there (the parties) is exercised through the members of its record.
        bool Exercised(DirectionEntry e) =>
            seen.Contains($"{e.Type}.{e.Member}")
            || (e.Rule == DirectionRule.Clause && seen.Any(m => m.StartsWith(ModelGraph.RecordTypes.Single(t => t.Name == e.Type).GetProperty(e.Member)!.PropertyType.Name + ".", StringComparison.Ordinal)));
        var unexercised = DirectionTable.Entries.Where(e => e.Rule != DirectionRule.Identity && !Exercised(e)).Select(e => $"{e.Type}.{e.Member}").ToList();
        Assert.True(unexercised.Count == 0, $"rows no comparison exercised: {string.Join(", ", unexercised)}");
    }

    [Fact]
    public void Every_assessment_of_a_row_mirrors_when_the_records_swap()
    {
        foreach (var spec in DirectionTable.RecordSpecs)
        {
            typeof(DirectionTableExerciseTests).GetMethod(nameof(Mirror), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(spec.Type)
                .Invoke(null, [ContractGenerators.Of(spec.Type), spec]);
        }
    }

    private static void Exercise<T>(Gen<T> gen, IRecordSpec spec, HashSet<string> seen) =>
        Gen.Select(gen, gen).Sample(
            (a, b) =>
            {
                var walk = new DiffWalk(mapPointers: false);
                spec.Diff(a!, b!, walk, DiffSite.Root);
                lock (seen)
                {
                    seen.UnionWith(walk.Changes.Select(c => c.Member));
                }
            },
            iter: PairsPerType);

    private static void Mirror<T>(Gen<T> gen, IRecordSpec spec) =>
        Gen.Select(gen, gen).Sample(
            (a, b) =>
            {
                var forward = new DiffWalk(mapPointers: false);
                var backward = new DiffWalk(mapPointers: false);
                spec.Diff(a!, b!, forward, DiffSite.Root);
                spec.Diff(b!, a!, backward, DiffSite.Root);
                var there = forward.Changes.Where(c => c.Kind != ChangeKind.Moved).Select(c => $"{c.Member}|{c.Before}|{c.After}|{c.Assessment.Name}").Order(StringComparer.Ordinal);
                var back = backward.Changes.Where(c => c.Kind != ChangeKind.Moved).Select(c => $"{c.Member}|{c.After}|{c.Before}|{c.Assessment.Mirror.Name}").Order(StringComparer.Ordinal);
                Assert.Equal(there, back);
            },
            iter: PairsPerType / 4);
}

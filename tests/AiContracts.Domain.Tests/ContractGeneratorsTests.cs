using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using AiContracts.Domain.Extensions;
using AiContracts.Domain.Primitives;
using AiContracts.TestUtilities;
using CsCheck;
using NodaTime;

namespace AiContracts.Domain.Tests;

/// <summary>
/// Checks the generators themselves: a thousand contracts reach every state of every member of the model, and the
/// scalar generators reach the edge cases they promise. A property test is only as good as what it generates.
/// </summary>
public sealed class ContractGeneratorsTests
{
    private const int Contracts = 1_000;

    private const int Scalars = 10_000;

    /// <summary>Whether each member of the model may be null, read once (NullabilityInfoContext is not thread-safe).</summary>
    private static readonly Dictionary<PropertyInfo, bool> MayBeNull = ComputeNullability();

    [Fact]
    public void ModelGraph_DomainAssembly_ReachesEveryRecordAndSmartEnumType()
    {
        // The contract model: everything but the diagnostics and validation machinery that reports on it, the
        // computations' inputs and results, and the diff's report.
        var exported = typeof(AiContract).Assembly.GetExportedTypes()
            .Where(t => t.Namespace is not "AiContracts.Domain.Diagnostics"
                && t.Namespace?.StartsWith("AiContracts.Domain.Validation", StringComparison.Ordinal) != true
                && t.Namespace?.StartsWith("AiContracts.Domain.Computations", StringComparison.Ordinal) != true
                && t.Namespace?.StartsWith("AiContracts.Domain.Diff", StringComparison.Ordinal) != true)
            .ToList();

        Assert.Equal(exported.Where(ModelGraph.IsRecord).OrderBy(t => t.Name, StringComparer.Ordinal), ModelGraph.RecordTypes.OrderBy(t => t.Name, StringComparer.Ordinal));
        Assert.Equal(exported.Where(ModelGraph.IsSmartEnum).OrderBy(t => t.Name, StringComparer.Ordinal), ModelGraph.SmartEnumTypes);
    }

    [Fact]
    public void ContractGenerators_EveryRecordAndEveryMemberType_HasAGenerator()
    {
        // Records are derived from their members; a member of a type with no generator (a new value object) fails here,
        // naming the type.
        foreach (var record in ModelGraph.RecordTypes)
        {
            Assert.NotNull(ContractGenerators.Of(record));
            Assert.All(ModelGraph.PropertiesOf(record), p => Assert.NotNull(ContractGenerators.ForMember(p)));
        }
    }

    [Fact]
    public void Contract_ThousandSamples_ReachEveryStateOfEveryMember()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);

        ContractGenerators.Contract.Sample(
            contract =>
            {
                var facts = new List<string>();
                ModelGraph.Walk(contract, member => Observe(member, facts));
                lock (seen)
                {
                    seen.UnionWith(facts);
                }
            },
            iter: Contracts);

        Assert.DoesNotContain(seen, f => f.StartsWith("VIOLATION", StringComparison.Ordinal));
        Assert.Empty(ExpectedFacts().Except(seen).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Identifiers_Generated_MatchTheirPatternsUpToTheMaximumLength()
    {
        var longest = new int[2];

        Gen.Select(ContractGenerators.ContractId, ContractGenerators.LocalId).Sample(
            (contractId, localId) =>
            {
                Assert.Matches(ContractId.Pattern, contractId.Value);
                Assert.Matches(LocalId.Pattern, localId.Value);
                lock (longest)
                {
                    longest[0] = Math.Max(longest[0], contractId.Value.Length);
                    longest[1] = Math.Max(longest[1], localId.Value.Length);
                }
            },
            iter: Scalars);

        Assert.Equal(ContractId.MaxLength, longest[0]);
        Assert.Equal(LocalId.MaxLength, longest[1]);
    }

    [Fact]
    public void Text_Generated_ReachesQuotesBackslashesControlAndNonBmpCharactersAndStaysWellFormed()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);

        ContractGenerators.Text.Sample(
            text =>
            {
                Assert.True(IsWellFormedUtf16(text), $"lone surrogate in {Regex.Escape(text)}");
                var facts = new List<string>();
                if (text.Length == 0)
                {
                    facts.Add("empty");
                }

                facts.AddRange(text.Where(c => c is '"' or '\\').Select(c => new string(c, 1)));
                facts.AddRange(text.Where(char.IsControl).Select(_ => "control"));
                facts.AddRange(text.Where(char.IsHighSurrogate).Select(_ => "non-BMP"));
                facts.AddRange(text.Where(c => c is > '\u007f' and < '\ud800').Select(_ => "non-ASCII BMP"));
                facts.AddRange(text.Where(c => c is '\u2028' or '\u2029').Select(_ => "line separator"));
                lock (seen)
                {
                    seen.UnionWith(facts);
                }
            },
            iter: Scalars);

        Assert.Empty(new[] { "empty", "\"", "\\", "control", "non-BMP", "non-ASCII BMP", "line separator" }.Except(seen));
    }

    [Fact]
    public void Decimals_Generated_ReachEveryScaleBothSignsAndTheBounds()
    {
        var moneyScales = new HashSet<int>();
        var decimalScales = new HashSet<int>();
        var percentages = new HashSet<string>(StringComparer.Ordinal);
        var signs = new HashSet<string>(StringComparer.Ordinal);

        Gen.Select(ContractGenerators.Money, ContractGenerators.Decimal, ContractGenerators.Percentage).Sample(
            (money, number, percentage) =>
            {
                Assert.InRange(money.Amount.Scale, 0, 6);
                Assert.InRange(percentage.Value, 0m, 100m);
                lock (signs)
                {
                    moneyScales.Add(money.Amount.Scale);
                    decimalScales.Add(number.Scale);
                    signs.Add(money.Amount < 0 ? "negative money" : "non-negative money");
                    signs.Add(number < 0 ? "negative decimal" : "non-negative decimal");
                    if (percentage.Value is 0m or 100m)
                    {
                        percentages.Add(percentage.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    }
                }
            },
            iter: Scalars);

        Assert.Equal(Enumerable.Range(0, 7), moneyScales.Order());
        Assert.Equal(Enumerable.Range(0, 29), decimalScales.Order());
        Assert.Equal(4, signs.Count);
        Assert.Contains("0", percentages);
        Assert.Contains("100", percentages);
        Assert.Contains("100.000", percentages);
    }

    [Fact]
    public void NodaTimeValues_Generated_ReachEveryPeriodUnitWideDatesAndSubSecondValues()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);

        Gen.Select(ContractGenerators.Period, ContractGenerators.Duration, ContractGenerators.LocalDate, ContractGenerators.LocalTime, ContractGenerators.Instant).Sample(
            (period, duration, date, time, instant) =>
            {
                var facts = new List<string>();
                var units = new (string Name, long Value)[]
                {
                    ("years", period.Years), ("months", period.Months), ("weeks", period.Weeks), ("days", period.Days),
                    ("hours", period.Hours), ("minutes", period.Minutes), ("seconds", period.Seconds),
                    ("milliseconds", period.Milliseconds), ("ticks", period.Ticks), ("nanoseconds", period.Nanoseconds),
                };
                facts.AddRange(units.Where(u => u.Value != 0).Select(u => "period in " + u.Name));
                facts.AddRange(units.Where(u => u.Value < 0).Select(_ => "negative period"));
                facts.Add(units.Count(u => u.Value != 0) switch { 0 => "zero period", 1 => "single-unit period", _ => "combined period" });
                facts.Add(duration.SubsecondNanoseconds != 0 ? "sub-second duration" : duration.Seconds != 0 ? "whole-second duration" : duration.Minutes != 0 ? "whole-minute duration" : "whole-hour duration");
                facts.Add(duration < Duration.Zero ? "negative duration" : "non-negative duration");
                facts.Add(date.Year < 100 ? "date before year 100" : date.Year > 9000 ? "date after 9000" : "date in between");
                facts.Add(time.NanosecondOfSecond != 0 ? "sub-second time" : "whole-second time");
                facts.Add(instant.ToUnixTimeTicks() % NodaConstants.TicksPerSecond != 0 ? "sub-second instant" : "whole-second instant");
                lock (seen)
                {
                    seen.UnionWith(facts);
                }
            },
            iter: Scalars);

        string[] expected =
        [
            "period in years", "period in months", "period in weeks", "period in days", "period in hours", "period in minutes",
            "period in seconds",
            "zero period", "single-unit period", "combined period",
            "sub-second duration", "whole-second duration", "whole-minute duration", "whole-hour duration", "negative duration", "non-negative duration",
            "date before year 100", "date after 9000", "date in between", "sub-second time", "whole-second time",
            "sub-second instant", "whole-second instant",
        ];
        Assert.Empty(expected.Except(seen));
    }

    [Fact]
    public void ExtensionObject_Generated_NestsUpToFourDeepWithSpecialNumberLiterals()
    {
        var depths = new HashSet<int>();
        var literals = new HashSet<string>(StringComparer.Ordinal);

        ContractGenerators.ExtensionObject.Sample(
            extensions =>
            {
                var found = new List<string>();
                var depth = Depth(ExtensionValue.FromObject(extensions), found);
                lock (depths)
                {
                    depths.Add(depth);
                    literals.UnionWith(found);
                }
            },
            iter: Scalars);

        Assert.Equal(new[] { 1, 2, 3, 4 }, depths.Order());
        Assert.Contains("-0", literals);
        Assert.Contains("1e400", literals);
        Assert.Contains(literals, l => l.Contains('e', StringComparison.OrdinalIgnoreCase) && !l.Contains('.', StringComparison.Ordinal));
        Assert.Contains(literals, l => l.Contains('.', StringComparison.Ordinal) && l.Length > 30);
        Assert.Contains(literals, l => !ExtensionValue.FromNumberLiteral(l).TryGetDecimal(out _));
    }

    private static void Observe(ModelMember member, List<string> facts)
    {
        var name = $"{member.Property.DeclaringType!.Name}.{member.Property.Name}";
        var type = member.Property.PropertyType;
        if (member.Value is null)
        {
            facts.Add(MayBeNull[member.Property] ? $"{name} = null" : $"VIOLATION: {name} is null but not nullable");
            return;
        }

        if (MayBeNull[member.Property])
        {
            facts.Add($"{name} = set");
        }

        switch (member.Value)
        {
            case bool flag:
                facts.Add($"{name} = {(flag ? "true" : "false")}");
                break;
            case ExtensionObject extensions:
                facts.Add(extensions.IsEmpty ? $"{name} = {{}}" : $"{name} = {{...}}");
                break;
            case IsoDayOfWeek day:
                facts.Add($"IsoDayOfWeek.{day}");
                break;
            case IEnumerable items when ModelGraph.IsValueArray(type):
                var count = 0;
                foreach (var item in items)
                {
                    count++;
                    ObserveEnum(item, facts);
                }

                facts.Add(count == 0 ? $"{name} = []" : $"{name} = [{count}]");
                break;
            default:
                ObserveEnum(member.Value, facts);
                break;
        }
    }

    private static void ObserveEnum(object? value, List<string> facts)
    {
        if (value is not null && ModelGraph.IsSmartEnum(value.GetType()))
        {
            facts.Add($"{value.GetType().Name}.{value}");
        }
    }

    private static IEnumerable<string> ExpectedFacts()
    {
        foreach (var property in ModelGraph.RecordTypes.SelectMany(ModelGraph.PropertiesOf))
        {
            var name = $"{property.DeclaringType!.Name}.{property.Name}";
            if (MayBeNull[property])
            {
                yield return $"{name} = null";
                yield return $"{name} = set";
            }

            if (ModelGraph.IsValueArray(property.PropertyType))
            {
                yield return $"{name} = []";
                yield return $"{name} = [3]";
            }
            else if (ModelGraph.ElementType(property.PropertyType) == typeof(bool))
            {
                yield return $"{name} = true";
                yield return $"{name} = false";
            }
            else if (property.PropertyType == typeof(ExtensionObject))
            {
                yield return $"{name} = {{}}";
                yield return $"{name} = {{...}}";
            }
        }

        foreach (var enumType in ModelGraph.SmartEnumTypes)
        {
            var values = (IEnumerable)enumType.GetProperty("List", BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy)!.GetValue(null)!;
            foreach (var value in values)
            {
                yield return $"{enumType.Name}.{value}";
            }
        }

        foreach (var day in new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday })
        {
            yield return $"IsoDayOfWeek.{day}";
        }
    }

    private static Dictionary<PropertyInfo, bool> ComputeNullability()
    {
        var context = new NullabilityInfoContext();
        return ModelGraph.RecordTypes.SelectMany(ModelGraph.PropertiesOf).ToDictionary(
            p => p,
            p => Nullable.GetUnderlyingType(p.PropertyType) is not null
                || (!p.PropertyType.IsValueType && context.Create(p).ReadState == NullabilityState.Nullable));
    }

    private static int Depth(ExtensionValue value, List<string> literals)
    {
        switch (value.Kind)
        {
            case ExtensionValueKind.Object:
                return 1 + value.AsObject().Select(m => Depth(m.Value, literals)).DefaultIfEmpty(0).Max();
            case ExtensionValueKind.Array:
                return 1 + value.AsArray().Select(v => Depth(v, literals)).DefaultIfEmpty(0).Max();
            case ExtensionValueKind.Number:
                literals.Add(value.AsNumberLiteral());
                return 0;
            default:
                return 0;
        }
    }

    private static bool IsWellFormedUtf16(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}

using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Internal;
using AiContracts.Domain.Primitives;
using NodaTime;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>Helpers the built-in rules share: comparing periods, naming what is missing, pointers of absent members.</summary>
internal static class RuleSupport
{
    /// <summary>Compares two periods by their mean length (<see cref="DateMath.Compare"/>, the order the diff uses too).</summary>
    internal static int Compare(Period left, Period right) => DateMath.Compare(left, right);

    /// <summary>Whether <paramref name="value"/> is longer than <paramref name="limit"/>.</summary>
    internal static bool Exceeds(Period value, Period limit) => Compare(value, limit) > 0;

    /// <summary>Joins names as "a, b and c".</summary>
    internal static string List(IReadOnlyList<string> names) =>
        names.Count <= 1 ? string.Concat(names) : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];

    /// <summary>Formats a decimal invariantly.</summary>
    internal static string Text(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The pointer of a clause group, or of the document when the group is absent.</summary>
    internal static JsonPointer Group(object? group, JsonPointer pointer) => group is null ? JsonPointer.Root : pointer;

    /// <summary>Whether any data category holds personal data.</summary>
    internal static bool ProcessesPersonalData(AiContract contract) => contract.DataProcessing?.Categories.Any(c => c.ContainsPersonalData == true) ?? false;

    /// <summary>The data categories that hold personal data, with their index.</summary>
    internal static IEnumerable<(int Index, DataProcessing.DataCategoryTerms Terms)> PersonalCategories(AiContract contract) =>
        (contract.DataProcessing?.Categories ?? []).Select((c, i) => (i, c)).Where(c => c.c.ContainsPersonalData == true);

    /// <summary>Descriptors as a value array.</summary>
    internal static ValueArray<DiagnosticDescriptor> Codes(params DiagnosticDescriptor[] descriptors) => ValueArray.From(descriptors);
}

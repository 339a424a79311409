using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation;

/// <summary>
/// Runs an ordered set of business rules over a contract built in C# (or read from JSON) and reports every finding at
/// once. The JSON pipeline in <c>AiContracts.Json</c> runs the same rules after the schema stage.
/// </summary>
/// <remarks>Thread safety: immutable; safe to share across threads when its rules are (the built-in ones are).</remarks>
public sealed class ContractValidator
{
    /// <summary>Creates a validator.</summary>
    /// <param name="rules">The rules, run in this order.</param>
    /// <param name="warningsAreErrors">Whether warnings make a report invalid.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> or one of them is null.</exception>
    public ContractValidator(IEnumerable<IContractRule> rules, bool warningsAreErrors = false)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = ValueArray.From(rules);
        if (Rules.Any(r => r is null))
        {
            throw new ArgumentNullException(nameof(rules), "A rule is null.");
        }

        WarningsAreErrors = warningsAreErrors;
    }

    /// <summary>A validator with the built-in rules: identifiers are unique and references resolve.</summary>
    public static ContractValidator Default { get; } = new([new ReferenceRule()]);

    /// <summary>The rules, in the order they run.</summary>
    public ValueArray<IContractRule> Rules { get; }

    /// <summary>Whether warnings make a report invalid.</summary>
    public bool WarningsAreErrors { get; }

    /// <summary>Validates a contract.</summary>
    /// <param name="contract">The contract.</param>
    /// <returns>Every finding of every rule, in rule order, each rule's findings ordered by pointer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contract"/> is null.</exception>
    public ValidationReport Validate(AiContract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return new ValidationReport(ValueArray.From(Evaluate(contract)), WarningsAreErrors);
    }

    /// <summary>The findings of every rule, in rule order.</summary>
    /// <param name="contract">The contract.</param>
    /// <returns>The findings.</returns>
    public IEnumerable<Diagnostic> Evaluate(AiContract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return Rules.SelectMany(rule => rule.Evaluate(contract).OrderBy(d => d.Pointer, PointerOrder.Instance));
    }

    /// <summary>Orders JSON Pointers segment by segment, array indexes as numbers (/a/2 before /a/10).</summary>
    private sealed class PointerOrder : IComparer<string>
    {
        internal static readonly PointerOrder Instance = new();

        public int Compare(string? x, string? y)
        {
            var a = (x ?? string.Empty).Split('/');
            var b = (y ?? string.Empty).Split('/');
            for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
            {
                var order = int.TryParse(a[i], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var m)
                    && int.TryParse(b[i], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
                        ? m.CompareTo(n)
                        : string.CompareOrdinal(a[i], b[i]);
                if (order != 0)
                {
                    return order;
                }
            }

            return a.Length.CompareTo(b.Length);
        }
    }
}

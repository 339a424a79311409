using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation;

/// <summary>
/// Runs the integrity checks (<see cref="ContractIntegrity"/>, always, as errors) and then an ordered set of business
/// rules over a contract built in C# (or read from JSON), and reports every finding at once. The JSON pipeline in
/// <c>AiContracts.Json</c> runs the same validator after the schema stage.
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

    /// <summary>
    /// The default validator, the same one the DI registration and the command-line tool run unless told otherwise: the
    /// integrity checks and the <see cref="Playbook.AiDeploymentBaseline"/> playbook. For structure and integrity only,
    /// use <see cref="Playbook.None"/>'s validator.
    /// </summary>
    public static ContractValidator Default { get; } = Playbook.AiDeploymentBaseline.CreateValidator();

    /// <summary>The rules, in the order they run after the integrity checks.</summary>
    public ValueArray<IContractRule> Rules { get; }

    /// <summary>Whether warnings make a report invalid.</summary>
    public bool WarningsAreErrors { get; }

    /// <summary>Validates a contract.</summary>
    /// <param name="contract">The contract.</param>
    /// <returns>Every finding of the integrity checks, then of every rule in rule order, each check's and rule's findings ordered by pointer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contract"/> is null.</exception>
    public ValidationReport Validate(AiContract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return new ValidationReport(ValueArray.From(Evaluate(contract)), WarningsAreErrors);
    }

    /// <summary>
    /// The findings of the integrity checks (errors, whatever a rule's severities say), then the warnings for members
    /// newer than the contract's declared format version (AIC0209), then those of every rule in rule order; a rule's
    /// finding that repeats an integrity finding (same code and pointer) is left out.
    /// </summary>
    /// <param name="contract">The contract.</param>
    /// <returns>The findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contract"/> is null.</exception>
    public IEnumerable<Diagnostic> Evaluate(AiContract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var findings = ContractIntegrity.Evaluate(contract);
        var seen = findings.Count == 0 ? null : findings.Select(d => (d.Code, d.Pointer)).ToHashSet();
        findings.AddRange(FormatVersions.Evaluate(contract));
        foreach (var rule in Rules)
        {
            if (ContractIntegrity.Repeats(rule))
            {
                continue;
            }

            var start = findings.Count;
            foreach (var finding in rule.Evaluate(contract))
            {
                if (seen is null || !seen.Contains((finding.Code, finding.Pointer)))
                {
                    findings.Add(finding);
                }
            }

            OrderByPointer(findings, start);
        }

        return findings;
    }

    /// <summary>
    /// Orders the findings from <paramref name="start"/> on by pointer, keeping the order of equal pointers (most rules
    /// report in document order already, which costs one comparison per finding to see).
    /// </summary>
    internal static void OrderByPointer(List<Diagnostic> findings, int start)
    {
        for (var i = start + 1; i < findings.Count; i++)
        {
            if (PointerOrder.Instance.Compare(findings[i - 1].Pointer, findings[i].Pointer) > 0)
            {
                var ordered = findings.Skip(start).OrderBy(d => d.Pointer, PointerOrder.Instance).ToList();
                findings.RemoveRange(start, ordered.Count);
                findings.AddRange(ordered);
                return;
            }
        }
    }

    /// <summary>Orders JSON Pointers segment by segment, array indexes as numbers (/a/2 before /a/10).</summary>
    internal sealed class PointerOrder : IComparer<string>
    {
        internal static readonly PointerOrder Instance = new();

        public int Compare(string? x, string? y)
        {
            // Segment by segment without splitting (this runs for every comparison of a sort).
            var a = (x ?? string.Empty).AsSpan();
            var b = (y ?? string.Empty).AsSpan();
            while (true)
            {
                var endA = a.IndexOf('/');
                var endB = b.IndexOf('/');
                var segmentA = endA < 0 ? a : a[..endA];
                var segmentB = endB < 0 ? b : b[..endB];
                var order = int.TryParse(segmentA, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var m)
                    && int.TryParse(segmentB, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
                        ? m.CompareTo(n)
                        : segmentA.SequenceCompareTo(segmentB);
                if (order != 0)
                {
                    return order;
                }

                if (endA < 0 || endB < 0)
                {
                    // The pointer with fewer segments comes first.
                    return (endA < 0 ? 0 : 1).CompareTo(endB < 0 ? 0 : 1);
                }

                a = a[(endA + 1)..];
                b = b[(endB + 1)..];
            }
        }
    }
}

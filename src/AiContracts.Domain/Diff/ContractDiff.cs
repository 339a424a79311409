using AiContracts.Domain.Computations.Invoicing;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Diff.Internal;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Diff;

/// <summary>
/// Compares two versions of a contract: what changed, matched by identity, and whom each change favours, from the
/// <see cref="DirectionTable"/>; optionally the playbook findings that appear or disappear and the invoice at a usage.
/// </summary>
/// <remarks>Thread safety: stateless; safe to call concurrently. Cost: linear in the size of the two contracts.</remarks>
public static class ContractDiff
{
    /// <summary>Compares two versions of a contract.</summary>
    /// <param name="before">The earlier version.</param>
    /// <param name="after">The later version (the redline).</param>
    /// <param name="options">Rules whose findings to compare and usage to price; none by default.</param>
    /// <returns>The changes in document order, with warnings and, when rules are given, the findings that appeared or disappeared.</returns>
    /// <exception cref="ArgumentNullException">A contract is null.</exception>
    public static ContractDiffReport Compare(AiContract before, AiContract after, ContractDiffOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        options ??= ContractDiffOptions.Default;

        var warnings = new List<string>();
        if (before.Id != after.Id)
        {
            warnings.Add($"The two documents have different contract ids ({before.Id} and {after.Id}): they may not be versions of one contract; compared anyway.");
        }

        if (before.SchemaVersion != after.SchemaVersion)
        {
            warnings.Add($"The two documents have different schema versions ({before.SchemaVersion} and {after.SchemaVersion}): compared on the members both know.");
        }

        var walk = new DiffWalk(mapPointers: options.Rules is not null);
        DirectionTable.Root.Diff(before, after, walk, DiffSite.Root);
        if (options.Usage is { } usage)
        {
            CompareInvoices(before, after, usage, walk, warnings);
        }

        return new ContractDiffReport
        {
            BeforeId = before.Id,
            AfterId = after.Id,
            Warnings = ValueArray.From(warnings),
            Changes = ValueArray.From(walk.Changes),
            Findings = options.Rules is { } rules ? ValueArray.From(CompareFindings(rules.Evaluate(before), rules.Evaluate(after), walk)) : default,
        };
    }

    /// <summary>Prices the usage under both versions with the one invoice calculator and reports a different total.</summary>
    private static void CompareInvoices(AiContract earlier, AiContract later, UsageStatement usage, DiffWalk walk, List<string> warnings)
    {
        var b = InvoiceCalculator.Calculate(earlier, usage);
        var a = InvoiceCalculator.Calculate(later, usage);
        foreach (var (invoice, which) in new[] { (b, "earlier"), (a, "later") })
        {
            if (!invoice.IsComplete || invoice.Total is null)
            {
                var first = invoice.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
                warnings.Add($"The usage could not be priced under the {which} version{(first is null ? string.Empty : $": {first.Code} {first.Message}")}");
            }
        }

        if (b is not { IsComplete: true, Total: { } before } || a is not { IsComplete: true, Total: { } after } || before == after)
        {
            return;
        }

        walk.Group = ClauseGroup.Pricing;
        var entry = new DirectionEntry
        {
            Type = nameof(Invoice),
            Member = nameof(Invoice.Total),
            JsonName = "total",
            Rule = DirectionRule.LowerIsBetter,
            WhenAdded = ChangeAssessment.NeedsReview,
        };
        var period = $"{usage.Period.FirstDay:uuuu-MM-dd} to {usage.Period.LastDay:uuuu-MM-dd}";
        if (before.Currency != after.Currency)
        {
            walk.Add(ChangeKind.Changed, JsonPointer.Root / "pricing", entry, before.ToString(), after.ToString(), ChangeAssessment.NeedsReview, $"invoice at the given usage ({period}) changed currency from {before} to {after}", null);
            return;
        }

        var difference = after.Amount - before.Amount;
        walk.Add(
            ChangeKind.Changed,
            JsonPointer.Root / "pricing",
            entry,
            before.ToString(),
            after.ToString(),
            difference > 0 ? ChangeAssessment.Unfavourable : ChangeAssessment.Favourable,
            $"invoice at the given usage ({period}) {(difference > 0 ? "rises" : "falls")} by {Math.Abs(difference).ToString(System.Globalization.CultureInfo.InvariantCulture)} {after.Currency.Code}, from {before} to {after}",
            null);
    }

    /// <summary>
    /// Findings are the same when code, severity and pointer agree, the earlier pointer read in the later document (an item
    /// matched by identity may stand at another index). Appeared ones first, each side in its own order.
    /// </summary>
    private static List<FindingChange> CompareFindings(IEnumerable<Diagnostic> before, IEnumerable<Diagnostic> after, DiffWalk walk)
    {
        static string Key(Diagnostic d, JsonPointer pointer) => $"{d.Code}|{d.Severity.Name}|{pointer}";

        var earlier = before.ToList();
        var remaining = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in earlier)
        {
            var key = Key(d, walk.Translate(d.Location));
            remaining[key] = remaining.GetValueOrDefault(key) + 1;
        }

        var changes = new List<FindingChange>();
        var kept = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in after)
        {
            var key = Key(d, d.Location);
            if (remaining.GetValueOrDefault(key) > 0)
            {
                remaining[key]--;
                kept[key] = kept.GetValueOrDefault(key) + 1;
            }
            else
            {
                changes.Add(new FindingChange { Appeared = true, Finding = d });
            }
        }

        foreach (var d in earlier)
        {
            var key = Key(d, walk.Translate(d.Location));
            if (kept.GetValueOrDefault(key) > 0)
            {
                kept[key]--;
            }
            else
            {
                changes.Add(new FindingChange { Appeared = false, Finding = d });
            }
        }

        return changes;
    }
}

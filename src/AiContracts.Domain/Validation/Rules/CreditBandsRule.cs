using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.ServiceLevels;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>
/// Service-credit tables are well formed: each band's lower bound is below its upper bound (AIC1009), bands meet
/// without gaps or overlaps (AIC1010), credits grow as attainment gets worse in the KPI's direction (AIC1011), and no
/// credit is smaller than the playbook's <see cref="PlaybookParameters.SmallestCredit"/> (AIC1012).
/// </summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
internal sealed class CreditBandsRule : ClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(
        DiagnosticCatalogue.CreditBandInverted, DiagnosticCatalogue.CreditBandsNotContiguous, DiagnosticCatalogue.CreditsNotIncreasing, DiagnosticCatalogue.CreditBelowMinimum);

    /// <summary>Creates the rule.</summary>
    /// <param name="parameters">The thresholds; <see cref="PlaybookParameters.Default"/> when null.</param>
    public CreditBandsRule(PlaybookParameters? parameters = null) => Parameters = parameters ?? PlaybookParameters.Default;

    /// <summary>The thresholds the rule reads.</summary>
    public PlaybookParameters Parameters { get; }

    /// <inheritdoc />
    public override string Id => "credit-bands";

    /// <inheritdoc />
    public override string Title => "Service-credit bands are well formed";

    /// <inheritdoc />
    public override string Area => "service levels";

    /// <inheritdoc />
    public override ValueArray<DiagnosticDescriptor> Descriptors => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Diagnostic> Findings(AiContract contract)
    {
        var findings = new List<Diagnostic>();
        var levels = contract.ServiceLevels;
        if (levels is null)
        {
            return findings;
        }

        // Each objective's KPI by identifier, looked up once per objective (a list search per objective would make
        // 10,000 objectives quadratic); the first KPI with an identifier wins, a repeated one is AIC0201.
        var directions = new Dictionary<LocalId, Direction?>(levels.Kpis.Count);
        foreach (var kpi in levels.Kpis)
        {
            directions.TryAdd(kpi.Id, kpi.Direction);
        }

        for (var i = 0; i < levels.Objectives.Count; i++)
        {
            var objective = levels.Objectives[i];
            var bands = objective.CreditBands;
            if (bands.IsEmpty)
            {
                continue;
            }

            var direction = directions.GetValueOrDefault(objective.KpiId);
            // The pointer's stem is built only for an objective with a finding.
            JsonPointer? stem = null;
            JsonPointer At(int band) => (stem ??= JsonPointer.Root / "serviceLevels" / "objectives" / i / "creditBands") / band;
            for (var j = 0; j < bands.Count; j++)
            {
                if (bands[j] is { From: { } from, To: { } to } && from >= to)
                {
                    findings.Add(DiagnosticCatalogue.CreditBandInverted.Create(At(j), Id, ("value", RuleSupport.Text(from)), ("to", RuleSupport.Text(to))));
                }

                if (bands[j].Credit < Parameters.SmallestCredit)
                {
                    findings.Add(DiagnosticCatalogue.CreditBelowMinimum.Create(At(j) / "credit", Id, ("value", bands[j].Credit.ToString()), ("minimum", Parameters.SmallestCredit.ToString())));
                }
            }

            // In ascending order of attained values, from the lowest band up.
            // (Most tables list their bands in that order already, and then nothing is sorted.)
            IReadOnlyList<int> order = InOrder(bands)
                ? new Identity(bands.Count)
                : Enumerable.Range(0, bands.Count)
                    .OrderBy(j => bands[j].From ?? decimal.MinValue)
                    .ThenBy(j => bands[j].To ?? decimal.MaxValue)
                    .ToList();
            for (var k = 1; k < order.Count; k++)
            {
                var lower = bands[order[k - 1]];
                var upper = bands[order[k]];
                var end = lower.To ?? decimal.MaxValue;
                var start = upper.From ?? decimal.MinValue;
                if (end != start)
                {
                    findings.Add(DiagnosticCatalogue.CreditBandsNotContiguous.Create(
                        At(order[k]), Id, ("problem", end < start ? "leaves a gap to" : "overlaps"), ("other", At(order[k - 1]).ToString())));
                }

                if (direction is null)
                {
                    continue;
                }

                // Higher is better: the lower band is the worse one and must credit more; lower is better: the upper band.
                var (worse, better) = direction == Direction.HigherIsBetter ? (order[k - 1], order[k]) : (order[k], order[k - 1]);
                if (bands[worse].Credit <= bands[better].Credit)
                {
                    findings.Add(DiagnosticCatalogue.CreditsNotIncreasing.Create(
                        At(worse) / "credit", Id, ("value", bands[worse].Credit.ToString()), ("other", At(better).ToString()), ("otherCredit", bands[better].Credit.ToString())));
                }
            }
        }

        return findings;
    }

    /// <summary>Whether the bands are in ascending order of their lower bound, then of their upper bound (no bound lowest and highest, as the sort does).</summary>
    private static bool InOrder(ValueArray<ServiceCreditBand> bands)
    {
        for (var j = 1; j < bands.Count; j++)
        {
            var (from, previousFrom) = (bands[j].From ?? decimal.MinValue, bands[j - 1].From ?? decimal.MinValue);
            if (from < previousFrom || (from == previousFrom && (bands[j].To ?? decimal.MaxValue) < (bands[j - 1].To ?? decimal.MaxValue)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The order 0, 1, 2... without a list.</summary>
    private sealed class Identity(int count) : IReadOnlyList<int>
    {
        public int this[int index] => index;

        public int Count => count;

        public IEnumerator<int> GetEnumerator() => Enumerable.Range(0, count).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
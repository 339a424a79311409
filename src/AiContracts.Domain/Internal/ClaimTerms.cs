using AiContracts.Domain.Computations.ServiceCredits;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.ServiceLevels;

namespace AiContracts.Domain.Internal;

/// <summary>
/// The claim terms of format 1.1, applied the same way by the SLA evaluator (when it knows credit amounts) and by the
/// invoice (when it computes them): an objective's maximum credit per claim, then its minimum credit, then, when the
/// contract pays one objective per claim, only the highest credit of the period (docs/computations.md).
/// </summary>
internal static class ClaimTerms
{
    /// <summary>The credit after the objective's maximum per claim and minimum credit; a flag is null when the objective states no such term.</summary>
    internal static (Money Amount, bool? MaximumApplied, bool? BelowMinimum) Limit(ServiceLevelObjective objective, Money amount)
    {
        bool? maximumApplied = null;
        bool? belowMinimum = null;
        if (objective.MaximumCreditPerClaim is { } maximum && maximum.Currency == amount.Currency)
        {
            var most = ComputationSupport.RoundCap(maximum);
            maximumApplied = amount.Amount > most.Amount;
            amount = maximumApplied.Value ? most : amount;
        }

        if (objective.MinimumCredit is { } minimum && minimum.Currency == amount.Currency)
        {
            belowMinimum = amount.Amount < minimum.Amount;
            amount = belowMinimum.Value ? ComputationSupport.Zero(amount.Currency) : amount;
        }

        return (amount, maximumApplied, belowMinimum);
    }

    /// <summary>The objective of a contract with an id; null when there is none.</summary>
    internal static ServiceLevelObjective? Objective(AiContract contract, LocalId id) =>
        contract.ServiceLevels?.Objectives.FirstOrDefault(o => o.Id == id);

    /// <summary>
    /// The index of the credit paid when only the highest is (one objective per claim): the largest amount, the first
    /// in contract order on a tie; null when there is no candidate.
    /// </summary>
    internal static int? Highest(IReadOnlyList<decimal> credits)
    {
        int? best = null;
        for (var i = 0; i < credits.Count; i++)
        {
            if (best is null || credits[i] > credits[best.Value])
            {
                best = i;
            }
        }

        return best;
    }

    /// <summary>
    /// Marks the credits of an evaluation that are not paid because the contract pays only the highest credit of a
    /// period: by amount when every credited objective has one, else by percentage when every credited objective has
    /// the same credit base (kind and meters or AI systems) and no amount limits, else not at all (the invoice decides,
    /// with amounts).
    /// </summary>
    internal static List<ObjectiveEvaluation> OneObjectivePerClaim(AiContract contract, List<ObjectiveEvaluation> results)
    {
        if (contract.ServiceLevels?.HighestCreditOnly != true)
        {
            return results;
        }

        var credited = results.Select((r, i) => (Result: r, Index: i))
            .Where(c => c.Result.Evaluated && c.Result.CreditPercentage.Value > 0 && c.Result.CreditBelowMinimum != true)
            .ToList();
        if (credited.Count == 0)
        {
            return results;
        }

        int? winner;
        if (credited.All(c => c.Result.CreditAmount is not null))
        {
            winner = Highest([.. credited.Select(c => c.Result.CreditAmount!.Amount)]);
        }
        else if (credited.Select(c => BaseKey(contract, c.Result)).Distinct(StringComparer.Ordinal).Count() == 1
            && credited.All(c => Objective(contract, c.Result.ObjectiveId) is { MinimumCredit: null, MaximumCreditPerClaim: null }))
        {
            winner = Highest([.. credited.Select(c => c.Result.CreditPercentage.Value)]);
        }
        else
        {
            return results;
        }

        var copy = results.ToList();
        for (var c = 0; c < credited.Count; c++)
        {
            var (result, index) = credited[c];
            copy[index] = result with
            {
                CreditSuperseded = c != winner,
                CreditAmount = c != winner && result.CreditAmount is { } amount ? ComputationSupport.Zero(amount.Currency) : result.CreditAmount,
            };
        }

        return copy;
    }

    /// <summary>What an objective's credit base is computed from, as text: its kind, and the meters or the KPI's AI systems that select the fees.</summary>
    private static string BaseKey(AiContract contract, ObjectiveEvaluation result)
    {
        var objective = Objective(contract, result.ObjectiveId);
        IEnumerable<LocalId> scope = result.CreditBase == CreditBase.AffectedMeterFees ? objective?.MeterIds ?? []
            : result.CreditBase == CreditBase.AffectedServiceMonthlyFees ? contract.ServiceLevels?.Kpis.FirstOrDefault(k => k.Id == objective?.KpiId)?.AiSystemIds ?? []
            : [];
        return $"{result.CreditBase?.Name}|{string.Join(",", scope.Select(m => m.Value).Order(StringComparer.Ordinal))}";
    }
}

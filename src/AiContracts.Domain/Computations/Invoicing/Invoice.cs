using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Pricing;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Computations.Invoicing;

/// <summary>
/// The invoice a contract implies for one billing period's usage: a line per meter and tier, flat fees, cap adjustments,
/// the minimum-commitment true-up, service credits and the prepaid drawdown, in the contract's currency.
/// </summary>
/// <remarks>
/// Every line is rounded to the currency's minor unit and the totals are sums of lines, so the lines always add up to
/// <see cref="Total"/>. Bad input is reported in <see cref="Diagnostics"/>; an element with an error is left out rather
/// than priced wrongly, and <see cref="IsComplete"/> is then false. Thread safety: immutable; safe to share across threads.
/// </remarks>
public sealed record Invoice
{
    /// <summary>The contract invoiced.</summary>
    public required ContractId ContractId { get; init; }

    /// <summary>The billing period.</summary>
    public required ComputationPeriod Period { get; init; }

    /// <summary>The contract's currency; null when the contract has no pricing terms.</summary>
    public Currency? Currency { get; init; }

    /// <summary>The rounding mode applied: the contract's, or <see cref="RoundingMode.HalfEven"/> when it states none.</summary>
    public RoundingMode? Rounding { get; init; }

    /// <summary>The lines, in order: per meter (flat fee, usage per tier, tier flat fees, tier and event adjustments, overage, minimum charge, cap adjustment), then discounts, the minimum-commitment true-up, the total spend cap adjustment, service credits, tax and the prepaid drawdown.</summary>
    public ValueArray<InvoiceLine> Lines { get; init; }

    /// <summary>The period's fees: the sum of every line before service credits, tax and the prepaid drawdown (discounts included); null without pricing terms.</summary>
    public Money? Charges { get; init; }

    /// <summary>The service credits applied (zero or negative); null without pricing terms.</summary>
    public Money? Credits { get; init; }

    /// <summary>The discounts applied (zero or negative), included in <see cref="Charges"/>; null when the pricing states no discounts. Introduced in format 1.1.</summary>
    public Money? Discounts { get; init; }

    /// <summary>The tax charged; null when the pricing states no tax. Introduced in format 1.1.</summary>
    public Money? Tax { get; init; }

    /// <summary>The prepaid fees drawn down (zero or negative); null without pricing terms.</summary>
    public Money? PrepaidDrawdown { get; init; }

    /// <summary>The amount due: the sum of all lines, never negative; null without pricing terms.</summary>
    public Money? Total { get; init; }

    /// <summary>The prepaid balance left after this invoice; null without pricing terms.</summary>
    public Money? PrepaidBalanceRemaining { get; init; }

    /// <summary>Findings about the input: unknown meters, negative quantities, other currencies, incomplete pricing terms.</summary>
    public ValueArray<Diagnostic> Diagnostics { get; init; }

    /// <summary>Whether the invoice has no error findings, so that every element was priced.</summary>
    public bool IsComplete => !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}

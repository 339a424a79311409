using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Pricing;

/// <summary>The tax charged on an invoice, and which reductions come before it. Introduced in format 1.1.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record TaxTerms
{
    /// <summary>The tax rate, for example 19 for 19 % VAT. Introduced in format 1.1.</summary>
    public required Percentage Rate { get; init; }

    /// <summary>The tax's name, for example "VAT". Introduced in format 1.1.</summary>
    public string? Name { get; init; }

    /// <summary>Whether discounts reduce the taxable amount (before tax) or the amount due after tax; before tax when not stated. Introduced in format 1.1.</summary>
    public TaxOrder? DiscountsApply { get; init; }

    /// <summary>Whether service credits reduce the taxable amount (before tax) or the amount due after tax; before tax when not stated. Introduced in format 1.1.</summary>
    public TaxOrder? CreditsApply { get; init; }
}

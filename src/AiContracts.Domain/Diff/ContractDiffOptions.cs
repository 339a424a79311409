using AiContracts.Domain.Computations.Invoicing;
using AiContracts.Domain.Internal;
using AiContracts.Domain.Validation;

namespace AiContracts.Domain.Diff;

/// <summary>What a diff looks at beyond the terms themselves.</summary>
/// <remarks>Thread safety: immutable.</remarks>
public sealed record ContractDiffOptions
{
    /// <summary>No findings view and no invoice comparison.</summary>
    public static ContractDiffOptions Default { get; } = new();

    /// <summary>
    /// The rules whose findings are compared (for example <c>Playbook.AiDeploymentBaseline.CreateValidator()</c>);
    /// null for no findings view.
    /// </summary>
    public ContractValidator? Rules { get; init; }

    /// <summary>A billing period's usage: both versions are priced with <see cref="InvoiceCalculator"/> and the totals compared; null for none.</summary>
    public UsageStatement? Usage { get; init; }

    /// <summary>The members, culture-invariant.</summary>
    /// <returns>The record's members as text.</returns>
    public override string ToString() => InvariantText.Record(nameof(ContractDiffOptions), PrintMembers);
}

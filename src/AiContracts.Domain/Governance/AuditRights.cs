using AiContracts.Domain.Internal;
using AiContracts.Domain.Primitives;
using NodaTime;

namespace AiContracts.Domain.Governance;

/// <summary>The customer's rights to audit the provider.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record AuditRights
{
    /// <summary>How many audits a year the customer may carry out; null for no limit.</summary>
    public int? MaxAuditsPerYear { get; init; }

    /// <summary>How long before an audit the customer gives notice.</summary>
    public Period? Notice { get; init; }

    /// <summary>Whether an independent auditor may audit on the customer's behalf; null when the contract does not say.</summary>
    public bool? ThirdPartyAuditorAllowed { get; init; }

    /// <summary>Whether the right extends to sub-processors; null when the contract does not say.</summary>
    public bool? IncludesSubProcessors { get; init; }

    /// <summary>What may be audited.</summary>
    public ValueArray<string> Scope { get; init; }

    /// <summary>Who bears the cost.</summary>
    public CostBasis? Cost { get; init; }

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(AuditRights), PrintMembers);
}

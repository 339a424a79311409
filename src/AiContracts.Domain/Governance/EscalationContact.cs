using AiContracts.Domain.Internal;
using NodaTime;

namespace AiContracts.Domain.Governance;

/// <summary>A contact on the escalation path.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record EscalationContact
{
    /// <summary>The escalation level, 1 first.</summary>
    public required int Level { get; init; }

    /// <summary>Which party the contact belongs to.</summary>
    public required PartyRole Party { get; init; }

    /// <summary>The contact's name or function.</summary>
    public required string Name { get; init; }

    /// <summary>The contact's role.</summary>
    public string? Role { get; init; }

    /// <summary>An e-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>A telephone number.</summary>
    public string? Phone { get; init; }

    /// <summary>How soon the contact responds to an escalation.</summary>
    public Period? ResponseTime { get; init; }

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(EscalationContact), PrintMembers);
}

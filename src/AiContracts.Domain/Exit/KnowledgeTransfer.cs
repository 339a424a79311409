using AiContracts.Domain.Internal;
using AiContracts.Domain.Primitives;
using NodaTime;

namespace AiContracts.Domain.Exit;

/// <summary>Knowledge transfer to the customer's internal teams.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record KnowledgeTransfer
{
    /// <summary>Who receives it, for example "Group ML platform team".</summary>
    public string? Recipients { get; init; }

    /// <summary>Hours of workshops, pairing and reviews.</summary>
    public int? Hours { get; init; }

    /// <summary>Documents and sessions delivered.</summary>
    public ValueArray<string> Deliverables { get; init; }

    /// <summary>How soon after notice of termination it is complete.</summary>
    public Period? Deadline { get; init; }

    /// <summary>How it is paid for.</summary>
    public CostBasis? Cost { get; init; }

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(KnowledgeTransfer), PrintMembers);
}

using Ardalis.SmartEnum;

namespace AiContracts.Domain.Diff;

/// <summary>The part of a contract a change belongs to: the top-level member of <see cref="AiContract"/> it sits under.</summary>
/// <remarks>A closed vocabulary, written to JSON by name; ordered as a contract reads. Thread safety: immutable.</remarks>
public sealed class ClauseGroup : SmartEnum<ClauseGroup>
{
    /// <summary>The contract's own members: identity, title, status, parties, dates, term, law and time zone.</summary>
    public static readonly ClauseGroup General = new(nameof(General), 1, "general");

    /// <summary>The AI systems covered.</summary>
    public static readonly ClauseGroup AiSystems = new(nameof(AiSystems), 2, "AI systems");

    /// <summary>KPIs, objectives with credit tables, drift monitoring.</summary>
    public static readonly ClauseGroup ServiceLevels = new(nameof(ServiceLevels), 3, "service levels");

    /// <summary>Data categories, sub-processors, breach notification.</summary>
    public static readonly ClauseGroup DataProcessing = new(nameof(DataProcessing), 4, "data processing");

    /// <summary>Interfaces, compatibility, acceptance tests, the sandbox proof.</summary>
    public static readonly ClauseGroup Integration = new(nameof(Integration), 5, "integration");

    /// <summary>Meters, tiers, caps, commitments, fees, refunds and what an invoice comes to.</summary>
    public static readonly ClauseGroup Pricing = new(nameof(Pricing), 6, "pricing");

    /// <summary>Termination rights, transition, portability, model artifacts, knowledge transfer.</summary>
    public static readonly ClauseGroup Exit = new(nameof(Exit), 7, "exit");

    /// <summary>Reporting, audit, incident and model-change notice, escalation.</summary>
    public static readonly ClauseGroup Governance = new(nameof(Governance), 8, "governance");

    /// <summary>The open extension object.</summary>
    public static readonly ClauseGroup Extensions = new(nameof(Extensions), 9, "extensions");

    private ClauseGroup(string name, int value, string title)
        : base(name, value)
    {
        Title = title;
    }

    /// <summary>The group's name for people, in lower case: <c>service levels</c>.</summary>
    public string Title { get; }
}

using AiContracts.Domain.Primitives;
using NodaTime;

namespace AiContracts.Domain.Governance;

/// <summary>Notice of changes to deployed models and the customer's right to test them first.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record ModelChangeNotice
{
    /// <summary>How long before a change the provider announces it.</summary>
    public Period? Notice { get; init; }

    /// <summary>The kinds of change that need notice; empty for all.</summary>
    public ValueArray<ModelChangeKind> AppliesTo { get; init; }

    /// <summary>Whether the customer may test the changed model before it reaches production; null when the contract does not say.</summary>
    public bool? RightToTestBeforeRollout { get; init; }

    /// <summary>How long the customer has to test.</summary>
    public Period? TestPeriod { get; init; }

    /// <summary>Whether the customer may reject the change or have it rolled back; null when the contract does not say.</summary>
    public bool? RightToRejectOrRollBack { get; init; }
}

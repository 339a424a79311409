using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Systems;

/// <summary>An AI system the contract covers.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record AiSystem
{
    /// <summary>The system's identifier within the contract; KPIs, meters and drift monitors refer to it.</summary>
    public required LocalId Id { get; init; }

    /// <summary>The system's name, for example "Claims triage classifier".</summary>
    public required string Name { get; init; }

    /// <summary>The version covered, for example "2026-05" or "3.2.0".</summary>
    public string? Version { get; init; }

    /// <summary>What kind of system it is.</summary>
    public required AiSystemKind Kind { get; init; }

    /// <summary>Where and by whom it runs.</summary>
    public HostingModel? Hosting { get; init; }

    /// <summary>The format the model is stored in.</summary>
    public ModelFormat? ModelFormat { get; init; }

    /// <summary>The base model a fine-tuned or custom model derives from.</summary>
    public string? BaseModel { get; init; }

    /// <summary>Whether the model is fine-tuned or trained for this customer (its artifacts then matter at exit); null when the contract does not say.</summary>
    public bool? CustomisedForCustomer { get; init; }

    /// <summary>What the system is used for, in the customer's words.</summary>
    public string? IntendedUse { get; init; }

    /// <summary>The system's risk class under the EU AI Act.</summary>
    public RiskClass? RiskClass { get; init; }
}

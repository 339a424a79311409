using Ardalis.SmartEnum;

namespace AiContracts.Domain.Governance;

/// <summary>A change to a deployed model that needs notice.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class ModelChangeKind : SmartEnum<ModelChangeKind>
{
    /// <summary>A new model version replaces the current one.</summary>
    public static readonly ModelChangeKind VersionUpgrade = new(nameof(VersionUpgrade), 1);

    /// <summary>The model is retrained on new data.</summary>
    public static readonly ModelChangeKind Retraining = new(nameof(Retraining), 2);

    /// <summary>Decoding parameters, prompts or safety filters change.</summary>
    public static readonly ModelChangeKind ConfigurationChange = new(nameof(ConfigurationChange), 3);

    /// <summary>The model or a version is withdrawn.</summary>
    public static readonly ModelChangeKind Deprecation = new(nameof(Deprecation), 4);

    /// <summary>The model moves to other hardware or another region.</summary>
    public static readonly ModelChangeKind InfrastructureChange = new(nameof(InfrastructureChange), 5);

    private ModelChangeKind(string name, int value)
        : base(name, value)
    {
    }
}

using Ardalis.SmartEnum;

namespace AiContracts.Domain.Exit;

/// <summary>A model artifact handed over at exit.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class ArtifactKind : SmartEnum<ArtifactKind>
{
    /// <summary>Weights of a fine-tuned or custom-trained model.</summary>
    public static readonly ArtifactKind FineTunedWeights = new(nameof(FineTunedWeights), 1);

    /// <summary>Adapter weights (for example LoRA).</summary>
    public static readonly ArtifactKind Adapters = new(nameof(Adapters), 2);

    /// <summary>Source code used to train the model.</summary>
    public static readonly ArtifactKind TrainingCode = new(nameof(TrainingCode), 3);

    /// <summary>The pipeline that prepares data and trains the model, runnable by the customer.</summary>
    public static readonly ArtifactKind TrainingPipeline = new(nameof(TrainingPipeline), 4);

    /// <summary>The evaluation suite and harness.</summary>
    public static readonly ArtifactKind EvaluationHarness = new(nameof(EvaluationHarness), 5);

    /// <summary>Prompt templates and system prompts.</summary>
    public static readonly ArtifactKind PromptTemplates = new(nameof(PromptTemplates), 6);

    /// <summary>Feature definitions and preprocessing code.</summary>
    public static readonly ArtifactKind FeatureDefinitions = new(nameof(FeatureDefinitions), 7);

    /// <summary>Model cards and technical documentation.</summary>
    public static readonly ArtifactKind Documentation = new(nameof(Documentation), 8);

    private ArtifactKind(string name, int value)
        : base(name, value)
    {
    }
}

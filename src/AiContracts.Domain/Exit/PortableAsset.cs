using Ardalis.SmartEnum;

namespace AiContracts.Domain.Exit;

/// <summary>Something the customer can take away at exit.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class PortableAsset : SmartEnum<PortableAsset>
{
    /// <summary>All data the customer provided.</summary>
    public static readonly PortableAsset CustomerData = new(nameof(CustomerData), 1);

    /// <summary>Outputs the system produced for the customer.</summary>
    public static readonly PortableAsset InferenceOutputs = new(nameof(InferenceOutputs), 2);

    /// <summary>Logs and telemetry about the customer's use.</summary>
    public static readonly PortableAsset LogsAndTelemetry = new(nameof(LogsAndTelemetry), 3);

    /// <summary>Prompts, templates and configuration.</summary>
    public static readonly PortableAsset PromptsAndConfiguration = new(nameof(PromptsAndConfiguration), 4);

    /// <summary>Data prepared for fine-tuning.</summary>
    public static readonly PortableAsset FineTuningData = new(nameof(FineTuningData), 5);

    /// <summary>Vector embeddings computed from customer data.</summary>
    public static readonly PortableAsset Embeddings = new(nameof(Embeddings), 6);

    /// <summary>Evaluation sets and results.</summary>
    public static readonly PortableAsset EvaluationResults = new(nameof(EvaluationResults), 7);

    /// <summary>Feedback collected on outputs.</summary>
    public static readonly PortableAsset Feedback = new(nameof(Feedback), 8);

    private PortableAsset(string name, int value)
        : base(name, value)
    {
    }
}

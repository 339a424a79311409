using Ardalis.SmartEnum;

namespace AiContracts.Domain.DataProcessing;

/// <summary>A category of data that flows between customer and provider.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class DataCategory : SmartEnum<DataCategory>
{
    /// <summary>Data used to train a model.</summary>
    public static readonly DataCategory Training = new(nameof(Training), 1);

    /// <summary>Data used to fine-tune a model.</summary>
    public static readonly DataCategory FineTuning = new(nameof(FineTuning), 2);

    /// <summary>Inputs sent to the model (prompts, features, documents).</summary>
    public static readonly DataCategory InferenceInput = new(nameof(InferenceInput), 3);

    /// <summary>Outputs returned by the model.</summary>
    public static readonly DataCategory InferenceOutput = new(nameof(InferenceOutput), 4);

    /// <summary>Logs, traces and usage telemetry.</summary>
    public static readonly DataCategory LogsAndTelemetry = new(nameof(LogsAndTelemetry), 5);

    /// <summary>Ratings, corrections and other feedback on outputs.</summary>
    public static readonly DataCategory Feedback = new(nameof(Feedback), 6);

    /// <summary>Labelled data used to evaluate the model.</summary>
    public static readonly DataCategory Evaluation = new(nameof(Evaluation), 7);

    private DataCategory(string name, int value)
        : base(name, value)
    {
    }
}

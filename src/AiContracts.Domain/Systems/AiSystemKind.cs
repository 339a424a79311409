using Ardalis.SmartEnum;

namespace AiContracts.Domain.Systems;

/// <summary>What kind of AI system a contract covers.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class AiSystemKind : SmartEnum<AiSystemKind>
{
    /// <summary>A large language model used for generation, chat or extraction.</summary>
    public static readonly AiSystemKind LargeLanguageModel = new(nameof(LargeLanguageModel), 1);

    /// <summary>A classification model.</summary>
    public static readonly AiSystemKind Classifier = new(nameof(Classifier), 2);

    /// <summary>A regression model predicting a quantity.</summary>
    public static readonly AiSystemKind Regression = new(nameof(Regression), 3);

    /// <summary>A time-series forecasting model.</summary>
    public static readonly AiSystemKind Forecasting = new(nameof(Forecasting), 4);

    /// <summary>A recommendation or ranking model.</summary>
    public static readonly AiSystemKind Recommender = new(nameof(Recommender), 5);

    /// <summary>An image or video model.</summary>
    public static readonly AiSystemKind ComputerVision = new(nameof(ComputerVision), 6);

    /// <summary>A speech recognition or synthesis model.</summary>
    public static readonly AiSystemKind Speech = new(nameof(Speech), 7);

    /// <summary>A model producing vector embeddings.</summary>
    public static readonly AiSystemKind Embedding = new(nameof(Embedding), 8);

    /// <summary>An agentic system that plans and calls tools.</summary>
    public static readonly AiSystemKind Agent = new(nameof(Agent), 9);

    /// <summary>Another kind of system; describe it in the intended use.</summary>
    public static readonly AiSystemKind Other = new(nameof(Other), 10);

    private AiSystemKind(string name, int value)
        : base(name, value)
    {
    }
}

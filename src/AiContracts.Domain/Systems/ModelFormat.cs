using Ardalis.SmartEnum;

namespace AiContracts.Domain.Systems;

/// <summary>The format a model or its weights are stored and handed over in.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class ModelFormat : SmartEnum<ModelFormat>
{
    /// <summary>Open Neural Network Exchange (ONNX).</summary>
    public static readonly ModelFormat Onnx = new(nameof(Onnx), 1, isOpen: true);

    /// <summary>Hugging Face safetensors weights.</summary>
    public static readonly ModelFormat Safetensors = new(nameof(Safetensors), 2, isOpen: true);

    /// <summary>GGUF, as used by llama.cpp.</summary>
    public static readonly ModelFormat Gguf = new(nameof(Gguf), 3, isOpen: true);

    /// <summary>Predictive Model Markup Language.</summary>
    public static readonly ModelFormat Pmml = new(nameof(Pmml), 4, isOpen: true);

    /// <summary>PyTorch TorchScript.</summary>
    public static readonly ModelFormat TorchScript = new(nameof(TorchScript), 5, isOpen: true);

    /// <summary>TensorFlow SavedModel.</summary>
    public static readonly ModelFormat TensorFlowSavedModel = new(nameof(TensorFlowSavedModel), 6, isOpen: true);

    /// <summary>A format only the provider's tooling can read.</summary>
    public static readonly ModelFormat Proprietary = new(nameof(Proprietary), 7, isOpen: false);

    private ModelFormat(string name, int value, bool isOpen)
        : base(name, value)
    {
        IsOpen = isOpen;
    }

    /// <summary>Whether the format is openly specified and readable with tools not controlled by the provider.</summary>
    public bool IsOpen { get; }
}

using System.Text.Json;

namespace AiContracts.Json.Internal.Converters;

/// <summary>
/// Thrown by this library's converters: its message is already the detail a person reads, so the error translator
/// passes it through instead of classifying System.Text.Json's own message text (which can contain input values).
/// </summary>
internal sealed class ModelJsonException : JsonException
{
    public ModelJsonException()
    {
    }

    public ModelJsonException(string message)
        : base(message)
    {
    }

    public ModelJsonException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public ModelJsonException(string message, string subPath)
        : base(message) => SubPath = subPath;

    /// <summary>Where inside the value the converter read the problem, as a JSON path suffix such as <c>.a[2]</c>.</summary>
    public string? SubPath { get; }
}

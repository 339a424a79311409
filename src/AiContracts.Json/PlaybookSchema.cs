namespace AiContracts.Json;

/// <summary>
/// The published JSON Schema (draft 2020-12) of playbook documents, embedded in this assembly; the same file is checked
/// in as <c>docs/schema/playbook.schema.json</c>. <see cref="PlaybookJson.Read(string)"/> checks the same constraints and
/// reports them as diagnostics.
/// </summary>
/// <remarks>Thread safety: all members are immutable and safe to share across threads.</remarks>
public static class PlaybookSchema
{
    private const string ResourceName = "AiContracts.Json.playbook.schema.json";

    private static readonly Lazy<string> LazyText = new(ReadText);

    /// <summary>The <c>$id</c> of the schema.</summary>
    public const string Id = "https://schemas.aicontracts.dev/playbook/1.0/playbook.schema.json";

    /// <summary>The schema document as text (UTF-8 JSON, indented).</summary>
    public static string Text => LazyText.Value;

    private static string ReadText()
    {
        using var stream = typeof(PlaybookSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from {typeof(PlaybookSchema).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

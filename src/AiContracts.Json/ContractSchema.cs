namespace AiContracts.Json;

/// <summary>
/// The published JSON Schema (draft 2020-12) of contract documents, embedded in this assembly as text. The same file is
/// checked in as <c>docs/schema/ai-contract.schema.json</c>. <see cref="ContractDocumentValidator"/> evaluates it,
/// compiled; to evaluate it with a JSON Schema library of your choice, give that library <see cref="Text"/>.
/// </summary>
/// <remarks>
/// The schema is generated from the model and kept equal to it by tests: every member, nothing more;
/// <c>additionalProperties: false</c> everywhere except <c>extensions</c>; vocabularies as <c>enum</c>s; patterns and
/// ranges from the value objects. It describes format version 1.x (its <c>$id</c> carries the latest minor version it describes, <c>1.2</c>; 1.0 and 1.1 documents are valid against it).
/// <para>Thread safety: all members are immutable and safe to share across threads.</para>
/// </remarks>
public static class ContractSchema
{
    private const string ResourceName = "AiContracts.Json.ai-contract.schema.json";

    private static readonly Lazy<string> LazyText = new(ReadText);

    /// <summary>The <c>$id</c> of the schema; it carries the format version it describes.</summary>
    public const string Id = "https://schemas.aicontracts.dev/ai-contract/1.2/ai-contract.schema.json";

    /// <summary>The schema document as text (UTF-8 JSON, indented).</summary>
    public static string Text => LazyText.Value;

    private static string ReadText()
    {
        using var stream = typeof(ContractSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from {typeof(ContractSchema).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

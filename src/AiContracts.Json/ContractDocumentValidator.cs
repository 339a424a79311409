using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AiContracts.Domain;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.Validation;
using AiContracts.Json.Internal;

namespace AiContracts.Json;

/// <summary>
/// Validates contract documents in one pass and reports every problem at once, each with a stable code, a JSON
/// Pointer, a line and a column: malformed JSON, size and depth limits, every schema violation, values the model
/// cannot hold, and then the business rules on the contract read from the already-parsed document.
/// The schema stage is the published <see cref="ContractSchema"/>, compiled into a single walk of the parsed
/// document; its findings equal those of JsonSchema.Net's list output on the same document (a test holds them equal).
/// </summary>
/// <remarks>
/// Never throws for bad input: everything becomes a diagnostic (only a null argument throws). Business rules run only
/// when the structure is valid. Thread safety: immutable; create one and share it.
/// </remarks>
public sealed class ContractDocumentValidator
{
    private readonly AiContractSerializer _serializer;
    private readonly JsonSerializerOptions _json;
    private readonly JsonTypeInfo<AiContract> _contractInfo;
    private readonly bool _warningsAreErrors;
    private readonly DocumentSpec _spec;

    /// <summary>Creates a validator.</summary>
    /// <param name="options">The options; <see cref="ContractValidationOptions.Default"/> when null.</param>
    /// <param name="rules">The business rules; <see cref="ContractValidator.Default"/> when null.</param>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public ContractDocumentValidator(ContractValidationOptions? options = null, ContractValidator? rules = null)
    {
        Options = options ?? ContractValidationOptions.Default;
        Rules = rules ?? ContractValidator.Default;
        if (Options.MaxDiagnostics < 1)
        {
            throw new ArgumentException($"MaxDiagnostics is {Options.MaxDiagnostics}; it must be 1 or more.", nameof(options));
        }

        _warningsAreErrors = Options.WarningsAreErrors || Rules.WarningsAreErrors;
        _serializer = new AiContractSerializer(Options.Json);
        _json = _serializer.JsonSerializerOptions;
        _contractInfo = (JsonTypeInfo<AiContract>)_json.GetTypeInfo(typeof(AiContract));
        _spec = new DocumentSpec(DocumentKind.Contract, Options.Json.MaxDocumentBytes, Options.Json.MaxDepth, Options.MaxDiagnostics, _json, typeof(AiContract), CompiledSchema.Contract);
    }

    /// <summary>A validator with the default options and rules.</summary>
    public static ContractDocumentValidator Default { get; } = new();

    /// <summary>The options.</summary>
    public ContractValidationOptions Options { get; }

    /// <summary>The business rules run after the schema stage.</summary>
    public ContractValidator Rules { get; }

    /// <summary>Validates a contract built in C#: business rules only.</summary>
    /// <param name="contract">The contract.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contract"/> is null.</exception>
    public ValidationReport Validate(AiContract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return new ValidationReport(ValueArray.From(Cap(Rules.Evaluate(contract).ToList())), _warningsAreErrors);
    }

    /// <summary>Validates a document given as text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public DocumentResult<AiContract> Validate(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Result(DocumentPipeline.Read<AiContract>(json, _spec, ValidateDocument));
    }

    /// <summary>Validates a document given as UTF-8 bytes (a leading byte-order mark is allowed).</summary>
    /// <param name="utf8Json">The UTF-8 bytes.</param>
    /// <returns>The result.</returns>
    public DocumentResult<AiContract> Validate(ReadOnlyMemory<byte> utf8Json) => Result(DocumentPipeline.Read<AiContract>(utf8Json, _spec, ValidateDocument));

    /// <summary>Validates a document read from a stream of UTF-8 JSON; the stream is read to its end, not closed.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">Reading the stream failed; the stream's own exceptions (such as <see cref="NotSupportedException"/> for a stream that cannot be read) surface as they are.</exception>
    public DocumentResult<AiContract> Validate(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return Result(DocumentPipeline.Read<AiContract>(utf8Json, _spec, ValidateDocument));
    }

    /// <summary>
    /// Validates a document read asynchronously from a stream of UTF-8 JSON, such as an HTTP request body; the stream is
    /// read to its end (or until it exceeds <see cref="AiContractJsonOptions.MaxDocumentBytes"/>, which is reported as
    /// AIC0003 without reading further), not closed.
    /// </summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="cancellationToken">Cancels reading the stream and, once it is read, validating it.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="IOException">Reading the stream failed; the stream's own exceptions surface as they are.</exception>
    public async ValueTask<DocumentResult<AiContract>> ValidateAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return Result(await DocumentPipeline.ReadAsync<AiContract>(utf8Json, _spec, ValidateDocument, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The contract's own stage: the compiled schema, values the model cannot hold, the model, the rules.</summary>
    private AiContract? ValidateDocument(SourceDocument source, List<Diagnostic> findings)
    {
        // The schema, compiled: evaluated on the bytes as the pipeline checked them, it has found every violation (see
        // CompiledSchema). The parsed document is asked for only to describe findings.
        var errors = source.SchemaErrors(CompiledSchema.Contract, Options.MaxDiagnostics);
        if (errors.Count > 0)
        {
            var root = source.Root;
            findings.AddRange(SchemaDiagnostics.From(errors, root, _json).Take(Options.MaxDiagnostics + 1));

            // Values the model cannot hold, elsewhere in the document, are reported in the same pass.
            ModelValueChecks.Collect(root, _json, errors.Select(e => e.Pointer).ToHashSet(StringComparer.Ordinal), findings, Options.MaxDiagnostics);
            return null;
        }

        if (findings.Count > 0)
        {
            // Repeated members: which value the model would take is undefined, so it is not read.
            return null;
        }

        AiContract contract;
        try
        {
            contract = JsonSerializer.Deserialize(source.Utf8.Span, _contractInfo)!;
        }
        catch (JsonException e)
        {
            // The reader stops at the first value the model cannot hold; find them all.
            ModelValueChecks.Collect(source.Root, _json, new HashSet<string>(), findings, Options.MaxDiagnostics);
            if (findings.Count == 0)
            {
                var translated = ErrorTranslator.Translate(e, _json, source.Utf8.Span);
                findings.Add(DiagnosticCatalogue.InvalidValue.Create(translated.Pointer ?? string.Empty, "model", ("detail", translated.Detail)));
            }

            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NotSupportedException or FormatException or OverflowException)
        {
            findings.Add(DiagnosticCatalogue.InvalidValue.Create(string.Empty, "model", ("detail", e.Message)));
            return null;
        }

        findings.AddRange(Rules.Evaluate(contract));
        return contract;
    }

    private DocumentResult<AiContract> Result((AiContract? Value, List<Diagnostic> Findings) read) =>
        new(read.Value, new ValidationReport(ValueArray.From(read.Findings), _warningsAreErrors));

    /// <summary>Keeps the first <see cref="ContractValidationOptions.MaxDiagnostics"/> findings, then says it stopped.</summary>
    private List<Diagnostic> Cap(List<Diagnostic> findings)
    {
        if (findings.Count <= Options.MaxDiagnostics)
        {
            return findings;
        }

        var limit = Options.MaxDiagnostics.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return [.. findings.Take(Options.MaxDiagnostics), DiagnosticCatalogue.TooManyFindings.Create(string.Empty, "limits", ("limit", limit))];
    }
}

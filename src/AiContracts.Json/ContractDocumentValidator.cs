using System.Text;
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
    public ContractValidationResult Validate(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.Length > Options.Json.MaxDocumentBytes)
        {
            return Single(DiagnosticCatalogue.TooLarge.Create(string.Empty, "limits", ("limit", Options.Json.MaxDocumentBytes.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }

        if (Internal.Converters.JsonTokens.LoneSurrogate(json) is var at and >= 0)
        {
            var (line, column) = ErrorTranslator.LineAndColumn(json, at);
            return Single(DiagnosticCatalogue.MalformedJson.Create(string.Empty, "syntax", ("detail", "the text has a lone surrogate, which is not valid Unicode.")) with { Line = (int)line, Column = (int)column });
        }

        return Validate((ReadOnlyMemory<byte>)Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Validates a document given as UTF-8 bytes (a leading byte-order mark is allowed).</summary>
    /// <param name="utf8Json">The UTF-8 bytes.</param>
    /// <returns>The result.</returns>
    public ContractValidationResult Validate(ReadOnlyMemory<byte> utf8Json)
    {
        var document = DocumentStages.Parse(ref utf8Json, Options.Json.MaxDocumentBytes, Options.Json.MaxDepth, _json, out var problem);
        if (document is null)
        {
            return Single(problem!);
        }

        using (document)
        {
            return ValidateDocument(document, utf8Json.Span);
        }
    }

    /// <summary>Validates a document read from a stream of UTF-8 JSON; the stream is read to its end, not closed.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">Reading the stream failed; the stream's own exceptions (such as <see cref="NotSupportedException"/> for a stream that cannot be read) surface as they are.</exception>
    public ContractValidationResult Validate(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = StreamReading.ReadAll(utf8Json, Options.Json.MaxDocumentBytes);
        if (buffer is null)
        {
            return Single(DiagnosticCatalogue.TooLarge.Create(string.Empty, "limits", ("limit", Options.Json.MaxDocumentBytes.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }

        return Validate(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
    }

    private ContractValidationResult ValidateDocument(JsonDocument document, ReadOnlySpan<byte> utf8Json)
    {
        // The schema, compiled: one walk of the parsed document finds every violation (see CompiledSchema).
        var errors = new List<SchemaError>();
        List<Diagnostic> findings;
        try
        {
            if (!CompiledSchema.Contract.Evaluate(document.RootElement, errors, Options.MaxDiagnostics))
            {
                findings = [.. SchemaDiagnostics.From(errors, document.RootElement, _json).Take(Options.MaxDiagnostics + 1)];

                // Values the model cannot hold, elsewhere in the document, are reported in the same pass.
                ModelValueChecks.Collect(document.RootElement, _json, errors.Select(e => e.Pointer).ToHashSet(StringComparer.Ordinal), findings, Options.MaxDiagnostics);
                return Finish(findings, null, utf8Json);
            }
        }
        catch (InvalidOperationException e)
        {
            // A string the parser accepted but that is not text, such as an escaped lone surrogate ("\ud800").
            return Finish([DiagnosticCatalogue.MalformedJson.Create(string.Empty, "syntax", ("detail", e.Message))], null, utf8Json);
        }

        findings = [];
        AiContract contract;
        try
        {
            contract = document.RootElement.Deserialize(_contractInfo)!;
        }
        catch (JsonException e)
        {
            // The reader stops at the first value the model cannot hold; find them all.
            ModelValueChecks.Collect(document.RootElement, _json, new HashSet<string>(), findings, Options.MaxDiagnostics);
            if (findings.Count == 0)
            {
                var translated = ErrorTranslator.Translate(e, _json, utf8Json);
                findings.Add(DiagnosticCatalogue.InvalidValue.Create(translated.Pointer ?? string.Empty, "model", ("detail", translated.Detail)));
            }

            return Finish(findings, null, utf8Json);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NotSupportedException or FormatException or OverflowException)
        {
            findings.Add(DiagnosticCatalogue.InvalidValue.Create(string.Empty, "model", ("detail", e.Message)));
            return Finish(findings, null, utf8Json);
        }

        findings.AddRange(Rules.Evaluate(contract));
        return Finish(findings, contract, utf8Json);
    }

    private ContractValidationResult Finish(List<Diagnostic> findings, AiContract? contract, ReadOnlySpan<byte> utf8Json)
    {
        findings = Cap(DocumentStages.Locate(findings, utf8Json, Options.Json.MaxDepth));
        return new ContractValidationResult
        {
            Report = new ValidationReport(ValueArray.From(findings), _warningsAreErrors),
            Contract = contract,
        };
    }

    private ContractValidationResult Single(Diagnostic diagnostic) => new()
    {
        Report = new ValidationReport([diagnostic.Line is null ? diagnostic with { Line = 1, Column = 1 } : diagnostic], _warningsAreErrors),
    };

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

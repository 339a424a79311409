using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;
using AiContracts.Json.Internal;
using AiContracts.Domain.Computations.ExitDates;
using AiContracts.Domain.Computations.Invoicing;
using AiContracts.Domain.Computations.ServiceCredits;

namespace AiContracts.Json;

/// <summary>
/// Writes and reads the computations' inputs and results as JSON, with the conventions of contracts (camelCase,
/// vocabularies by name, ISO 8601 dates and durations, money as <c>{"amount", "currency"}</c>, absent values and empty
/// arrays left out): usage statements and invoices, measurements and SLA evaluations, chronic-breach assessments,
/// termination notices and exit timelines.
/// </summary>
/// <remarks>Source-generated and safe to trim and compile ahead of time. Thread safety: all members are safe to call from any thread.</remarks>
public static class ComputationJson
{
    private static readonly Dictionary<Type, JsonTypeInfo> Infos = new[]
    {
        typeof(UsageStatement), typeof(Invoice), typeof(SlaMeasurements), typeof(SlaEvaluation), typeof(ChronicBreachAssessment),
        typeof(TerminationNotice), typeof(ExitTimeline),
    }.ToDictionary(t => t, t => AiContractSerializer.Default.JsonSerializerOptions.GetTypeInfo(t));

    /// <summary>Writes a usage statement as indented JSON.</summary>
    /// <param name="usage">The usage statement.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="usage"/> is null.</exception>
    public static string Serialize(UsageStatement usage) => Write(usage);

    /// <summary>Writes an invoice as indented JSON.</summary>
    /// <param name="invoice">The invoice.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="invoice"/> is null.</exception>
    public static string Serialize(Invoice invoice) => Write(invoice);

    /// <summary>Writes the measurements of a period as indented JSON.</summary>
    /// <param name="measurements">The measurements.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="measurements"/> is null.</exception>
    public static string Serialize(SlaMeasurements measurements) => Write(measurements);

    /// <summary>Writes an SLA evaluation as indented JSON.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> is null.</exception>
    public static string Serialize(SlaEvaluation evaluation) => Write(evaluation);

    /// <summary>Writes a chronic-breach assessment as indented JSON.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    public static string Serialize(ChronicBreachAssessment assessment) => Write(assessment);

    /// <summary>Writes a termination notice as indented JSON.</summary>
    /// <param name="notice">The notice.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="notice"/> is null.</exception>
    public static string Serialize(TerminationNotice notice) => Write(notice);

    /// <summary>Writes an exit timeline as indented JSON.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> is null.</exception>
    public static string Serialize(ExitTimeline timeline) => Write(timeline);

    /// <summary>
    /// Reads an input or a result written by <c>Serialize</c>: <see cref="UsageStatement"/>, <see cref="Invoice"/>,
    /// <see cref="SlaMeasurements"/>, <see cref="SlaEvaluation"/>, <see cref="ChronicBreachAssessment"/>,
    /// <see cref="TerminationNotice"/> or <see cref="ExitTimeline"/>. Computed members (such as <c>isComplete</c>) are
    /// recomputed, not read.
    /// </summary>
    /// <typeparam name="T">One of the types above.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not one of the types above.</exception>
    /// <exception cref="ContractJsonException">The text is not a valid <typeparamref name="T"/>.</exception>
    public static T Deserialize<T>(string json)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(json);
        var info = Info<T>();
        try
        {
            return JsonSerializer.Deserialize(json, info) ?? throw new ContractJsonException($"The document is null; expected a {typeof(T).Name} object.");
        }
        catch (JsonException e)
        {
            // With the element's path, pointer, line and column, as for contracts.
            var detail = e.Message.Split([" Path: ", " LineNumber: "], 2, StringSplitOptions.None)[0];
            throw Internal.ErrorTranslator.Create($"The text is not a {typeof(T).Name}: {detail}", e.Path, e.LineNumber + 1, e.BytePositionInLine + 1, e);
        }
    }

    private static string Write<T>(T value)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value);
        return JsonSerializer.Serialize(value, Info<T>());
    }

    /// <summary>
    /// Reads an input or result from UTF-8 JSON and reports every problem instead of throwing: malformed JSON (with its
    /// line and column), every violation of the type's published schema (<see cref="ComputationSchema"/>), and every value
    /// the model cannot hold, each with its JSON Pointer, line, column and document kind; through the same pipeline, limits
    /// and positions as contract documents.
    /// </summary>
    /// <typeparam name="T">What the file holds, for example <see cref="SlaMeasurements"/> or <see cref="UsageStatement"/>.</typeparam>
    /// <param name="utf8Json">The UTF-8 JSON (a leading byte-order mark is allowed).</param>
    /// <returns>The value, or the findings.</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a type this class reads.</exception>
    public static DocumentResult<T> Read<T>(ReadOnlyMemory<byte> utf8Json)
        where T : class
    {
        var (spec, stage) = Stage<T>();
        return Result(DocumentPipeline.Read(utf8Json, spec, stage));
    }

    /// <summary>Reads an input or result from JSON text, as <see cref="Read{T}(ReadOnlyMemory{byte})"/> does from bytes.</summary>
    /// <typeparam name="T">What the text holds, for example <see cref="SlaMeasurements"/> or <see cref="UsageStatement"/>.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <returns>The value, or the findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a type this class reads.</exception>
    public static DocumentResult<T> Read<T>(string json)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(json);
        var (spec, stage) = Stage<T>();
        return Result(DocumentPipeline.Read(json, spec, stage));
    }

    /// <summary>Reads an input or result from a stream of UTF-8 JSON, as <see cref="Read{T}(ReadOnlyMemory{byte})"/> does from bytes; the stream is read to its end, not closed.</summary>
    /// <typeparam name="T">What the stream holds, for example <see cref="SlaMeasurements"/> or <see cref="UsageStatement"/>.</typeparam>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The value, or the findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a type this class reads.</exception>
    /// <exception cref="IOException">Reading the stream failed; the stream's own exceptions surface as they are.</exception>
    public static DocumentResult<T> Read<T>(Stream utf8Json)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var (spec, stage) = Stage<T>();
        return Result(DocumentPipeline.Read(utf8Json, spec, stage));
    }

    /// <summary>Reads an input or result asynchronously from a stream of UTF-8 JSON; the stream is read to its end, not closed.</summary>
    /// <typeparam name="T">What the stream holds, for example <see cref="SlaMeasurements"/> or <see cref="UsageStatement"/>.</typeparam>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="cancellationToken">Cancels reading the stream and, once it is read, reading the value.</param>
    /// <returns>The value, or the findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a type this class reads.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="IOException">Reading the stream failed; the stream's own exceptions surface as they are.</exception>
    public static async ValueTask<DocumentResult<T>> ReadAsync<T>(Stream utf8Json, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var (spec, stage) = Stage<T>();
        return Result(await DocumentPipeline.ReadAsync(utf8Json, spec, stage, cancellationToken).ConfigureAwait(false));
    }

    private static (DocumentSpec Spec, DocumentStage<T> Stage) Stage<T>()
        where T : class
    {
        var info = Info<T>();
        var options = AiContractSerializer.Default.JsonSerializerOptions;
        var spec = new DocumentSpec(KindOf(typeof(T)), AiContractJsonOptions.Default.MaxDocumentBytes, MaxDepth, MaxFindings, options, typeof(T), Schemas[typeof(T)].Value);
        return (spec, (source, findings) => ReadValue(source, findings, info, options));
    }

    private static DocumentResult<T> Result<T>((T? Value, List<Diagnostic> Findings) read)
        where T : class =>
        read.Findings.Count > 0 ? new(null, new ValidationReport(ValueArray.From(read.Findings))) : new(read.Value, ValidationReport.Empty);

    private const int MaxDepth = 64;
    private const int MaxFindings = 1000;

    /// <summary>The document kind of each type this class reads, which its findings carry.</summary>
    internal static DocumentKind KindOf(Type type) =>
        type == typeof(UsageStatement) ? DocumentKind.Usage
        : type == typeof(SlaMeasurements) ? DocumentKind.Measurements
        : type == typeof(SlaEvaluation) ? DocumentKind.Evaluation
        : type == typeof(Invoice) ? DocumentKind.Invoice
        : type == typeof(ChronicBreachAssessment) ? DocumentKind.ChronicBreachAssessment
        : type == typeof(TerminationNotice) ? DocumentKind.TerminationNotice
        : DocumentKind.ExitTimeline;

    /// <summary>The stage of a computation file: its schema, then every value the model cannot hold, then the model.</summary>
    private static T? ReadValue<T>(SourceDocument source, List<Diagnostic> findings, JsonTypeInfo<T> info, JsonSerializerOptions options)
        where T : class
    {
        var errors = source.SchemaErrors(Schemas[typeof(T)].Value, MaxFindings);
        if (errors.Count > 0)
        {
            findings.AddRange(SchemaDiagnostics.From(errors, source.Root, options, typeof(T)).Take(MaxFindings + 1));
        }

        if (findings.Count > 0)
        {
            // Values the model cannot hold elsewhere, all of them, beside the schema's findings.
            ModelValueChecks.Collect(source.Root, options, errors.Select(e => e.Pointer).ToHashSet(StringComparer.Ordinal), findings, MaxFindings, typeof(T));
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(source.Utf8.Span, info) ?? throw new JsonException($"The document is null; expected a {typeof(T).Name} object.");
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // The reader stops at the first value the model cannot hold; find them all.
            ModelValueChecks.Collect(source.Root, options, new HashSet<string>(), findings, MaxFindings, typeof(T));
            if (findings.Count == 0)
            {
                findings.Add(e is JsonException json
                    ? DiagnosticCatalogue.InvalidValue.Create(json.Path is null ? string.Empty : JsonPaths.ToPointer(json.Path), "model", ("detail", Detail(json)))
                    : DiagnosticCatalogue.InvalidValue.Create(string.Empty, "model", ("detail", e.Message)));
            }
        }

        return null;
    }

    /// <summary>The published schema of each type read, compiled on first use.</summary>
    private static readonly Dictionary<Type, Lazy<CompiledSchema>> Schemas = new()
    {
        [typeof(SlaMeasurements)] = new(() => CompiledSchema.Compile(ComputationSchema.Measurements)),
        [typeof(UsageStatement)] = new(() => CompiledSchema.Compile(ComputationSchema.Usage)),
        [typeof(SlaEvaluation)] = new(() => CompiledSchema.Compile(ComputationSchema.Evaluation)),
        [typeof(Invoice)] = new(() => CompiledSchema.Compile(ComputationSchema.Invoice)),
        [typeof(ChronicBreachAssessment)] = new(() => CompiledSchema.Compile(ComputationSchema.ChronicBreachAssessment)),
        [typeof(TerminationNotice)] = new(() => CompiledSchema.Compile(ComputationSchema.TerminationNotice)),
        [typeof(ExitTimeline)] = new(() => CompiledSchema.Compile(ComputationSchema.ExitTimeline)),
    };

    /// <summary>The exception's message without the path and position System.Text.Json appends (the finding carries them).</summary>
    private static string Detail(JsonException e) => e.Message.Split([" Path: ", " LineNumber: "], 2, StringSplitOptions.None)[0];

    private static JsonTypeInfo<T> Info<T>() =>
        Infos.TryGetValue(typeof(T), out var info)
            ? (JsonTypeInfo<T>)info
            : throw new NotSupportedException($"{typeof(T).Name} is not an input or result of the computations; ComputationJson reads and writes {string.Join(", ", Infos.Keys.Select(k => k.Name))}.");
}

namespace AiContracts.Json;

/// <summary>
/// The published JSON Schemas (draft 2020-12) of the computations' files, generated from the model, embedded in this
/// assembly and checked in under <c>docs/schema/</c>: the inputs, a period's measurements
/// (<see cref="Domain.Computations.ServiceCredits.SlaMeasurements"/>) and a billing period's usage
/// (<see cref="Domain.Computations.Invoicing.UsageStatement"/>), a termination notice and a history of SLA evaluations;
/// and the results, SLA evaluations, invoices, chronic-breach assessments and exit timelines.
/// <see cref="ComputationJson.Read{T}(ReadOnlyMemory{byte})"/> validates every file it reads against its schema.
/// </summary>
/// <remarks>Thread safety: all members are immutable and safe to share across threads.</remarks>
public static class ComputationSchema
{
    /// <summary>The <c>$id</c> of the measurements schema.</summary>
    public const string MeasurementsId = "https://schemas.aicontracts.dev/computations/1.0/measurements.schema.json";

    /// <summary>The <c>$id</c> of the usage schema.</summary>
    public const string UsageId = "https://schemas.aicontracts.dev/computations/1.0/usage.schema.json";

    /// <summary>The <c>$id</c> of the SLA evaluation schema.</summary>
    public const string EvaluationId = "https://schemas.aicontracts.dev/computations/1.0/evaluation.schema.json";

    /// <summary>The <c>$id</c> of the invoice schema.</summary>
    public const string InvoiceId = "https://schemas.aicontracts.dev/computations/1.0/invoice.schema.json";

    /// <summary>The <c>$id</c> of the chronic-breach assessment schema.</summary>
    public const string ChronicBreachAssessmentId = "https://schemas.aicontracts.dev/computations/1.0/chronic-breach-assessment.schema.json";

    /// <summary>The <c>$id</c> of the termination notice schema.</summary>
    public const string TerminationNoticeId = "https://schemas.aicontracts.dev/computations/1.0/termination-notice.schema.json";

    /// <summary>The <c>$id</c> of the exit timeline schema.</summary>
    public const string ExitTimelineId = "https://schemas.aicontracts.dev/computations/1.0/exit-timeline.schema.json";

    private static readonly Lazy<string> LazyEvaluation = new(() => Read("AiContracts.Json.evaluation.schema.json"));
    private static readonly Lazy<string> LazyInvoice = new(() => Read("AiContracts.Json.invoice.schema.json"));
    private static readonly Lazy<string> LazyChronicBreachAssessment = new(() => Read("AiContracts.Json.chronic-breach-assessment.schema.json"));
    private static readonly Lazy<string> LazyTerminationNotice = new(() => Read("AiContracts.Json.termination-notice.schema.json"));
    private static readonly Lazy<string> LazyExitTimeline = new(() => Read("AiContracts.Json.exit-timeline.schema.json"));
    private static readonly Lazy<string> LazyMeasurements = new(() => Read("AiContracts.Json.measurements.schema.json"));
    private static readonly Lazy<string> LazyUsage = new(() => Read("AiContracts.Json.usage.schema.json"));

    /// <summary>The measurements schema as text.</summary>
    public static string Measurements => LazyMeasurements.Value;

    /// <summary>The usage schema as text.</summary>
    public static string Usage => LazyUsage.Value;

    /// <summary>The SLA evaluation schema as text.</summary>
    public static string Evaluation => LazyEvaluation.Value;

    /// <summary>The invoice schema as text.</summary>
    public static string Invoice => LazyInvoice.Value;

    /// <summary>The chronic-breach assessment schema as text.</summary>
    public static string ChronicBreachAssessment => LazyChronicBreachAssessment.Value;

    /// <summary>The termination notice schema as text.</summary>
    public static string TerminationNotice => LazyTerminationNotice.Value;

    /// <summary>The exit timeline schema as text.</summary>
    public static string ExitTimeline => LazyExitTimeline.Value;

    private static string Read(string resource)
    {
        using var stream = typeof(ComputationSchema).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource {resource} is missing from {typeof(ComputationSchema).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

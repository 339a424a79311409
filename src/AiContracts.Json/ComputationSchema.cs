namespace AiContracts.Json;

/// <summary>
/// The published JSON Schemas (draft 2020-12) of the computations' input files: a period's measurements
/// (<see cref="Domain.Computations.ServiceCredits.SlaMeasurements"/>) and a billing period's usage
/// (<see cref="Domain.Computations.Invoicing.UsageStatement"/>), embedded in this assembly and checked in under
/// <c>docs/schema/</c>. <see cref="ComputationJson.Read{T}(ReadOnlyMemory{byte})"/> validates against them.
/// </summary>
/// <remarks>Thread safety: all members are immutable and safe to share across threads.</remarks>
public static class ComputationSchema
{
    /// <summary>The <c>$id</c> of the measurements schema.</summary>
    public const string MeasurementsId = "https://schemas.aicontracts.dev/computations/1.0/measurements.schema.json";

    /// <summary>The <c>$id</c> of the usage schema.</summary>
    public const string UsageId = "https://schemas.aicontracts.dev/computations/1.0/usage.schema.json";

    private static readonly Lazy<string> LazyMeasurements = new(() => Read("AiContracts.Json.measurements.schema.json"));
    private static readonly Lazy<string> LazyUsage = new(() => Read("AiContracts.Json.usage.schema.json"));

    /// <summary>The measurements schema as text.</summary>
    public static string Measurements => LazyMeasurements.Value;

    /// <summary>The usage schema as text.</summary>
    public static string Usage => LazyUsage.Value;

    private static string Read(string resource)
    {
        using var stream = typeof(ComputationSchema).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource {resource} is missing from {typeof(ComputationSchema).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AiContracts.Domain.Diagnostics;

namespace AiContracts.Json;

/// <summary>
/// Writes and reads validation reports as JSON: <c>{"diagnostics": [{"code", "severity", "pointer", "message",
/// "rule", "attemptedValue", "document", "line", "column"}], "warningsAreErrors", "isValid", "errorCount", "warningCount",
/// "infoCount"}</c>, with the same conventions as contracts (camelCase, severities and document kinds by name, absent values left out).
/// </summary>
/// <remarks>Thread safety: all members are safe to call from any thread.</remarks>
public static class ValidationReportJson
{
    private static readonly JsonTypeInfo<ValidationReport> Info =
        (JsonTypeInfo<ValidationReport>)AiContractSerializer.Default.JsonSerializerOptions.GetTypeInfo(typeof(ValidationReport));

    /// <summary>Writes a report as indented JSON.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Serialize(ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonSerializer.Serialize(report, Info);
    }

    /// <summary>Reads a report written by <see cref="Serialize"/>; the counts are recomputed from the diagnostics.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ContractJsonException">The text is not a report.</exception>
    public static ValidationReport Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return JsonSerializer.Deserialize(json, Info) ?? throw new ContractJsonException("The document is null; expected a validation report object.");
        }
        catch (JsonException e)
        {
            throw new ContractJsonException($"The text is not a validation report: {e.Message}", e);
        }
    }
}

using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AiContracts.Domain.Validation;

namespace AiContracts.Json;

/// <summary>
/// Writes and reads completeness reports as JSON: <c>{"contractId", "playbook", "playbookVersion", "clauses":
/// [{"ruleId", "title", "area", "status", "findings": [diagnostics]}], "presentCount", "missingCount",
/// "deficientCount", "isComplete"}</c>, with the same conventions as contracts (camelCase, statuses and severities by
/// name, absent values left out).
/// </summary>
/// <remarks>Thread safety: all members are safe to call from any thread.</remarks>
public static class CompletenessReportJson
{
    private static readonly JsonTypeInfo<CompletenessReport> Info =
        (JsonTypeInfo<CompletenessReport>)AiContractSerializer.Default.JsonSerializerOptions.GetTypeInfo(typeof(CompletenessReport));

    /// <summary>Writes a report as indented JSON.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Serialize(CompletenessReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonSerializer.Serialize(report, Info);
    }

    /// <summary>Reads a report written by <see cref="Serialize"/>; the counts are recomputed from the clauses.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ContractJsonException">The text is not a completeness report.</exception>
    public static CompletenessReport Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return JsonSerializer.Deserialize(json, Info) ?? throw new ContractJsonException("The document is null; expected a completeness report object.");
        }
        catch (JsonException e)
        {
            throw new ContractJsonException($"The text is not a completeness report: {e.Message}", e);
        }
    }
}

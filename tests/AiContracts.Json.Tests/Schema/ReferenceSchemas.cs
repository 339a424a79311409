using System.Text.Json;
using AiContracts.Domain.Diagnostics;
using AiContracts.Json.Internal;
using Json.Schema;

namespace AiContracts.Json.Tests.Schema;

/// <summary>
/// The published schemas parsed by JsonSchema.Net, the independent reference evaluator the compiled schema is held equal
/// to (the packages themselves do not depend on JsonSchema.Net).
/// </summary>
internal static class ReferenceSchemas
{
    private static readonly Lazy<JsonSchema> LazyContract = new(() => JsonSchema.FromText(ContractSchema.Text));
    private static readonly Lazy<JsonSchema> LazyPlaybook = new(() => JsonSchema.FromText(PlaybookSchema.Text));

    /// <summary>The contract schema.</summary>
    public static JsonSchema Contract => LazyContract.Value;

    /// <summary>The playbook schema.</summary>
    public static JsonSchema Playbook => LazyPlaybook.Value;

    /// <summary>
    /// Maps JsonSchema.Net's hierarchical output to diagnostics, as the pipeline maps the compiled schema's. Only failing
    /// subtrees count: the list output also carries the errors of a failed branch of an <c>anyOf</c> that another branch
    /// satisfied, which are not violations.
    /// </summary>
    public static IEnumerable<Diagnostic> Diagnostics(EvaluationResults results, JsonElement root, JsonSerializerOptions options)
    {
        var errors = new List<SchemaError>();
        Collect(results, errors);
        return SchemaDiagnostics.From(errors, root, options);

        static void Collect(EvaluationResults node, List<SchemaError> into)
        {
            // The null branch of an optional member says only "should be null": the other branch says what is wrong.
            if (node.IsValid || node.EvaluationPath.ToString().EndsWith("/anyOf/1", StringComparison.Ordinal))
            {
                return;
            }

            foreach (var keyword in node.Errors?.Keys ?? Enumerable.Empty<string>())
            {
                into.Add(new SchemaError(node.InstanceLocation.ToString(), keyword.Length == 0 ? "additionalProperties" : keyword));
            }

            foreach (var child in node.Details ?? [])
            {
                Collect(child, into);
            }
        }
    }
}

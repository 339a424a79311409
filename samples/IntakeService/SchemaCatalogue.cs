using System.Security.Cryptography;
using System.Text;
using AiContracts.Json;

namespace IntakeService;

/// <summary>The published schemas by kind, each with a strong ETag computed once from its bytes.</summary>
internal sealed class SchemaCatalogue
{
    private readonly Dictionary<string, (byte[] Utf8, string ETag)> _schemas = new(StringComparer.Ordinal);

    public SchemaCatalogue()
    {
        Add("contract", ContractSchema.Text);
        Add("playbook", PlaybookSchema.Text);
        Add("measurements", ComputationSchema.Measurements);
        Add("usage", ComputationSchema.Usage);
        Add("evaluation", ComputationSchema.Evaluation);
        Add("invoice", ComputationSchema.Invoice);
        Add("chronic-breach-assessment", ComputationSchema.ChronicBreachAssessment);
        Add("termination-notice", ComputationSchema.TerminationNotice);
        Add("exit-timeline", ComputationSchema.ExitTimeline);
    }

    public IEnumerable<string> Kinds => _schemas.Keys;

    public bool TryGet(string kind, out (byte[] Utf8, string ETag) schema) => _schemas.TryGetValue(kind, out schema);

    private void Add(string kind, string text)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        _schemas[kind] = (utf8, $"\"{Convert.ToHexStringLower(SHA256.HashData(utf8).AsSpan(0, 16))}\"");
    }
}

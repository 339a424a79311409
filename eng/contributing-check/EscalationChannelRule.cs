using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Governance;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>Every escalation contact can be reached through the channel it prefers (AIC6008).</summary>
/// <remarks>Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class EscalationChannelRule : ClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.EscalationContactUnreachable);

    /// <inheritdoc />
    public override string Id => "escalation-channel";

    /// <inheritdoc />
    public override string Title => "Escalation contacts are reachable through their preferred channel";

    /// <inheritdoc />
    public override string Area => "governance";

    /// <inheritdoc />
    public override ValueArray<DiagnosticDescriptor> Descriptors => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Diagnostic> Findings(AiContract contract)
    {
        var contacts = contract.Governance?.EscalationContacts ?? [];
        for (var i = 0; i < contacts.Count; i++)
        {
            var contact = contacts[i];
            var address = contact.PreferredChannel == ContactChannel.Email ? contact.Email
                : contact.PreferredChannel == ContactChannel.Phone ? contact.Phone
                : "not asked for";
            if (string.IsNullOrWhiteSpace(address))
            {
                yield return DiagnosticCatalogue.EscalationContactUnreachable.Create(
                    $"/governance/escalationContacts/{i}/preferredChannel", Id, ("value", contact.PreferredChannel!.Name));
            }
        }
    }
}

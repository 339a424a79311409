using NodaTime;

namespace AiContracts.Domain.DataProcessing;

/// <summary>The processor's obligations of GDPR Art. 28 that the rest of the model does not express: documented instructions, sub-processor conditions and assistance to the controller.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record ProcessorObligations
{
    /// <summary>Whether the provider processes personal data only on the customer's documented instructions, transfers to third countries included (Art. 28(3)(a)); null when the contract does not say.</summary>
    public bool? ActsOnDocumentedInstructions { get; init; }

    /// <summary>How long before adding or replacing a sub-processor the provider informs the customer, who may object (Art. 28(2)).</summary>
    public Period? SubProcessorChangeNotice { get; init; }

    /// <summary>Whether sub-processors are bound by the same data-protection obligations as the provider (Art. 28(4)); null when the contract does not say.</summary>
    public bool? SubProcessorsBoundBySameObligations { get; init; }

    /// <summary>Whether the provider assists the customer in answering requests of data subjects exercising their rights (Art. 28(3)(e)); null when the contract does not say.</summary>
    public bool? AssistsWithDataSubjectRights { get; init; }

    /// <summary>Whether the provider assists the customer with security, breach notification, impact assessments and prior consultation (Arts. 32 to 36; Art. 28(3)(f)); null when the contract does not say.</summary>
    public bool? AssistsWithSecurityAndAssessments { get; init; }
}

using AiContracts.Domain.Validation.Rules;

namespace AiContracts.Domain.Validation;

/// <summary>
/// The library's rules by identifier, so that a playbook (in C# or JSON) can name them and have them built with its
/// parameters.
/// </summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public static class BuiltInRules
{
    private static readonly Dictionary<string, Func<PlaybookParameters, IContractRule>> Factories = new(StringComparer.Ordinal)
    {
        ["references"] = _ => new ReferenceRule(),
        ["kpi-measurability"] = _ => new KpiMeasurabilityRule(),
        ["kpi-direction"] = _ => new KpiDirectionRule(),
        ["business-kpi"] = _ => new BusinessKpiRule(),
        ["objective-remedy"] = _ => new ObjectiveRemedyRule(),
        ["credit-bands"] = p => new CreditBandRule(p),
        ["drift-monitoring"] = _ => new DriftMonitoringRule(),
        ["measurement-windows"] = _ => new MeasurementWindowRule(),
        ["retention"] = p => new RetentionRule(p),
        ["deletion"] = _ => new DeletionRule(),
        ["access-rules"] = _ => new AccessRulesRule(),
        ["data-protection"] = _ => new DataProtectionRule(),
        ["vendor-training"] = _ => new VendorTrainingRule(),
        ["sub-processors"] = _ => new SubProcessorRule(),
        ["residency"] = _ => new ResidencyRule(),
        ["breach-notification"] = p => new BreachNotificationRule(p),
        ["interfaces"] = _ => new InterfaceDocumentationRule(),
        ["acceptance-tests"] = _ => new AcceptanceTestRule(),
        ["compatibility"] = p => new CompatibilityRule(p),
        ["sandbox-proof"] = _ => new SandboxProofRule(),
        ["pricing-caps"] = _ => new PricingCapRule(),
        ["price-tiers"] = _ => new PriceTierRule(),
        ["one-currency"] = _ => new CurrencyRule(),
        ["upfront-fees"] = p => new UpfrontFeeRule(p),
        ["refunds"] = _ => new RefundMechanismRule(),
        ["price-changes"] = p => new PriceChangeLimitRule(p),
        ["termination-rights"] = _ => new TerminationRightsRule(),
        ["data-portability"] = p => new DataPortabilityRule(p),
        ["knowledge-transfer"] = _ => new KnowledgeTransferRule(),
        ["model-artifacts"] = _ => new ModelArtifactRule(),
        ["post-exit-deletion"] = _ => new PostExitDeletionRule(),
        ["reporting"] = p => new ReportingRule(p),
        ["audit-rights"] = _ => new AuditRightsRule(),
        ["incident-notification"] = p => new IncidentNotificationRule(p),
        ["model-change-notice"] = p => new ModelChangeNoticeRule(p),
        ["gdpr-subject-matter"] = _ => new ProcessingSubjectMatterRule(),
        ["gdpr-duration"] = _ => new ProcessingDurationRule(),
        ["gdpr-nature"] = _ => new ProcessingNatureRule(),
        ["gdpr-purpose"] = _ => new ProcessingPurposeRule(),
        ["gdpr-data-types"] = _ => new PersonalDataTypesRule(),
        ["gdpr-data-subjects"] = _ => new DataSubjectsRule(),
        ["gdpr-instructions"] = _ => new DocumentedInstructionsRule(),
        ["gdpr-confidentiality"] = _ => new ConfidentialityRule(),
        ["gdpr-security"] = _ => new SecurityMeasuresRule(),
        ["gdpr-sub-processors"] = _ => new SubProcessorConditionsRule(),
        ["gdpr-data-subject-rights"] = _ => new DataSubjectRightsRule(),
        ["gdpr-compliance-assistance"] = _ => new ComplianceAssistanceRule(),
        ["gdpr-deletion-or-return"] = _ => new DeletionOrReturnRule(),
        ["gdpr-audits"] = _ => new AuditInformationRule(),
    };

    /// <summary>The identifiers of every built-in rule, in the order the built-in playbooks run them: the reference rule, the six clause groups, then GDPR Art. 28 (those starting <c>gdpr-</c>).</summary>
    public static IReadOnlyList<string> Ids { get; } = [.. Factories.Keys];

    /// <summary>Creates a built-in rule.</summary>
    /// <param name="id">The rule's identifier, one of <see cref="Ids"/>.</param>
    /// <param name="parameters">The thresholds the rule reads; <see cref="PlaybookParameters.Default"/> when null.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No built-in rule has this identifier.</exception>
    public static IContractRule Create(string id, PlaybookParameters? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Factories.TryGetValue(id, out var factory)
            ? factory(parameters ?? PlaybookParameters.Default)
            : throw new KeyNotFoundException($"'{id}' is not a built-in rule; expected one of {string.Join(", ", Ids)}.");
    }

    /// <summary>Whether a built-in rule has this identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>True when <see cref="Create"/> knows it.</returns>
    public static bool Contains(string id) => id is not null && Factories.ContainsKey(id);
}

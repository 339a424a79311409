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
        ["references"] = _ => new ReferencesRule(),
        ["kpi-measurability"] = _ => new KpiMeasurabilityRule(),
        ["kpi-direction"] = _ => new KpiDirectionRule(),
        ["business-kpi"] = _ => new BusinessKpiRule(),
        ["objective-remedy"] = _ => new ObjectiveRemedyRule(),
        ["credit-bands"] = p => new CreditBandsRule(p),
        ["drift-monitoring"] = _ => new DriftMonitoringRule(),
        ["measurement-windows"] = _ => new MeasurementWindowsRule(),
        ["retention"] = p => new RetentionRule(p),
        ["deletion"] = _ => new DeletionRule(),
        ["access-rules"] = _ => new AccessRulesRule(),
        ["data-protection"] = _ => new DataProtectionRule(),
        ["vendor-training"] = _ => new VendorTrainingRule(),
        ["sub-processors"] = _ => new SubProcessorsRule(),
        ["residency"] = _ => new ResidencyRule(),
        ["breach-notification"] = p => new BreachNotificationRule(p),
        ["interfaces"] = _ => new InterfacesRule(),
        ["acceptance-tests"] = _ => new AcceptanceTestsRule(),
        ["compatibility"] = p => new CompatibilityRule(p),
        ["sandbox-proof"] = _ => new SandboxProofRule(),
        ["pricing-caps"] = _ => new PricingCapsRule(),
        ["price-tiers"] = _ => new PriceTiersRule(),
        ["one-currency"] = _ => new OneCurrencyRule(),
        ["upfront-fees"] = p => new UpfrontFeesRule(p),
        ["refunds"] = _ => new RefundsRule(),
        ["price-changes"] = p => new PriceChangesRule(p),
        ["termination-rights"] = _ => new TerminationRightsRule(),
        ["data-portability"] = p => new DataPortabilityRule(p),
        ["knowledge-transfer"] = _ => new KnowledgeTransferRule(),
        ["model-artifacts"] = _ => new ModelArtifactsRule(),
        ["post-exit-deletion"] = _ => new PostExitDeletionRule(),
        ["reporting"] = p => new ReportingRule(p),
        ["audit-rights"] = _ => new AuditRightsRule(),
        ["incident-notification"] = p => new IncidentNotificationRule(p),
        ["model-change-notice"] = p => new ModelChangeNoticeRule(p),
        ["gdpr-subject-matter"] = _ => new GdprSubjectMatterRule(),
        ["gdpr-duration"] = _ => new GdprDurationRule(),
        ["gdpr-nature"] = _ => new GdprNatureRule(),
        ["gdpr-purpose"] = _ => new GdprPurposeRule(),
        ["gdpr-data-types"] = _ => new GdprDataTypesRule(),
        ["gdpr-data-subjects"] = _ => new GdprDataSubjectsRule(),
        ["gdpr-instructions"] = _ => new GdprInstructionsRule(),
        ["gdpr-confidentiality"] = _ => new GdprConfidentialityRule(),
        ["gdpr-security"] = _ => new GdprSecurityRule(),
        ["gdpr-sub-processors"] = _ => new GdprSubProcessorsRule(),
        ["gdpr-data-subject-rights"] = _ => new GdprDataSubjectRightsRule(),
        ["gdpr-compliance-assistance"] = _ => new GdprComplianceAssistanceRule(),
        ["gdpr-deletion-or-return"] = _ => new GdprDeletionOrReturnRule(),
        ["gdpr-audits"] = _ => new GdprAuditsRule(),
    };

    /// <summary>The identifiers of every built-in rule, in the order the built-in playbooks run them: the reference rule, the six clause groups, then GDPR Art. 28 (those starting <c>gdpr-</c>).</summary>
    public static IReadOnlyList<string> Ids { get; } = [.. Factories.Keys];

    /// <summary>Creates a built-in rule.</summary>
    /// <param name="id">The rule's identifier, one of <see cref="Ids"/>.</param>
    /// <param name="parameters">The thresholds the rule reads; <see cref="PlaybookParameters.Default"/> when null.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException">No built-in rule has this identifier (the message lists the known ones).</exception>
    public static IContractRule Create(string id, PlaybookParameters? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Factories.TryGetValue(id, out var factory)
            ? factory(parameters ?? PlaybookParameters.Default)
            : throw new ArgumentException($"'{id}' is not a built-in rule; expected one of {string.Join(", ", Ids)}.", nameof(id));
    }

    /// <summary>Whether a built-in rule has this identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>True when <see cref="Create"/> knows it.</returns>
    public static bool Contains(string id) => id is not null && Factories.ContainsKey(id);
}

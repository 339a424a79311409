using System.Collections.Frozen;

namespace AiContracts.Domain.Diagnostics;

// This part: the business rules' codes, AIC1xxx service levels to AIC6xxx governance.
public static partial class DiagnosticCatalogue
{
    private const string ServiceLevelsArea = "service levels";
    private const string DataArea = "data";
    private const string IntegrationArea = "integration";
    private const string PricingArea = "pricing";
    private const string ExitArea = "exit";
    private const string GovernanceArea = "governance";

    /// <summary>AIC1001: the contract defines no KPI.</summary>
    public static DiagnosticDescriptor NoKpis { get; } = Error("AIC1001", "No KPIs", ServiceLevelsArea, "The contract defines no KPI; add KPIs under serviceLevels.kpis, each with a unit, target, window, method and data source.");

    /// <summary>AIC1002: a KPI lacks what it takes to measure it.</summary>
    public static DiagnosticDescriptor KpiNotMeasurable { get; } = Error("AIC1002", "KPI not measurable", ServiceLevelsArea, "KPI '{value}' cannot be measured: it lacks {missing}; state each so that both parties compute the same value.");

    /// <summary>AIC1003: a KPI has a target but no direction.</summary>
    public static DiagnosticDescriptor KpiDirectionMissing { get; } = Error("AIC1003", "KPI direction missing", ServiceLevelsArea, "KPI '{value}' has a target but no direction; say whether higher or lower values are better.");

    /// <summary>AIC1004: a breach threshold is better than the target.</summary>
    public static DiagnosticDescriptor ThresholdContradictsDirection { get; } = Error("AIC1004", "Breach threshold contradicts direction", ServiceLevelsArea, "KPI '{value}': the breach threshold {threshold} is better than the target {target} ({direction}); a breach threshold must be at least as bad as the target.");

    /// <summary>AIC1005: no business KPI is tied to a business outcome.</summary>
    public static DiagnosticDescriptor NoBusinessKpi { get; } = Error("AIC1005", "No business KPI", ServiceLevelsArea, "No KPI of category Business names the business outcome it protects; add one (cost per transaction, resolution rate, time saved...) so that the contract measures impact, not only technical metrics.");

    /// <summary>AIC1006: a business KPI names no business outcome.</summary>
    public static DiagnosticDescriptor BusinessKpiWithoutOutcome { get; } = Warning("AIC1006", "Business KPI without outcome", ServiceLevelsArea, "Business KPI '{value}' names no business outcome; say which outcome it protects.");

    /// <summary>AIC1007: the contract commits to no objective.</summary>
    public static DiagnosticDescriptor NoObjectives { get; } = Error("AIC1007", "No service level objectives", ServiceLevelsArea, "The contract commits to no service level objective; add objectives on its KPIs with service credits or other remedies.");

    /// <summary>AIC1008: an objective has no remedy beyond notification.</summary>
    public static DiagnosticDescriptor ObjectiveWithoutRemedy { get; } = Error("AIC1008", "Objective without remedy", ServiceLevelsArea, "Objective '{value}' has no remedy beyond notification; add service-credit bands or a remedy such as a refund, retraining or rollback.");

    /// <summary>AIC1009: a credit band's lower bound is not below its upper bound.</summary>
    public static DiagnosticDescriptor CreditBandInverted { get; } = Error("AIC1009", "Credit band bounds inverted", ServiceLevelsArea, "The band's lower bound {value} is not below its upper bound {to}; swap or correct the bounds.");

    /// <summary>AIC1010: two credit bands overlap or leave a gap between them.</summary>
    public static DiagnosticDescriptor CreditBandsNotContiguous { get; } = Error("AIC1010", "Credit bands overlap or leave a gap", ServiceLevelsArea, "This band {problem} the band at {other}; credit bands must meet exactly, without gaps or overlaps.");

    /// <summary>AIC1011: credits do not grow as attainment gets worse.</summary>
    public static DiagnosticDescriptor CreditsNotIncreasing { get; } = Error("AIC1011", "Credits do not grow as attainment falls", ServiceLevelsArea, "This band credits {value}, no more than the better band at {other} ({otherCredit}); credits must grow as attainment gets worse.");

    /// <summary>AIC1012: a credit is smaller than the playbook accepts.</summary>
    public static DiagnosticDescriptor CreditBelowMinimum { get; } = Warning("AIC1012", "Credit below playbook minimum", ServiceLevelsArea, "The credit {value} is below the smallest credit the playbook accepts, {minimum}.");

    /// <summary>AIC1013: the contract covers AI systems but monitors none of them for drift.</summary>
    public static DiagnosticDescriptor NoDriftMonitoring { get; } = Error("AIC1013", "No drift monitoring", ServiceLevelsArea, "The contract covers AI systems but defines no drift monitor; add monitors under serviceLevels.driftMonitors with a metric, threshold, cadence and a remedy with a deadline.");

    /// <summary>AIC1014: an AI system has no drift monitor.</summary>
    public static DiagnosticDescriptor SystemWithoutDriftMonitor { get; } = Warning("AIC1014", "AI system without drift monitor", ServiceLevelsArea, "AI system '{value}' has no drift monitor; add one that names it (a monitor that names no system covers all).");

    /// <summary>AIC1015: a drift monitor lacks a threshold, cadence or remedy deadline.</summary>
    public static DiagnosticDescriptor DriftMonitorIncomplete { get; } = Error("AIC1015", "Drift monitor incomplete", ServiceLevelsArea, "Drift monitor '{value}' lacks {missing}.");

    /// <summary>AIC1016: calendar measurement windows without a time zone to reckon them in.</summary>
    public static DiagnosticDescriptor NoTimeZoneForWindows { get; } = Error("AIC1016", "No time zone for measurement windows", ServiceLevelsArea, "KPI windows are reckoned in the contract's time zone, but the contract names none; add timeZone (an IANA identifier such as Europe/Berlin).");

    /// <summary>AIC1017: a rolling window without its length.</summary>
    public static DiagnosticDescriptor RollingWindowWithoutPeriod { get; } = Error("AIC1017", "Rolling window without period", ServiceLevelsArea, "KPI '{value}' is measured over a rolling window of no stated length; add rollingPeriod (for example P30D).");

    /// <summary>AIC2001: a data category is kept without a finite retention.</summary>
    public static DiagnosticDescriptor RetentionNotFinite { get; } = Error("AIC2001", "Retention not finite", DataArea, "Data category {value} {problem}; keep it for a fixed period, until the contract ends, or not at all.");

    /// <summary>AIC2002: a data category is kept longer than the playbook allows.</summary>
    public static DiagnosticDescriptor RetentionTooLong { get; } = Error("AIC2002", "Retention longer than playbook allows", DataArea, "Data category {category} is kept for {value}, longer than the playbook's limit of {limit}.");

    /// <summary>AIC2003: a data category lacks a deletion deadline or method.</summary>
    public static DiagnosticDescriptor DeletionIncomplete { get; } = Error("AIC2003", "Deletion terms incomplete", DataArea, "Data category {value} lacks {missing}; state how and by when its data is deleted.");

    /// <summary>AIC2004: raw personal data without a justification.</summary>
    public static DiagnosticDescriptor RawDataUnjustified { get; } = Error("AIC2004", "Raw personal data without justification", DataArea, "Data category {value} sends raw personal data without a justification; pseudonymise, aggregate, anonymise or synthesise it, or write down why raw data is needed (rawDataJustification).");

    /// <summary>AIC2005: personal data without a stated protection level.</summary>
    public static DiagnosticDescriptor ProtectionLevelMissing { get; } = Warning("AIC2005", "Protection level not stated", DataArea, "Data category {value} holds personal data but states no protection level; say whether it is raw, pseudonymised, aggregated, anonymised or synthetic.");

    /// <summary>AIC2006: the training permission and the permitted purposes disagree.</summary>
    public static DiagnosticDescriptor TrainingNotExplicit { get; } = Error("AIC2006", "Training not explicitly permitted", DataArea, "Data category {value}: {problem}; the vendor may train its own models on customer data only when vendorMayTrain is true and ModelTraining is a permitted purpose.");

    /// <summary>AIC2007: the vendor may train on personal data.</summary>
    public static DiagnosticDescriptor VendorTrainsOnPersonalData { get; } = Warning("AIC2007", "Vendor trains on personal data", DataArea, "Data category {value} holds personal data and the vendor may train on it; make sure this is intended and lawful, or set vendorMayTrain to false.");

    /// <summary>AIC2008: personal data but no sub-processors listed.</summary>
    public static DiagnosticDescriptor SubProcessorsNotListed { get; } = Error("AIC2008", "Sub-processors not listed", DataArea, "The contract processes personal data but lists no sub-processors; list each with its locations, or state that there are none by making the provider an internal department.");

    /// <summary>AIC2009: a sub-processor without locations.</summary>
    public static DiagnosticDescriptor SubProcessorLocationMissing { get; } = Error("AIC2009", "Sub-processor location missing", DataArea, "Sub-processor '{value}' has no {problem}; name the countries where it processes data.");

    /// <summary>AIC2010: personal data without a residency statement.</summary>
    public static DiagnosticDescriptor NoResidency { get; } = Error("AIC2010", "No residency statement", DataArea, "The contract processes personal data but states no data residency; add residency to the data-processing terms or to every category with personal data.");

    /// <summary>AIC2011: personal data without a breach-notification deadline.</summary>
    public static DiagnosticDescriptor NoBreachNotification { get; } = Error("AIC2011", "No breach-notification deadline", DataArea, "The contract processes personal data but sets no breach-notification deadline; add breachNotificationDeadline (at most {limit}).");

    /// <summary>AIC2012: the breach-notification deadline is later than the playbook allows.</summary>
    public static DiagnosticDescriptor BreachNotificationTooLate { get; } = Error("AIC2012", "Breach notification too late", DataArea, "Breaches are notified within {value}, later than the playbook's limit of {limit}.");

    /// <summary>AIC2013: no data categories are described.</summary>
    public static DiagnosticDescriptor NoDataCategories { get; } = Error("AIC2013", "No data categories", DataArea, "The contract describes no data category; add dataProcessing.categories with retention and deletion terms for each kind of data that flows to the provider.");

    /// <summary>AIC2014: a kept data category says nobody may access it.</summary>
    public static DiagnosticDescriptor NoAccessRules { get; } = Warning("AIC2014", "No access rules", DataArea, "Data category {value} is kept but states no access rules; list the roles that may access it, who holds them and how.");

    /// <summary>AIC2101: GDPR Art. 28: subject matter of processing not described.</summary>
    public static DiagnosticDescriptor NoSubjectMatter { get; } = Error("AIC2101", "Subject matter of processing not described", DataArea, "The contract processes personal data but does not describe the subject matter of the processing (GDPR Art. 28(3)); add dataProcessing.subjectMatter.");

    /// <summary>AIC2102: GDPR Art. 28: duration of processing not stated.</summary>
    public static DiagnosticDescriptor NoProcessingDuration { get; } = Error("AIC2102", "Duration of processing not stated", DataArea, "The contract processes personal data but states no duration (GDPR Art. 28(3)); add term.initialTerm or term.endDate.");

    /// <summary>AIC2103: GDPR Art. 28: nature of processing not described.</summary>
    public static DiagnosticDescriptor NoNatureOfProcessing { get; } = Error("AIC2103", "Nature of processing not described", DataArea, "The contract processes personal data but does not describe the nature of the processing (GDPR Art. 28(3)); add dataProcessing.natureOfProcessing.");

    /// <summary>AIC2104: GDPR Art. 28: purpose of processing not stated.</summary>
    public static DiagnosticDescriptor NoProcessingPurpose { get; } = Error("AIC2104", "Purpose of processing not stated", DataArea, "Data category {value} holds personal data but states no purpose of processing (GDPR Art. 28(3)); add permittedPurposes.");

    /// <summary>AIC2105: GDPR Art. 28: types of personal data not listed.</summary>
    public static DiagnosticDescriptor NoPersonalDataTypes { get; } = Error("AIC2105", "Types of personal data not listed", DataArea, "Data category {value} holds personal data but lists no types of personal data (GDPR Art. 28(3)); add personalDataTypes.");

    /// <summary>AIC2106: GDPR Art. 28: categories of data subjects not listed.</summary>
    public static DiagnosticDescriptor NoDataSubjects { get; } = Error("AIC2106", "Categories of data subjects not listed", DataArea, "Data category {value} holds personal data but lists no categories of data subjects (GDPR Art. 28(3)); add dataSubjects.");

    /// <summary>AIC2107: GDPR Art. 28: no processing on documented instructions.</summary>
    public static DiagnosticDescriptor NoDocumentedInstructions { get; } = Error("AIC2107", "No processing on documented instructions", DataArea, "The provider is not bound to process personal data only on the customer's documented instructions (GDPR Art. 28(3)(a)); set processorObligations.actsOnDocumentedInstructions to true.");

    /// <summary>AIC2108: GDPR Art. 28: no confidentiality commitment.</summary>
    public static DiagnosticDescriptor NoConfidentiality { get; } = Error("AIC2108", "No confidentiality commitment", DataArea, "Persons authorised to process personal data are not committed to confidentiality (GDPR Art. 28(3)(b)); add StaffConfidentiality to dataProcessing.securityMeasures.");

    /// <summary>AIC2109: GDPR Art. 28: no security measures.</summary>
    public static DiagnosticDescriptor NoSecurityMeasures { get; } = Error("AIC2109", "No security measures", DataArea, "The contract names no technical security measure (GDPR Art. 28(3)(c) and Art. 32); add dataProcessing.securityMeasures such as EncryptionAtRest and AccessLogging.");

    /// <summary>AIC2110: GDPR Art. 28: sub-processor conditions missing.</summary>
    public static DiagnosticDescriptor NoSubProcessorConditions { get; } = Error("AIC2110", "Sub-processor conditions missing", DataArea, "The conditions for engaging sub-processors are incomplete (GDPR Art. 28(2) and (4)): {missing}.");

    /// <summary>AIC2111: GDPR Art. 28: no assistance with data-subject rights.</summary>
    public static DiagnosticDescriptor NoDataSubjectAssistance { get; } = Error("AIC2111", "No assistance with data-subject rights", DataArea, "The provider does not assist with requests of data subjects exercising their rights (GDPR Art. 28(3)(e)); set processorObligations.assistsWithDataSubjectRights to true.");

    /// <summary>AIC2112: GDPR Art. 28: no assistance with security and impact assessments.</summary>
    public static DiagnosticDescriptor NoComplianceAssistance { get; } = Error("AIC2112", "No assistance with security and impact assessments", DataArea, "The provider does not assist with security, breach notification, impact assessments and prior consultation (GDPR Art. 28(3)(f), Arts. 32 to 36); set processorObligations.assistsWithSecurityAndAssessments to true.");

    /// <summary>AIC2113: GDPR Art. 28: no deletion or return at the end.</summary>
    public static DiagnosticDescriptor NoDeletionOrReturn { get; } = Error("AIC2113", "No deletion or return at the end", DataArea, "The contract does not say that personal data is deleted or returned, and by when, at the end of the services (GDPR Art. 28(3)(g)); add exit.postExitDeletion with a deadline and method.");

    /// <summary>AIC2114: GDPR Art. 28: no information and audit rights.</summary>
    public static DiagnosticDescriptor NoAuditInformation { get; } = Error("AIC2114", "No information and audit rights", DataArea, "The customer has no right to the information needed to demonstrate compliance and to audits (GDPR Art. 28(3)(h)); add governance.auditRights.");

    /// <summary>AIC3001: no documented interface.</summary>
    public static DiagnosticDescriptor NoInterfaces { get; } = Error("AIC3001", "No documented interface", IntegrationArea, "The contract documents no interface; add integration.interfaces with a specification reference for each.");

    /// <summary>AIC3002: an interface without a specification reference.</summary>
    public static DiagnosticDescriptor InterfaceWithoutSpecification { get; } = Error("AIC3002", "Interface without specification", IntegrationArea, "Interface '{value}' has no specification reference; point to its OpenAPI, AsyncAPI, protobuf or SDK documentation, with a version.");

    /// <summary>AIC3003: no acceptance test cases.</summary>
    public static DiagnosticDescriptor NoAcceptanceTests { get; } = Error("AIC3003", "No acceptance tests", IntegrationArea, "The contract defines no acceptance test case; add integration.acceptanceTests with a procedure and expected result for each.");

    /// <summary>AIC3004: no compatibility or deprecation terms.</summary>
    public static DiagnosticDescriptor NoCompatibilityTerms { get; } = Error("AIC3004", "No compatibility terms", IntegrationArea, "The contract {problem}; state how interfaces are versioned and how long before a deprecation or breaking change the customer is told.");

    /// <summary>AIC3005: interfaces are unversioned.</summary>
    public static DiagnosticDescriptor Unversioned { get; } = Warning("AIC3005", "Unversioned interfaces", IntegrationArea, "Interfaces are {value}; without versions the customer cannot tell a breaking change from a fix.");

    /// <summary>AIC3006: the deprecation notice is shorter than the playbook requires.</summary>
    public static DiagnosticDescriptor DeprecationNoticeTooShort { get; } = Warning("AIC3006", "Deprecation notice too short", IntegrationArea, "Deprecations are announced {value} ahead, less than the playbook's minimum of {limit}.");

    /// <summary>AIC3007: no sandbox proof is required.</summary>
    public static DiagnosticDescriptor SandboxProofNotRequired { get; } = Error("AIC3007", "Sandbox proof not required", IntegrationArea, "The contract {problem}; require a sandboxed integration proof that must pass before signing.");

    /// <summary>AIC3008: a signed or active contract without a passed sandbox proof.</summary>
    public static DiagnosticDescriptor SandboxProofNotPassed { get; } = Error("AIC3008", "Sandbox proof not passed", IntegrationArea, "The contract is {status} but its sandbox proof is {value}; a signed or active contract needs a passed proof.");

    /// <summary>AIC4001: a metered price without a cap.</summary>
    public static DiagnosticDescriptor OpenEndedPricing { get; } = Error("AIC4001", "Open-ended pricing", PricingArea, "Meter '{value}' is priced by usage without a cap, and the contract has no total cap; cap its quantity or spend, or add pricing.totalCap.");

    /// <summary>AIC4002: price tiers are not in ascending order.</summary>
    public static DiagnosticDescriptor TiersNotAscending { get; } = Error("AIC4002", "Tiers not ascending", PricingArea, "This tier ends at {value}, not above the previous tier's end {previous}; tiers must ascend without overlapping.");

    /// <summary>AIC4003: an unbounded tier that is not the last.</summary>
    public static DiagnosticDescriptor UnboundedTierNotLast { get; } = Error("AIC4003", "Unbounded tier before the last", PricingArea, "This tier has no upper bound but is not the last; only the last tier may be open-ended.");

    /// <summary>AIC4004: an amount in another currency than the pricing's.</summary>
    public static DiagnosticDescriptor MixedCurrencies { get; } = Error("AIC4004", "Mixed currencies", PricingArea, "This amount is in {value} but the pricing is in {currency}; state every amount in the pricing currency.");

    /// <summary>AIC4005: a large upfront fee neither refundable nor guaranteed.</summary>
    public static DiagnosticDescriptor UpfrontFeeUnguaranteed { get; } = Error("AIC4005", "Upfront fee without guarantee", PricingArea, "The upfront fee of {value} is neither refundable nor tied to a guarantee{threshold}; make it refundable or tie it to acceptance tests, the sandbox proof or a milestone.");

    /// <summary>AIC4006: no refund mechanism.</summary>
    public static DiagnosticDescriptor NoRefundMechanism { get; } = Error("AIC4006", "No refund mechanism", PricingArea, "The pricing has no refund mechanism; add service credits or refunds of prepaid fees.");

    /// <summary>AIC4007: price increases are not limited.</summary>
    public static DiagnosticDescriptor PriceIncreasesUnlimited { get; } = Error("AIC4007", "Price increases not limited", PricingArea, "The pricing does not limit price increases; add priceChangeLimit with a maximum increase per period or a date prices are fixed until.");

    /// <summary>AIC4008: the price-increase limit is above the playbook's.</summary>
    public static DiagnosticDescriptor PriceIncreaseTooHigh { get; } = Warning("AIC4008", "Price increase above playbook limit", PricingArea, "Prices may rise by {value}, more than the playbook's limit of {limit}.");

    /// <summary>AIC4009: the contract has no pricing terms.</summary>
    public static DiagnosticDescriptor NoPricing { get; } = Error("AIC4009", "No pricing terms", PricingArea, "The contract has no pricing terms; add pricing with a currency, meters and caps.");

    /// <summary>AIC5001: the customer cannot terminate for convenience.</summary>
    public static DiagnosticDescriptor NoTerminationForConvenience { get; } = Error("AIC5001", "No termination for convenience", ExitArea, "The customer has no right to terminate for convenience; add a termination right with trigger Convenience held by the customer (or either party).");

    /// <summary>AIC5002: the customer cannot terminate for chronic SLA breach.</summary>
    public static DiagnosticDescriptor NoTerminationForChronicBreach { get; } = Error("AIC5002", "No termination for chronic SLA breach", ExitArea, "The customer has no right to terminate for chronic SLA breach; add a termination right with trigger ChronicSlaBreach, or chronic-breach terms that grant one.");

    /// <summary>AIC5003: no data portability at exit.</summary>
    public static DiagnosticDescriptor NoDataPortability { get; } = Error("AIC5003", "No data portability", ExitArea, "The contract {problem}; list what the customer gets back at exit, in which open formats and by when.");

    /// <summary>AIC5004: portability only in proprietary formats.</summary>
    public static DiagnosticDescriptor PortabilityNotOpen { get; } = Error("AIC5004", "Portability not in open formats", ExitArea, "Data is returned in {value}; name at least one open format (JSON Lines, Parquet, CSV...).");

    /// <summary>AIC5005: portability without a deadline.</summary>
    public static DiagnosticDescriptor PortabilityWithoutDeadline { get; } = Error("AIC5005", "Portability without deadline", ExitArea, "Data portability has no deadline; state by when the data is handed over (at most {limit}).");

    /// <summary>AIC5006: the portability deadline is later than the playbook allows.</summary>
    public static DiagnosticDescriptor PortabilityTooLate { get; } = Warning("AIC5006", "Portability deadline too late", ExitArea, "Data is handed over within {value}, later than the playbook's limit of {limit}.");

    /// <summary>AIC5007: no knowledge transfer to internal teams.</summary>
    public static DiagnosticDescriptor NoKnowledgeTransfer { get; } = Error("AIC5007", "No knowledge transfer", ExitArea, "The contract has no knowledge transfer to the customer's internal teams; add exit.knowledgeTransfer with hours or deliverables.");

    /// <summary>AIC5008: knowledge transfer without hours or deliverables.</summary>
    public static DiagnosticDescriptor KnowledgeTransferVague { get; } = Error("AIC5008", "Knowledge transfer without hours or deliverables", ExitArea, "Knowledge transfer names neither hours nor deliverables; state at least one so that it can be claimed.");

    /// <summary>AIC5009: a custom model without artifact terms.</summary>
    public static DiagnosticDescriptor NoArtifactTerms { get; } = Error("AIC5009", "No artifact terms for a custom model", ExitArea, "AI system '{value}' is customised for the customer but no model-artifact terms cover it; add exit.modelArtifacts naming it, with ownership, open formats and a handover deadline.");

    /// <summary>AIC5010: model artifacts in a proprietary format only.</summary>
    public static DiagnosticDescriptor ArtifactsNotOpen { get; } = Error("AIC5010", "Model artifacts in a proprietary format", ExitArea, "Model artifacts are handed over in {value}; name an open format such as Onnx or Safetensors.");

    /// <summary>AIC5011: no deletion after exit.</summary>
    public static DiagnosticDescriptor NoPostExitDeletion { get; } = Error("AIC5011", "No deletion after exit", ExitArea, "The contract {problem}; add exit.postExitDeletion with a deadline and method.");

    /// <summary>AIC5012: the post-exit deletion disagrees with the data terms.</summary>
    public static DiagnosticDescriptor PostExitDeletionInconsistent { get; } = Warning("AIC5012", "Post-exit deletion inconsistent with data terms", ExitArea, "Deletion after exit {problem}; align it with the deletion terms of the data categories.");

    /// <summary>AIC6001: no reporting cadence.</summary>
    public static DiagnosticDescriptor NoReporting { get; } = Error("AIC6001", "No reporting", GovernanceArea, "The contract sets no reporting cadence; add governance.reporting with a cadence and the KPIs reported.");

    /// <summary>AIC6002: reports are less frequent than the playbook requires.</summary>
    public static DiagnosticDescriptor ReportingTooInfrequent { get; } = Warning("AIC6002", "Reporting too infrequent", GovernanceArea, "Reports come {value}, less often than the playbook's {limit}.");

    /// <summary>AIC6003: no audit rights.</summary>
    public static DiagnosticDescriptor NoAuditRights { get; } = Error("AIC6003", "No audit rights", GovernanceArea, "The customer has no audit rights; add governance.auditRights with notice, scope and frequency.");

    /// <summary>AIC6004: no incident notification.</summary>
    public static DiagnosticDescriptor NoIncidentNotification { get; } = Error("AIC6004", "No incident notification", GovernanceArea, "The contract sets no incident-notification deadlines; add governance.incidentNotifications, at least for Critical incidents.");

    /// <summary>AIC6005: critical incidents are notified later than the playbook allows.</summary>
    public static DiagnosticDescriptor IncidentNotificationTooLate { get; } = Error("AIC6005", "Incident notification too late", GovernanceArea, "{severity} incidents are notified within {value}, later than the playbook's limit of {limit} for critical incidents.");

    /// <summary>AIC6006: no model-change notice.</summary>
    public static DiagnosticDescriptor NoModelChangeNotice { get; } = Error("AIC6006", "No model-change notice", GovernanceArea, "The contract {problem}; add governance.modelChangeNotice with a notice period of at least {limit}.");

    /// <summary>AIC6007: no right to test model changes before rollout.</summary>
    public static DiagnosticDescriptor NoRightToTestModelChanges { get; } = Error("AIC6007", "No right to test model changes", GovernanceArea, "The customer has no right to test model changes before rollout; set rightToTestBeforeRollout with a test period.");

    /// <summary>Codes that mean a clause is missing altogether (the others mean it is present but deficient).</summary>
    internal static FrozenSet<string> MissingClauseCodes { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        "AIC1001", "AIC1005", "AIC1007", "AIC1013", "AIC2011", "AIC2013", "AIC2101", "AIC2102", "AIC2103", "AIC2104", "AIC2105", "AIC2106", "AIC2107", "AIC2108",
        "AIC2109", "AIC2110", "AIC2111", "AIC2112", "AIC2113", "AIC2114", "AIC3001", "AIC3003", "AIC3004", "AIC3007", "AIC4006", "AIC4007", "AIC4009",
        "AIC5001", "AIC5002", "AIC5003", "AIC5007", "AIC5009", "AIC5011", "AIC6001", "AIC6003", "AIC6004", "AIC6006");

    private static DiagnosticDescriptor[] RuleDescriptors() =>
    [
        NoKpis, KpiNotMeasurable, KpiDirectionMissing, ThresholdContradictsDirection, NoBusinessKpi, BusinessKpiWithoutOutcome, NoObjectives,
        ObjectiveWithoutRemedy, CreditBandInverted, CreditBandsNotContiguous, CreditsNotIncreasing, CreditBelowMinimum, NoDriftMonitoring,
        SystemWithoutDriftMonitor, DriftMonitorIncomplete, NoTimeZoneForWindows, RollingWindowWithoutPeriod,
        RetentionNotFinite, RetentionTooLong, DeletionIncomplete, RawDataUnjustified, ProtectionLevelMissing, TrainingNotExplicit,
        VendorTrainsOnPersonalData, SubProcessorsNotListed, SubProcessorLocationMissing, NoResidency, NoBreachNotification,
        BreachNotificationTooLate, NoDataCategories, NoAccessRules,
        NoSubjectMatter, NoProcessingDuration, NoNatureOfProcessing, NoProcessingPurpose, NoPersonalDataTypes, NoDataSubjects, NoDocumentedInstructions,
        NoConfidentiality, NoSecurityMeasures, NoSubProcessorConditions, NoDataSubjectAssistance, NoComplianceAssistance, NoDeletionOrReturn, NoAuditInformation,
        NoInterfaces, InterfaceWithoutSpecification, NoAcceptanceTests, NoCompatibilityTerms, Unversioned, DeprecationNoticeTooShort,
        SandboxProofNotRequired, SandboxProofNotPassed,
        OpenEndedPricing, TiersNotAscending, UnboundedTierNotLast, MixedCurrencies, UpfrontFeeUnguaranteed, NoRefundMechanism,
        PriceIncreasesUnlimited, PriceIncreaseTooHigh, NoPricing,
        NoTerminationForConvenience, NoTerminationForChronicBreach, NoDataPortability, PortabilityNotOpen, PortabilityWithoutDeadline,
        PortabilityTooLate, NoKnowledgeTransfer, KnowledgeTransferVague, NoArtifactTerms, ArtifactsNotOpen, NoPostExitDeletion,
        PostExitDeletionInconsistent,
        NoReporting, ReportingTooInfrequent, NoAuditRights, NoIncidentNotification, IncidentNotificationTooLate, NoModelChangeNotice,
        NoRightToTestModelChanges,
    ];
}

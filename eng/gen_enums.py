# One-off generator for the smart-enum source files (kept for review; the generated files are the source of truth).
import os, textwrap
ROOT = os.path.join(os.path.dirname(__file__), '..', 'src', 'AiContracts.Domain')

GENERATED = []

def gen(ns, folder, name, summary, values, extra=None):
    GENERATED.append(ns + '.' + name)
    # values: list of (Name, doc[, extra_literal])
    lines = []
    usings = ["using Ardalis.SmartEnum;"]
    if extra and extra[0].get('using'):
        usings.append(extra[0]['using'])
    lines += usings
    lines.append("")
    lines.append(f"namespace {ns};")
    lines.append("")
    lines.append(f"/// <summary>{summary}</summary>")
    lines.append("/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>")
    lines.append(f"public sealed class {name} : SmartEnum<{name}>")
    lines.append("{")
    for i, v in enumerate(values, 1):
        vname, doc = v[0], v[1]
        lines.append(f"    /// <summary>{doc}</summary>")
        if extra:
            args = ", ".join(v[2:])
            lines.append(f"    public static readonly {name} {vname} = new(nameof({vname}), {i}, {args});")
        else:
            lines.append(f"    public static readonly {name} {vname} = new(nameof({vname}), {i});")
        lines.append("")
    if extra:
        params = ", ".join(f"{e['type']} {e['param']}" for e in extra)
        lines.append(f"    private {name}(string name, int value, {params})")
        lines.append("        : base(name, value)")
        lines.append("    {")
        for e in extra:
            lines.append(f"        {e['prop']} = {e['param']};")
        lines.append("    }")
        for e in extra:
            lines.append("")
            lines.append(f"    /// <summary>{e['doc']}</summary>")
            lines.append(f"    public {e['type']} {e['prop']} {{ get; }}")
    else:
        lines.append(f"    private {name}(string name, int value)")
        lines.append("        : base(name, value)")
        lines.append("    {")
        lines.append("    }")
    lines.append("}")
    path = os.path.join(ROOT, folder, name + '.cs')
    with open(path, 'w') as f:
        f.write("\n".join(lines) + "\n")

D = 'AiContracts.Domain'
gen(D, '', 'ContractStatus', 'Where a contract stands in its life cycle.', [
 ('Draft', 'Being written; incomplete terms are expected.'),
 ('Proposed', 'Sent to the other party for review.'),
 ('UnderNegotiation', 'Terms are being negotiated.'),
 ('Signed', 'Signed by both parties, not yet in effect.'),
 ('Active', 'In effect.'),
 ('Suspended', 'In effect but with performance suspended.'),
 ('Terminated', 'Ended before the end of its term.'),
 ('Expired', 'Ended at the end of its term without renewal.')])
gen(D, '', 'ProviderKind', 'Who provides the AI deployment.', [
 ('InternalDepartment', 'A department or team of the customer\'s own organisation (internal SLAs and chargeback).'),
 ('ExternalSupplier', 'An external company building or running the system for the customer.'),
 ('SaasPlatform', 'A software-as-a-service platform offering the model to many customers.')])
gen(D, '', 'RenewalKind', 'How a contract renews at the end of a term.', [
 ('None', 'The contract ends at the end of the term.'),
 ('Automatic', 'The contract renews for the renewal period unless a party gives notice of non-renewal.'),
 ('ByAgreement', 'The contract renews only if both parties agree in writing.')])
gen(D, '', 'PartyRole', 'Which party holds a right or an obligation.', [
 ('Customer', 'The customer.'),
 ('Provider', 'The provider.'),
 ('Either', 'Either party.')])
gen(D, '', 'Cadence', 'How often something recurs: monitoring, reporting, audits.', [
 ('Continuous', 'Continuously, as events happen.'),
 ('Hourly', 'Every hour.'),
 ('Daily', 'Every day.'),
 ('Weekly', 'Every week.'),
 ('Monthly', 'Every calendar month.'),
 ('Quarterly', 'Every calendar quarter.'),
 ('Annually', 'Every year.')])

S = 'AiContracts.Domain.Systems'
gen(S, 'Systems', 'AiSystemKind', 'What kind of AI system a contract covers.', [
 ('LargeLanguageModel', 'A large language model used for generation, chat or extraction.'),
 ('Classifier', 'A classification model.'),
 ('Regression', 'A regression model predicting a quantity.'),
 ('Forecasting', 'A time-series forecasting model.'),
 ('Recommender', 'A recommendation or ranking model.'),
 ('ComputerVision', 'An image or video model.'),
 ('Speech', 'A speech recognition or synthesis model.'),
 ('Embedding', 'A model producing vector embeddings.'),
 ('Agent', 'An agentic system that plans and calls tools.'),
 ('Other', 'Another kind of system; describe it in the intended use.')])
gen(S, 'Systems', 'HostingModel', 'Where and by whom an AI system is run.', [
 ('VendorHostedSaas', 'Run by the provider on its own infrastructure, shared with other customers.'),
 ('VendorHostedDedicated', 'Run by the provider on infrastructure dedicated to the customer.'),
 ('VendorManagedInCustomerCloud', 'Run by the provider inside the customer\'s cloud account.'),
 ('CustomerHosted', 'Run by the customer on its own infrastructure.'),
 ('InternalPlatform', 'Run by an internal department on the organisation\'s shared platform.')])
gen(S, 'Systems', 'ModelFormat', 'The format a model or its weights are stored and handed over in.', [
 ('Onnx', 'Open Neural Network Exchange (ONNX).', 'isOpen: true'),
 ('Safetensors', 'Hugging Face safetensors weights.', 'isOpen: true'),
 ('Gguf', 'GGUF, as used by llama.cpp.', 'isOpen: true'),
 ('Pmml', 'Predictive Model Markup Language.', 'isOpen: true'),
 ('TorchScript', 'PyTorch TorchScript.', 'isOpen: true'),
 ('TensorFlowSavedModel', 'TensorFlow SavedModel.', 'isOpen: true'),
 ('Proprietary', 'A format only the provider\'s tooling can read.', 'isOpen: false')],
 extra=[{'type': 'bool', 'param': 'isOpen', 'prop': 'IsOpen', 'doc': 'Whether the format is openly specified and readable with tools not controlled by the provider.'}])
gen(S, 'Systems', 'RiskClass', 'The risk class of an AI system, in the tiers of the EU AI Act.', [
 ('Minimal', 'Minimal risk: no specific obligations.'),
 ('Limited', 'Limited risk: transparency obligations.'),
 ('High', 'High risk (Annex III use cases): risk management, data governance, logging, human oversight.'),
 ('Unacceptable', 'A prohibited practice.')])

L = 'AiContracts.Domain.ServiceLevels'
gen(L, 'ServiceLevels', 'KpiCategory', 'Whether a KPI measures technical behaviour or business impact.', [
 ('Technical', 'Technical behaviour of the system: availability, latency, quality, drift.'),
 ('Business', 'Business impact: cost per transaction, resolution rate, revenue at risk.')])
gen(L, 'ServiceLevels', 'KpiMetric', 'What a KPI measures.', [
 ('Availability', 'Share of time or requests the service was available.', 'KpiCategory.Technical'),
 ('Latency', 'Time to answer a request.', 'KpiCategory.Technical'),
 ('Throughput', 'Requests or tokens served per unit of time.', 'KpiCategory.Technical'),
 ('ErrorRate', 'Share of requests that failed.', 'KpiCategory.Technical'),
 ('Accuracy', 'Share of correct predictions on a labelled evaluation set.', 'KpiCategory.Technical'),
 ('Precision', 'Precision on a labelled evaluation set.', 'KpiCategory.Technical'),
 ('Recall', 'Recall on a labelled evaluation set.', 'KpiCategory.Technical'),
 ('F1Score', 'F1 score on a labelled evaluation set.', 'KpiCategory.Technical'),
 ('Auc', 'Area under the ROC curve.', 'KpiCategory.Technical'),
 ('ForecastError', 'Forecast error such as MAPE or WMAPE against actuals.', 'KpiCategory.Technical'),
 ('PopulationStabilityIndex', 'Population stability index between a baseline and current inputs or scores.', 'KpiCategory.Technical'),
 ('KolmogorovSmirnov', 'Kolmogorov-Smirnov statistic between a baseline and current distributions.', 'KpiCategory.Technical'),
 ('CostPerTransaction', 'Cost of one business transaction handled with the system.', 'KpiCategory.Business'),
 ('ResolutionRate', 'Share of cases resolved without human hand-off.', 'KpiCategory.Business'),
 ('ConversionUplift', 'Uplift in conversion against a control group.', 'KpiCategory.Business'),
 ('TimeSaved', 'Working time saved per case or per period.', 'KpiCategory.Business'),
 ('RevenueAtRisk', 'Revenue exposed to wrong or missing predictions.', 'KpiCategory.Business'),
 ('CustomerSatisfaction', 'Customer satisfaction score of interactions handled by the system.', 'KpiCategory.Business'),
 ('Custom', 'Another metric; define it in the KPI\'s method.', 'KpiCategory.Technical')],
 extra=[{'type': 'KpiCategory', 'param': 'typicalCategory', 'prop': 'TypicalCategory', 'doc': 'The category this metric usually belongs to; a KPI states its own category.'}])
gen(L, 'ServiceLevels', 'KpiUnit', 'The unit of a KPI\'s values, targets and thresholds.', [
 ('Percent', 'Percent, 0 to 100.'),
 ('Milliseconds', 'Milliseconds.'),
 ('Seconds', 'Seconds.'),
 ('Minutes', 'Minutes.'),
 ('Hours', 'Hours.'),
 ('RequestsPerSecond', 'Requests per second.'),
 ('TokensPerSecond', 'Tokens per second.'),
 ('Ratio', 'A ratio between 0 and 1.'),
 ('Score', 'A unitless score, such as F1 or AUC.'),
 ('Count', 'A count of events or items.'),
 ('CurrencyAmount', 'An amount in the contract\'s pricing currency.'),
 ('Statistic', 'A unitless statistic, such as PSI or KS.')])
gen(L, 'ServiceLevels', 'Direction', 'Whether higher or lower values of a KPI are better.', [
 ('HigherIsBetter', 'Higher values are better (availability, accuracy); a breach is a value below the threshold.'),
 ('LowerIsBetter', 'Lower values are better (latency, cost); a breach is a value above the threshold.')])
gen(L, 'ServiceLevels', 'Aggregation', 'How raw measurements are aggregated into a KPI value for a window.', [
 ('Mean', 'Arithmetic mean.'),
 ('Median', 'Median (50th percentile).'),
 ('P90', '90th percentile.'),
 ('P95', '95th percentile.'),
 ('P99', '99th percentile.'),
 ('Ratio', 'Good events over total events.'),
 ('Sum', 'Sum over the window.'),
 ('Count', 'Number of events in the window.'),
 ('Minimum', 'Smallest value in the window.'),
 ('Maximum', 'Largest value in the window.'),
 ('Last', 'Last value measured in the window.')])
gen(L, 'ServiceLevels', 'WindowKind', 'The kind of window a KPI is measured over.', [
 ('CalendarDay', 'A calendar day in the contract\'s time zone.'),
 ('CalendarWeek', 'An ISO calendar week (Monday to Sunday) in the contract\'s time zone.'),
 ('CalendarMonth', 'A calendar month in the contract\'s time zone.'),
 ('CalendarQuarter', 'A calendar quarter in the contract\'s time zone.'),
 ('Rolling', 'A rolling period of fixed length ending at the time of measurement.')])
gen(L, 'ServiceLevels', 'AvailabilityMethod', 'How availability is computed.', [
 ('UptimeMinutes', 'Minutes the service was up over total minutes in the window, minus excluded minutes.'),
 ('ErrorRateIntervals', '100 % minus the average error rate over fixed intervals (as public cloud SLAs define it).')])
gen(L, 'ServiceLevels', 'EmptyIntervalRule', 'How an interval that saw no requests counts when availability is computed from error rates.', [
 ('CountsAsAvailable', 'The interval counts as fully available (0 % error rate).'),
 ('CountsAsUnavailable', 'The interval counts as unavailable.'),
 ('Excluded', 'The interval is left out of the average.')])
gen(L, 'ServiceLevels', 'CreditBase', 'The fees a service-credit percentage is applied to.', [
 ('AffectedServiceMonthlyFees', 'The fees of the billing period for the affected service only.'),
 ('TotalMonthlyFees', 'All fees of the billing period.'),
 ('AffectedMeterFees', 'The fees of the billing period for the meters the objective names.'),
 ('AnnualFees', 'The annual fees.')])
gen(L, 'ServiceLevels', 'ExclusionKind', 'Causes of downtime or degradation that do not count against an objective.', [
 ('ScheduledMaintenance', 'Maintenance announced in advance within an agreed window.'),
 ('EmergencyMaintenance', 'Unplanned maintenance to fix a critical security issue.'),
 ('ForceMajeure', 'Events beyond the provider\'s reasonable control.'),
 ('CustomerCaused', 'Failures caused by the customer\'s systems, data or misuse.'),
 ('ThirdPartyFailure', 'Failures of third-party services the customer chose.'),
 ('PreviewFeatures', 'Features offered as preview or beta.'),
 ('SuspensionForCause', 'Suspension of the service under the contract\'s terms, such as for non-payment.'),
 ('Other', 'Another exclusion; describe it.')])
gen(L, 'ServiceLevels', 'RemedyKind', 'What happens when an objective is breached or drift crosses a threshold.', [
 ('ServiceCredit', 'A credit against future fees, from the objective\'s credit bands.'),
 ('Refund', 'A refund of fees paid.'),
 ('Retrain', 'The provider retrains the model.'),
 ('Rollback', 'The provider rolls back to the last accepted model version.'),
 ('Notify', 'The provider notifies the customer.'),
 ('RootCauseAnalysis', 'The provider delivers a root-cause analysis.'),
 ('RemediationPlan', 'The provider delivers and carries out a remediation plan.'),
 ('Escalation', 'The issue goes to the escalation contacts.')])
gen(L, 'ServiceLevels', 'DriftMetric', 'The statistic used to detect drift between a baseline and current data.', [
 ('PopulationStabilityIndex', 'Population stability index (PSI).'),
 ('KolmogorovSmirnov', 'Kolmogorov-Smirnov statistic.'),
 ('JensenShannonDivergence', 'Jensen-Shannon divergence.'),
 ('KullbackLeiblerDivergence', 'Kullback-Leibler divergence.'),
 ('WassersteinDistance', 'Wasserstein (earth mover\'s) distance.'),
 ('ChiSquare', 'Chi-square statistic for categorical features.'),
 ('PerformanceDrop', 'Drop of a quality metric against the accepted baseline, in percentage points.')])
gen(L, 'ServiceLevels', 'DriftScope', 'What a drift monitor compares against its baseline.', [
 ('InputData', 'The distribution of input features or prompts (data drift).'),
 ('Predictions', 'The distribution of outputs or scores (prediction drift).'),
 ('Performance', 'Quality against labelled outcomes (concept drift).'),
 ('Behaviour', 'Behaviour on a fixed evaluation suite (behaviour shift of a hosted model).')])

P = 'AiContracts.Domain.DataProcessing'
gen(P, 'DataProcessing', 'DataCategory', 'A category of data that flows between customer and provider.', [
 ('Training', 'Data used to train a model.'),
 ('FineTuning', 'Data used to fine-tune a model.'),
 ('InferenceInput', 'Inputs sent to the model (prompts, features, documents).'),
 ('InferenceOutput', 'Outputs returned by the model.'),
 ('LogsAndTelemetry', 'Logs, traces and usage telemetry.'),
 ('Feedback', 'Ratings, corrections and other feedback on outputs.'),
 ('Evaluation', 'Labelled data used to evaluate the model.')])
gen(P, 'DataProcessing', 'ProtectionLevel', 'How data is protected before it reaches the provider.', [
 ('Raw', 'Raw data, identifiable; needs a justification when personal.'),
 ('Pseudonymised', 'Identifiers replaced by pseudonyms; re-identification needs separately kept data.'),
 ('Aggregated', 'Only aggregates leave the customer.'),
 ('Anonymised', 'Irreversibly anonymised.'),
 ('Synthetic', 'Synthetic data generated to stand in for real data.')])
gen(P, 'DataProcessing', 'ProcessingPurpose', 'A purpose for which the provider may process data.', [
 ('ServiceDelivery', 'Providing the contracted service to the customer.'),
 ('ModelTraining', 'Training models (the provider\'s or the customer\'s, as the terms say).'),
 ('FineTuning', 'Fine-tuning a model for the customer.'),
 ('Evaluation', 'Evaluating model quality.'),
 ('Monitoring', 'Monitoring service health and drift.'),
 ('Support', 'Handling support requests.'),
 ('SecurityAndAbusePrevention', 'Security, fraud and abuse prevention.'),
 ('Billing', 'Metering and invoicing.'),
 ('LegalCompliance', 'Complying with legal obligations.'),
 ('ProductImprovement', 'Improving the provider\'s products in general.')])
gen(P, 'DataProcessing', 'DataSubjectCategory', 'A category of people whose personal data is processed.', [
 ('Customers', 'The customer\'s own customers.'),
 ('Prospects', 'Prospective customers.'),
 ('Employees', 'The customer\'s employees.'),
 ('Contractors', 'Contractors and temporary staff.'),
 ('EndUsers', 'Users of the customer\'s products who interact with the system.'),
 ('Patients', 'Patients (health data).'),
 ('Children', 'Children.'),
 ('Students', 'Students and pupils.'),
 ('Citizens', 'Citizens served by a public body.'),
 ('Other', 'Other data subjects; describe them.')])
gen(P, 'DataProcessing', 'RetentionKind', 'How long a category of data is kept.', [
 ('NotRetained', 'Not stored beyond processing the request (zero data retention).'),
 ('FixedPeriod', 'Kept for a stated period.'),
 ('UntilContractEnd', 'Kept until the contract ends, then deleted under the deletion terms.'),
 ('Indefinite', 'Kept without a time limit.')])
gen(P, 'DataProcessing', 'DeletionMethod', 'How data is deleted.', [
 ('CryptographicErasure', 'Destroying the keys of encrypted data.'),
 ('SecureOverwrite', 'Overwriting storage (for example NIST SP 800-88 clear or purge).'),
 ('PhysicalDestruction', 'Destroying the storage media.'),
 ('LogicalDeletion', 'Deleting records through the application; backups may persist.'),
 ('ReturnThenDelete', 'Returning the data to the customer, then deleting it.')])
gen(P, 'DataProcessing', 'AccessHolder', 'Who holds an access role to data.', [
 ('CustomerStaff', 'The customer\'s staff.'),
 ('ProviderStaff', 'The provider\'s staff.'),
 ('SubProcessor', 'A sub-processor of the provider.'),
 ('AutomatedSystem', 'An automated system without human access.')])
gen(P, 'DataProcessing', 'AccessLevel', 'What an access role may do with data.', [
 ('Read', 'Read only.'),
 ('ReadWrite', 'Read and change.'),
 ('Administer', 'Administer, including grant access and delete.')])
gen(P, 'DataProcessing', 'LegalFramework', 'A data-protection or AI law the processing is subject to.', [
 ('Gdpr', 'EU General Data Protection Regulation (2016/679).'),
 ('UkGdpr', 'UK GDPR and the Data Protection Act 2018.'),
 ('Ccpa', 'California Consumer Privacy Act, as amended by the CPRA.'),
 ('Hipaa', 'US Health Insurance Portability and Accountability Act.'),
 ('EuAiAct', 'EU Artificial Intelligence Act (2024/1689).'),
 ('Dora', 'EU Digital Operational Resilience Act (2022/2554) for financial entities\' ICT third-party arrangements.'),
 ('Lgpd', 'Brazil\'s Lei Geral de Protecao de Dados.'),
 ('Pipeda', 'Canada\'s Personal Information Protection and Electronic Documents Act.'),
 ('Pipl', 'China\'s Personal Information Protection Law.'),
 ('Dpdp', 'India\'s Digital Personal Data Protection Act 2023.'),
 ('Swiss Fadp'.replace(' ', ''), 'Switzerland\'s revised Federal Act on Data Protection.')])
gen(P, 'DataProcessing', 'SecurityMeasure', 'A technical or organisational security measure.', [
 ('EncryptionAtRest', 'Data encrypted at rest.'),
 ('EncryptionInTransit', 'Data encrypted in transit (TLS 1.2 or later).'),
 ('CustomerManagedKeys', 'Encryption keys managed by the customer.'),
 ('RoleBasedAccessControl', 'Role-based access control with least privilege.'),
 ('MultiFactorAuthentication', 'Multi-factor authentication for all staff access.'),
 ('AccessLogging', 'Logging of every access to the data.'),
 ('NetworkIsolation', 'Network isolation of the processing environment.'),
 ('Pseudonymisation', 'Pseudonymisation of personal data.'),
 ('VulnerabilityManagement', 'Vulnerability scanning and patching.'),
 ('PenetrationTesting', 'Regular independent penetration tests.'),
 ('Iso27001Certification', 'ISO/IEC 27001 certification.'),
 ('Soc2Type2Report', 'SOC 2 Type II report.'),
 ('StaffConfidentiality', 'Staff bound by confidentiality obligations.')])

I = 'AiContracts.Domain.Integration'
gen(I, 'Integration', 'InterfaceKind', 'How an interface is specified.', [
 ('OpenApi', 'An HTTP API described by an OpenAPI document.'),
 ('AsyncApi', 'An event-driven API described by an AsyncAPI document.'),
 ('Grpc', 'A gRPC API described by Protocol Buffers.'),
 ('GraphQl', 'A GraphQL API described by its schema.'),
 ('Sdk', 'A client library (SDK) with documented API reference.'),
 ('BatchFileExchange', 'Files exchanged in batches, described by a file schema.'),
 ('Webhook', 'Callbacks from the provider, described by a payload schema.'),
 ('Other', 'Another kind of interface; describe it.')])
gen(I, 'Integration', 'VersioningScheme', 'How interface versions are numbered.', [
 ('SemanticVersioning', 'Semantic Versioning: breaking changes only in a new major version.'),
 ('DateBased', 'Versions named by release date.'),
 ('Sequential', 'Sequential version numbers.'),
 ('Unversioned', 'No versioning: changes are not announced by version.')])
gen(I, 'Integration', 'AcceptanceTestKind', 'What an acceptance test case checks.', [
 ('Functional', 'Functional behaviour of the interface.'),
 ('Performance', 'Latency and throughput under load.'),
 ('Quality', 'Model quality on an agreed evaluation set.'),
 ('Security', 'Security controls.'),
 ('Resilience', 'Behaviour under failures and overload.'),
 ('Compatibility', 'Compatibility with the customer\'s systems and versions.')])
gen(I, 'Integration', 'SandboxProofStatus', 'The state of the sandboxed integration proof.', [
 ('NotStarted', 'Not started.'),
 ('InProgress', 'Running.'),
 ('Passed', 'All criteria met.'),
 ('Failed', 'One or more criteria not met.'),
 ('Waived', 'Waived by the customer.')])
gen(I, 'Integration', 'ProofMilestone', 'The milestone a sandbox proof must pass before.', [
 ('Signing', 'Before the contract is signed.'),
 ('GoLive', 'Before production use starts.')])

R = 'AiContracts.Domain.Pricing'
gen(R, 'Pricing', 'BillingPeriod', 'How often usage is billed.', [
 ('Monthly', 'Every calendar month.'),
 ('Quarterly', 'Every calendar quarter.'),
 ('Annually', 'Every year.')])
gen(R, 'Pricing', 'PricingModel', 'How a meter\'s usage is priced (the semantics billing platforms use).', [
 ('Flat', 'A flat fee per billing period, whatever the usage.'),
 ('PerUnit', 'Every unit at the same unit price.'),
 ('Graduated', 'Each unit priced in the tier it falls in; a tier\'s flat fee applies once the tier is reached.'),
 ('Volume', 'Every unit priced at the tier the total quantity reaches, plus that tier\'s flat fee.'),
 ('Package', 'A price per package of a fixed number of units.')])
gen(R, 'Pricing', 'MeterUnit', 'What a meter counts.', [
 ('Tokens', 'Tokens, input and output together.'),
 ('InputTokens', 'Input (prompt) tokens.'),
 ('OutputTokens', 'Output (completion) tokens.'),
 ('Requests', 'API requests.'),
 ('Predictions', 'Predictions or scored records.'),
 ('Images', 'Images processed or generated.'),
 ('AudioMinutes', 'Minutes of audio.'),
 ('Characters', 'Characters of text.'),
 ('Documents', 'Documents processed.'),
 ('Pages', 'Pages processed.'),
 ('ComputeHours', 'Hours of compute.'),
 ('GpuHours', 'Hours of GPU time.'),
 ('Seats', 'Named users.'),
 ('Transactions', 'Business transactions handled.'),
 ('GigabyteMonths', 'Storage, in gigabyte-months.'),
 ('Subscription', 'Nothing is counted: a subscription priced with a flat fee.')])
gen(R, 'Pricing', 'PackageRounding', 'How a partial package is billed.', [
 ('StartedPackages', 'Every started package is billed (round up).'),
 ('CompletedPackages', 'Only completed packages are billed (round down).')])
gen(R, 'Pricing', 'CapBehaviour', 'What happens to usage beyond a quantity cap.', [
 ('NotBilled', 'Usage beyond the cap is served but not billed.'),
 ('OverageRate', 'Usage beyond the cap is billed at the cap\'s overage unit price.'),
 ('Throttled', 'Usage beyond the cap is refused (a hard limit).')])
gen(R, 'Pricing', 'GuaranteeKind', 'What an upfront fee is tied to.', [
 ('None', 'Nothing: the fee is due whatever happens.'),
 ('AcceptanceTestsPassed', 'The fee is earned only when the acceptance tests pass.'),
 ('SandboxProofPassed', 'The fee is earned only when the sandbox proof passes.'),
 ('PerformanceMilestone', 'The fee is earned when a stated performance milestone is met.'),
 ('SlaAttainment', 'The fee is refundable if service levels are not attained.'),
 ('EscrowOrBond', 'The fee is held in escrow or backed by a bond.')])
gen(R, 'Pricing', 'RefundKind', 'A mechanism that returns money to the customer.', [
 ('ServiceCredit', 'Credits against future invoices for missed service levels.'),
 ('PrepaidFeeRefund', 'Refund of prepaid fees not drawn down.'),
 ('ProRataRefund', 'Pro-rata refund of fees paid for a period not served.'),
 ('FeeReduction', 'A reduction of future fees.')])
gen(R, 'Pricing', 'PricingBasis', 'Whether prices are charged commercially or internally.', [
 ('Commercial', 'Invoiced by an external provider.'),
 ('InternalChargeback', 'Charged back to the consuming department\'s cost centre.'),
 ('Showback', 'Reported to the consuming department but not charged.')])
gen(R, 'Pricing', 'RoundingMode', 'How amounts are rounded to the currency\'s minor unit.', [
 ('HalfEven', 'To the nearest minor unit; a half goes to the even neighbour (banker\'s rounding).'),
 ('HalfAwayFromZero', 'To the nearest minor unit; a half goes away from zero (commercial rounding).'),
 ('Up', 'Away from zero.'),
 ('Down', 'Toward zero (truncation).')])

X = 'AiContracts.Domain.Exit'
gen(X, 'Exit', 'TerminationTrigger', 'What entitles a party to terminate.', [
 ('Convenience', 'No reason needed, on notice.'),
 ('MaterialBreach', 'A material breach not cured within the cure period.'),
 ('ChronicSlaBreach', 'Repeated breaches of service levels, as the objectives define.'),
 ('Insolvency', 'Insolvency of the other party.'),
 ('ChangeOfControl', 'A change of control of the other party.'),
 ('RegulatoryChange', 'A change of law that makes the deployment unlawful or materially harder.'),
 ('NonPayment', 'Fees unpaid past the payment terms.')])
gen(D, '', 'CostBasis', 'How a service such as exit assistance or an audit is paid for.', [
 ('Included', 'Included in the fees already paid.'),
 ('FixedFee', 'A fixed fee.'),
 ('TimeAndMaterials', 'Time and materials at stated rates.')])
gen(X, 'Exit', 'PortableAsset', 'Something the customer can take away at exit.', [
 ('CustomerData', 'All data the customer provided.'),
 ('InferenceOutputs', 'Outputs the system produced for the customer.'),
 ('LogsAndTelemetry', 'Logs and telemetry about the customer\'s use.'),
 ('PromptsAndConfiguration', 'Prompts, templates and configuration.'),
 ('FineTuningData', 'Data prepared for fine-tuning.'),
 ('Embeddings', 'Vector embeddings computed from customer data.'),
 ('EvaluationResults', 'Evaluation sets and results.'),
 ('Feedback', 'Feedback collected on outputs.')])
gen(X, 'Exit', 'DataFormat', 'A format data is exported in.', [
 ('Json', 'JSON.', 'isOpen: true'),
 ('JsonLines', 'JSON Lines.', 'isOpen: true'),
 ('Csv', 'Comma-separated values.', 'isOpen: true'),
 ('Parquet', 'Apache Parquet.', 'isOpen: true'),
 ('Avro', 'Apache Avro.', 'isOpen: true'),
 ('Xml', 'XML.', 'isOpen: true'),
 ('SqlDump', 'A SQL dump of a standard database.', 'isOpen: true'),
 ('Proprietary', 'A format only the provider\'s tooling can read.', 'isOpen: false')],
 extra=[{'type': 'bool', 'param': 'isOpen', 'prop': 'IsOpen', 'doc': 'Whether the format is openly specified and readable with tools not controlled by the provider.'}])
gen(X, 'Exit', 'ArtifactOwnership', 'Who owns model artifacts made for the customer.', [
 ('Customer', 'The customer owns them.'),
 ('Provider', 'The provider owns them.'),
 ('Joint', 'Both parties own them jointly.'),
 ('LicensedToCustomer', 'The provider owns them and grants the customer a perpetual licence.')])
gen(X, 'Exit', 'ArtifactKind', 'A model artifact handed over at exit.', [
 ('FineTunedWeights', 'Weights of a fine-tuned or custom-trained model.'),
 ('Adapters', 'Adapter weights (for example LoRA).'),
 ('TrainingCode', 'Source code used to train the model.'),
 ('TrainingPipeline', 'The pipeline that prepares data and trains the model, runnable by the customer.'),
 ('EvaluationHarness', 'The evaluation suite and harness.'),
 ('PromptTemplates', 'Prompt templates and system prompts.'),
 ('FeatureDefinitions', 'Feature definitions and preprocessing code.'),
 ('Documentation', 'Model cards and technical documentation.')])

G = 'AiContracts.Domain.Governance'
gen(G, 'Governance', 'IncidentSeverity', 'How severe an incident is.', [
 ('Critical', 'Service down or data breach.'),
 ('High', 'Major degradation or wrong outputs at scale.'),
 ('Medium', 'Partial degradation with a workaround.'),
 ('Low', 'Minor issue.')])
gen(G, 'Governance', 'ModelChangeKind', 'A change to a deployed model that needs notice.', [
 ('VersionUpgrade', 'A new model version replaces the current one.'),
 ('Retraining', 'The model is retrained on new data.'),
 ('ConfigurationChange', 'Decoding parameters, prompts or safety filters change.'),
 ('Deprecation', 'The model or a version is withdrawn.'),
 ('InfrastructureChange', 'The model moves to other hardware or another region.')])


I = 'AiContracts.Domain.Computations.Invoicing'
gen(I, 'Computations/Invoicing', 'InvoiceLineKind', 'What a line of a computed invoice is for.', [
 ('FlatFee', 'A meter\'s fee per billing period, charged whatever the usage.'),
 ('Usage', 'Usage of a meter: units, a tier\'s units or packages at their price.'),
 ('TierFlatFee', 'The flat fee of a tier that usage reached.'),
 ('Overage', 'Usage beyond a quantity cap, billed at the cap\'s overage rate.'),
 ('UnbilledUsage', 'Usage beyond a quantity cap that is not billed (amount zero, shown for the record).'),
 ('SpendCapAdjustment', 'A deduction that brings a meter or the invoice down to its spend cap.'),
 ('MinimumCommitmentTrueUp', 'The shortfall below the minimum commitment.'),
 ('ServiceCredit', 'A service credit for a breached objective (negative).'),
 ('PrepaidDrawdown', 'Prepaid fees drawn down against the amount due (negative).')])


# Trimming and native AOT: Ardalis.SmartEnum finds an enum's values by reflecting over its public static fields, which
# the trimmer would remove. This descriptor, embedded in the assembly, keeps them.
with open(os.path.join(ROOT, 'ILLink.Descriptors.xml'), 'w') as f:
    f.write('<?xml version="1.0" encoding="utf-8"?>\n')
    f.write('<!-- Generated by eng/gen_enums.py. Keeps the public static fields Ardalis.SmartEnum reflects over when trimmed or AOT-compiled. -->\n')
    f.write('<linker>\n  <assembly fullname="AiContracts.Domain">\n')
    # Hand-written smart enums outside the contract vocabulary.
    for t in sorted(GENERATED + ['AiContracts.Domain.Diagnostics.DiagnosticSeverity', 'AiContracts.Domain.Validation.ClauseStatus']):
        f.write(f'    <type fullname="{t}" preserve="fields" />\n')
    f.write('  </assembly>\n</linker>\n')

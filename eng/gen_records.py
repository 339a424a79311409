# One-off generator for the model's record types (kept for review; the generated files are the source of truth).
import os
ROOT = os.path.join(os.path.dirname(__file__), '..', 'src', 'AiContracts.Domain')
NS = {'': 'AiContracts.Domain', 'Systems': 'AiContracts.Domain.Systems', 'ServiceLevels': 'AiContracts.Domain.ServiceLevels',
      'DataProcessing': 'AiContracts.Domain.DataProcessing', 'Integration': 'AiContracts.Domain.Integration',
      'Pricing': 'AiContracts.Domain.Pricing', 'Exit': 'AiContracts.Domain.Exit', 'Governance': 'AiContracts.Domain.Governance'}

def rec(folder, name, summary, props, remarks=None, usings=()):
    ns = NS[folder]
    u = set(usings)
    import re
    words = set(re.findall(r"[A-Za-z]+", " ".join(p[0] for p in props)))
    text = " ".join(words)
    if words & {'Period', 'LocalDate', 'LocalTime', 'Duration', 'Instant', 'DateTimeZone', 'IsoDayOfWeek'}:
        u.add('NodaTime')
    if any(t in text for t in ('ValueArray', 'Money', 'Currency', 'Percentage', 'LocalId', 'ContractId', 'SchemaVersion')):
        u.add('AiContracts.Domain.Primitives')
    for f, n in NS.items():
        if n != ns and f != '' and f in ('ServiceLevels','DataProcessing','Integration','Pricing','Exit','Governance','Systems'):
            pass
    u.discard(ns)
    lines = [f"using {x};" for x in sorted(u, key=lambda s: (not s.startswith('System'), s))]
    if lines: lines.append("")
    lines.append(f"namespace {ns};")
    lines.append("")
    lines.append(f"/// <summary>{summary}</summary>")
    r = (remarks + " " if remarks else "") + "Thread safety: immutable; safe to share across threads."
    lines.append(f"/// <remarks>{r}</remarks>")
    lines.append(f"public sealed record {name}")
    lines.append("{")
    first = True
    for p in props:
        typ, pname, doc = p[0], p[1], p[2]
        default = p[3] if len(p) > 3 else None
        if not first: lines.append("")
        first = False
        lines.append(f"    /// <summary>{doc}</summary>")
        req = typ.startswith('!')
        typ = typ.lstrip('!')
        decl = f"    public {'required ' if req else ''}{typ} {pname} {{ get; init; }}"
        if len(p) > 4:
            decl = f"    public {typ} {pname} {{ get; init => field = {p[4]}; }}"
        elif default:
            # A null (from a serializer or a null-forgiving caller) falls back to the default.
            decl = f"    public {typ} {pname} {{ get; init => field = value ?? {default}; }} = {default};"

        lines.append(decl)
    lines.append("}")
    os.makedirs(os.path.join(ROOT, folder), exist_ok=True)
    with open(os.path.join(ROOT, folder, name + '.cs'), 'w') as f:
        f.write("\n".join(lines) + "\n")

SL, DP, IN, PR, EX, GV, SY = 'ServiceLevels', 'DataProcessing', 'Integration', 'Pricing', 'Exit', 'Governance', 'Systems'
ALL = ['AiContracts.Domain.' + x for x in (SL, DP, IN, PR, EX, GV, SY)] + ['AiContracts.Domain.Extensions']

rec('', 'AiContract', 'An AI-deployment contract: the aggregate root of the model, holding the parties, term and every clause group.', [
 ('SchemaVersion', 'SchemaVersion', 'The version of the document format; <see cref="SchemaVersion.Current"/> unless set (null also means the current version).', 'SchemaVersion.Current'),
 ('!ContractId', 'Id', 'The contract\'s identifier.'),
 ('!string', 'Title', 'A human-readable title, for example "Customer-support assistant: hosted LLM API".'),
 ('!ContractStatus', 'Status', 'Where the contract stands in its life cycle.'),
 ('ContractParties?', 'Parties', 'The customer and the provider; null while a draft has not named them.'),
 ('LocalDate?', 'EffectiveDate', 'The date the contract takes effect.'),
 ('ContractTerm?', 'Term', 'The initial term and renewal.'),
 ('string?', 'GoverningLaw', 'The law governing the contract, for example "England and Wales".'),
 ('DateTimeZone?', 'TimeZone', 'The time zone in which measurement windows, billing periods and deadlines are reckoned (a tzdb zone such as Europe/Berlin). A zone from another provider is replaced by the tzdb zone with the same id, so that equality does not depend on the provider.', None, 'value is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(value.Id) ?? value'),
 ('ValueArray<AiSystem>', 'AiSystems', 'The AI systems the contract covers.'),
 ('ServiceLevelTerms?', 'ServiceLevels', 'KPIs, service level objectives with credits, and drift monitoring.'),
 ('DataProcessingTerms?', 'DataProcessing', 'Retention, access, deletion and protection terms per data category.'),
 ('IntegrationTerms?', 'Integration', 'Documented interfaces, compatibility terms, acceptance tests and the sandbox proof.'),
 ('PricingTerms?', 'Pricing', 'Meters, tiers, caps, commitments, upfront fees and refund mechanisms.'),
 ('ExitTerms?', 'Exit', 'Termination rights, transition assistance, portability, model artifacts and knowledge transfer.'),
 ('GovernanceTerms?', 'Governance', 'Reporting, audit rights, incident notification, model-change notice and escalation.'),
 ('ExtensionObject', 'Extensions', 'Organisation-specific data the model does not interpret, kept losslessly; empty unless set (null also means empty).', 'ExtensionObject.Empty'),
], remarks='Build one with an object initialiser. A draft may leave clause groups out: completeness is reported by validation, never refused here. Two contracts with the same content are equal and have the same hash code.', usings=ALL)
rec('', 'ContractParties', 'The two parties of a contract.', [
 ('!Party', 'Customer', 'The organisation buying or consuming the AI deployment.'),
 ('!Party', 'Provider', 'The organisation or department providing it.'),
 ('!ProviderKind', 'ProviderKind', 'Whether the provider is an internal department, an external supplier or a SaaS platform.'),
])
rec('', 'Party', 'A party to the contract.', [
 ('!string', 'Name', 'The party\'s name, for example "Northwind Insurance plc" or "Group Data Science".'),
 ('string?', 'LegalEntityIdentifier', 'A registration number or LEI that identifies the legal entity.'),
 ('string?', 'CostCentre', 'For an internal department: the cost centre charged or credited.'),
 ('string?', 'Country', 'The country of establishment, as an ISO 3166-1 alpha-2 code such as DE.'),
 ('string?', 'Address', 'The registered address.'),
 ('ValueArray<Contact>', 'Contacts', 'People to contact about the contract.'),
])
rec('', 'Contact', 'A person to contact.', [
 ('!string', 'Name', 'The person\'s name.'),
 ('string?', 'Role', 'The person\'s role, for example "Head of Procurement".'),
 ('string?', 'Email', 'An e-mail address.'),
 ('string?', 'Phone', 'A telephone number.'),
])
rec('', 'ContractTerm', 'How long the contract runs and how it renews.', [
 ('Period?', 'InitialTerm', 'The length of the initial term from the effective date, for example P2Y.'),
 ('LocalDate?', 'EndDate', 'A fixed end date, when the term is stated as a date rather than a length.'),
 ('RenewalTerms?', 'Renewal', 'How the contract renews at the end of a term.'),
])
rec('', 'RenewalTerms', 'How a contract renews.', [
 ('!RenewalKind', 'Kind', 'Whether the contract renews automatically, by agreement or not at all.'),
 ('Period?', 'RenewalPeriod', 'The length of each renewal term, for example P1Y.'),
 ('Period?', 'NonRenewalNotice', 'How long before the end of a term notice of non-renewal must be given.'),
 ('int?', 'MaxRenewals', 'The largest number of renewals; null for no limit.'),
])
rec(SY, 'AiSystem', 'An AI system the contract covers.', [
 ('!LocalId', 'Id', 'The system\'s identifier within the contract; KPIs, meters and drift monitors refer to it.'),
 ('!string', 'Name', 'The system\'s name, for example "Claims triage classifier".'),
 ('string?', 'Version', 'The version covered, for example "2026-05" or "3.2.0".'),
 ('!AiSystemKind', 'Kind', 'What kind of system it is.'),
 ('HostingModel?', 'Hosting', 'Where and by whom it runs.'),
 ('ModelFormat?', 'ModelFormat', 'The format the model is stored in.'),
 ('string?', 'BaseModel', 'The base model a fine-tuned or custom model derives from.'),
 ('bool?', 'CustomisedForCustomer', 'Whether the model is fine-tuned or trained for this customer (its artifacts then matter at exit); null when the contract does not say.'),
 ('string?', 'IntendedUse', 'What the system is used for, in the customer\'s words.'),
 ('RiskClass?', 'RiskClass', 'The system\'s risk class under the EU AI Act.'),
])

rec(SL, 'ServiceLevelTerms', 'The service-level clause group: KPIs, objectives with service credits, and drift monitoring.', [
 ('ValueArray<KpiDefinition>', 'Kpis', 'The KPIs, technical and business.'),
 ('ValueArray<ServiceLevelObjective>', 'Objectives', 'The committed objectives on KPIs, with credits and remedies.'),
 ('ValueArray<DriftMonitor>', 'DriftMonitors', 'Drift monitoring of deployed models.'),
])
rec(SL, 'KpiDefinition', 'A key performance indicator: what is measured, how, and what counts as good.', [
 ('!LocalId', 'Id', 'The KPI\'s identifier; objectives and reports refer to it.'),
 ('!string', 'Name', 'A short name, for example "p95 latency".'),
 ('!KpiCategory', 'Category', 'Technical behaviour or business impact.'),
 ('!KpiMetric', 'Metric', 'What the KPI measures.'),
 ('string?', 'Description', 'A longer description.'),
 ('KpiUnit?', 'Unit', 'The unit of the target, threshold and measured values.'),
 ('Direction?', 'Direction', 'Whether higher or lower values are better.'),
 ('decimal?', 'Target', 'The value the provider commits to (attaining exactly the target is no breach).'),
 ('decimal?', 'BreachThreshold', 'The value beyond which the KPI is breached, when it differs from the target.'),
 ('Aggregation?', 'Aggregation', 'How raw measurements are aggregated over the window.'),
 ('MeasurementWindow?', 'Window', 'The window the KPI is measured over.'),
 ('string?', 'Method', 'How the KPI is measured, precisely enough for both parties to reproduce it.'),
 ('string?', 'DataSource', 'Where the measurements come from, for example "provider status API" or "customer CRM".'),
 ('string?', 'BusinessOutcome', 'The business outcome the KPI protects.'),
 ('AvailabilityDefinition?', 'AvailabilityDefinition', 'For availability KPIs: which of the common definitions applies.'),
 ('ValueArray<LocalId>', 'AiSystemIds', 'The AI systems the KPI applies to; empty for all.'),
])
rec(SL, 'MeasurementWindow', 'The window a KPI is measured over, reckoned in the contract\'s time zone.', [
 ('!WindowKind', 'Kind', 'A calendar window or a rolling period.'),
 ('Period?', 'RollingPeriod', 'The length of a rolling window, for example P28D; only for <see cref="WindowKind.Rolling"/>.'),
])
rec(SL, 'AvailabilityDefinition', 'How availability is computed, as public cloud SLAs define it.', [
 ('!AvailabilityMethod', 'Method', 'Uptime minutes, or 100 % minus the average error rate over fixed intervals.'),
 ('Duration?', 'IntervalLength', 'The exact length of an interval, for example PT1M or PT1H.'),
 ('Percentage?', 'DowntimeErrorRate', 'For uptime minutes: the error rate above which an interval counts as down.'),
 ('EmptyIntervalRule?', 'EmptyIntervals', 'How an interval with no requests counts.'),
])
rec(SL, 'ServiceLevelObjective', 'A committed objective on a KPI, with its service-credit table, exclusions, caps and remedies.', [
 ('!LocalId', 'Id', 'The objective\'s identifier.'),
 ('!LocalId', 'KpiId', 'The KPI the objective is measured on.'),
 ('string?', 'Name', 'A short name, for example "Monthly uptime".'),
 ('ValueArray<ServiceCreditBand>', 'CreditBands', 'Attainment bands and the credit each earns.'),
 ('CreditBase?', 'CreditBase', 'The fees a credit percentage applies to.'),
 ('ValueArray<LocalId>', 'MeterIds', 'The meters whose fees form the credit base, for <see cref="CreditBase.AffectedMeterFees"/>.'),
 ('Percentage?', 'CreditCap', 'The most credit for one period, as a share of the credit base.'),
 ('ValueArray<Exclusion>', 'Exclusions', 'Causes that do not count against the objective.'),
 ('Period?', 'ClaimWindow', 'How long after the end of a period the customer may claim a credit.'),
 ('ChronicBreachTerms?', 'ChronicBreach', 'Repeated breaches that give a termination right.'),
 ('ValueArray<Remedy>', 'Remedies', 'What happens on a breach besides credits, or including them.'),
])
rec(SL, 'ServiceCreditBand', 'One row of a service-credit table: an attainment range and its credit.', [
 ('decimal?', 'From', 'The lower bound of attained values; null for no lower bound.'),
 ('decimal?', 'To', 'The upper bound of attained values; null for no upper bound.'),
 ('!Percentage', 'Credit', 'The credit, as a share of the credit base.'),
], remarks='Bounds follow the wording of public cloud SLAs. For a KPI where higher is better ("less than 99.9 % but equal to or greater than 99.0 %"), <see cref="From"/> is inclusive and <see cref="To"/> exclusive. For a KPI where lower is better ("more than 500 ms but no more than 1000 ms"), <see cref="From"/> is exclusive and <see cref="To"/> inclusive.')
rec(SL, 'Exclusion', 'A cause of downtime or degradation that does not count against an objective.', [
 ('!ExclusionKind', 'Kind', 'The kind of exclusion.'),
 ('string?', 'Description', 'The exclusion in the contract\'s words.'),
 ('MaintenanceWindow?', 'MaintenanceWindow', 'For scheduled maintenance: the recurring window.'),
 ('Duration?', 'MaximumPerPeriod', 'The most excluded time per measurement window.'),
])
rec(SL, 'MaintenanceWindow', 'A weekly maintenance window in the contract\'s time zone.', [
 ('!IsoDayOfWeek', 'Day', 'The day of the week the window starts.'),
 ('!LocalTime', 'Start', 'The local time the window starts.'),
 ('!Duration', 'Length', 'How long the window lasts.'),
 ('Period?', 'AdvanceNotice', 'How long before maintenance the provider must announce it.'),
])
rec(SL, 'ChronicBreachTerms', 'Repeated breaches of an objective that give the customer a termination right.', [
 ('!int', 'Breaches', 'The number of breached periods, N in "N breaches within M periods".'),
 ('!int', 'WithinPeriods', 'The number of consecutive periods, M in "N breaches within M periods".'),
 ('bool?', 'GrantsTerminationRight', 'Whether chronic breach lets the customer terminate without penalty; null when the contract does not say.'),
 ('Period?', 'ExerciseWindow', 'How long after the chronic breach the right may be exercised.'),
])
rec(SL, 'Remedy', 'A remedy the provider owes, with its deadline.', [
 ('!RemedyKind', 'Kind', 'What the remedy is.'),
 ('Period?', 'Deadline', 'By when the remedy must be delivered, from detection or breach.'),
 ('string?', 'Description', 'The remedy in the contract\'s words.'),
])
rec(SL, 'DriftMonitor', 'Monitoring of a deployed model for drift, with thresholds, cadence and remedies.', [
 ('!LocalId', 'Id', 'The monitor\'s identifier.'),
 ('LocalId?', 'AiSystemId', 'The AI system monitored.'),
 ('!DriftMetric', 'Metric', 'The statistic that detects drift.'),
 ('DriftScope?', 'Scope', 'What is compared with the baseline.'),
 ('string?', 'Baseline', 'The baseline data or evaluation suite, for example "acceptance test set of 2026-03".'),
 ('decimal?', 'WarningThreshold', 'The value at which the provider must warn the customer.'),
 ('decimal?', 'ActionThreshold', 'The value at which the remedies are due.'),
 ('KpiUnit?', 'ThresholdUnit', 'The unit of the thresholds, for example Ratio or Percent for a performance drop; Statistic when not stated.'),
 ('Cadence?', 'Cadence', 'How often drift is computed.'),
 ('ValueArray<Remedy>', 'Remedies', 'What the provider does when the action threshold is crossed, and by when.'),
])

rec(DP, 'DataProcessingTerms', 'The data-processing clause group: terms per data category, sub-processors and cross-cutting obligations.', [
 ('ValueArray<DataCategoryTerms>', 'Categories', 'The terms for each category of data.'),
 ('ValueArray<SubProcessor>', 'SubProcessors', 'Sub-processors the provider engages.'),
 ('Period?', 'BreachNotificationDeadline', 'How soon the provider must notify a personal-data breach, for example PT72H.'),
 ('ValueArray<LegalFramework>', 'LegalFrameworks', 'The laws the processing is subject to.'),
 ('ValueArray<SecurityMeasure>', 'SecurityMeasures', 'Security measures that apply to all categories.'),
 ('ValueArray<string>', 'Residency', 'Where data may be stored and processed: ISO 3166-1 alpha-2 codes or named regions such as EU.'),
 ('string?', 'SubjectMatter', 'The subject matter of the processing, as GDPR Art. 28(3) asks the contract to set out, for example "answering policyholder enquiries".'),
 ('string?', 'NatureOfProcessing', 'The nature of the processing (GDPR Art. 28(3)), for example "hosting, inference and storage of chat transcripts".'),
 ('ProcessorObligations?', 'ProcessorObligations', 'The processor\'s obligations under GDPR Art. 28(2) to (4) that no other member expresses.'),
])
rec(DP, 'ProcessorObligations', 'The processor\'s obligations of GDPR Art. 28 that the rest of the model does not express: documented instructions, sub-processor conditions and assistance to the controller.', [
 ('bool?', 'ActsOnDocumentedInstructions', 'Whether the provider processes personal data only on the customer\'s documented instructions, transfers to third countries included (Art. 28(3)(a)); null when the contract does not say.'),
 ('Period?', 'SubProcessorChangeNotice', 'How long before adding or replacing a sub-processor the provider informs the customer, who may object (Art. 28(2)).'),
 ('bool?', 'SubProcessorsBoundBySameObligations', 'Whether sub-processors are bound by the same data-protection obligations as the provider (Art. 28(4)); null when the contract does not say.'),
 ('bool?', 'AssistsWithDataSubjectRights', 'Whether the provider assists the customer in answering requests of data subjects exercising their rights (Art. 28(3)(e)); null when the contract does not say.'),
 ('bool?', 'AssistsWithSecurityAndAssessments', 'Whether the provider assists the customer with security, breach notification, impact assessments and prior consultation (Arts. 32 to 36; Art. 28(3)(f)); null when the contract does not say.'),
])
rec(DP, 'DataCategoryTerms', 'Terms for one category of data: protection, purposes, training, retention, deletion and access.', [
 ('!DataCategory', 'Category', 'The category of data.'),
 ('string?', 'Description', 'What the data is, in the contract\'s words.'),
 ('bool?', 'ContainsPersonalData', 'Whether the data includes personal data; null when the contract does not say.'),
 ('ValueArray<string>', 'PersonalDataTypes', 'The types of personal data, for example "name", "claim history".'),
 ('ValueArray<DataSubjectCategory>', 'DataSubjects', 'The categories of people the personal data is about.'),
 ('ProtectionLevel?', 'ProtectionLevel', 'How the data is protected before it reaches the provider.'),
 ('string?', 'RawDataJustification', 'Why raw data is needed, when the protection level is raw.'),
 ('ValueArray<ProcessingPurpose>', 'PermittedPurposes', 'The purposes the provider may process the data for.'),
 ('bool', 'VendorMayTrain', 'Whether the provider may use the data to train or improve its own models; false unless stated.'),
 ('RetentionTerms?', 'Retention', 'How long the data is kept.'),
 ('DeletionTerms?', 'Deletion', 'How and by when the data is deleted.'),
 ('ValueArray<AccessRole>', 'AccessRoles', 'Who may access the data and how.'),
 ('ValueArray<string>', 'Residency', 'Where this category may be stored, when it differs from the clause group\'s residency.'),
 ('ValueArray<LocalId>', 'SubProcessorIds', 'The sub-processors that receive this category.'),
])
rec(DP, 'RetentionTerms', 'How long data is kept.', [
 ('!RetentionKind', 'Kind', 'Not retained, a fixed period, until contract end, or indefinitely.'),
 ('Period?', 'Period', 'The retention period, for <see cref="RetentionKind.FixedPeriod"/>.'),
 ('string?', 'Justification', 'Why the data is kept that long.'),
])
rec(DP, 'DeletionTerms', 'How and by when data is deleted.', [
 ('Period?', 'Deadline', 'How soon after the end of retention (or of the contract) deletion is complete.'),
 ('DeletionMethod?', 'Method', 'How the data is deleted.'),
 ('bool?', 'Certificate', 'Whether the provider certifies the deletion in writing; null when the contract does not say.'),
 ('bool?', 'IncludesBackups', 'Whether backups are deleted within the same deadline; null when the contract does not say.'),
])
rec(DP, 'AccessRole', 'A role that may access a category of data.', [
 ('!string', 'Role', 'The role, for example "Provider support engineer".'),
 ('!AccessHolder', 'Holder', 'Who holds the role.'),
 ('AccessLevel?', 'Level', 'What the role may do with the data.'),
 ('string?', 'Purpose', 'Why the role needs access.'),
])
rec(DP, 'SubProcessor', 'A sub-processor the provider engages.', [
 ('!LocalId', 'Id', 'The sub-processor\'s identifier within the contract.'),
 ('!string', 'Name', 'The sub-processor\'s legal name.'),
 ('string?', 'Service', 'What it does for the provider, for example "GPU hosting".'),
 ('ValueArray<string>', 'Locations', 'Where it processes data: ISO 3166-1 alpha-2 codes or named regions.'),
 ('ValueArray<DataCategory>', 'DataCategories', 'The data categories it receives.'),
])

rec(IN, 'IntegrationTerms', 'The integration clause group: interfaces, compatibility, acceptance tests and the sandbox proof.', [
 ('ValueArray<InterfaceSpecification>', 'Interfaces', 'The documented interfaces.'),
 ('CompatibilityTerms?', 'Compatibility', 'Versioning, compatibility and deprecation terms.'),
 ('ValueArray<AcceptanceTestCase>', 'AcceptanceTests', 'The acceptance test cases.'),
 ('SandboxProof?', 'SandboxProof', 'The sandboxed integration proof.'),
])
rec(IN, 'InterfaceSpecification', 'A documented interface of the AI system.', [
 ('!LocalId', 'Id', 'The interface\'s identifier.'),
 ('!string', 'Name', 'The interface\'s name.'),
 ('!InterfaceKind', 'Kind', 'How the interface is specified.'),
 ('string?', 'SpecificationReference', 'Where the specification is: a URL or a document reference.'),
 ('string?', 'Version', 'The version of the specification the contract covers.'),
 ('string?', 'Description', 'What the interface does.'),
])
rec(IN, 'CompatibilityTerms', 'Versioning, compatibility and deprecation terms.', [
 ('VersioningScheme?', 'Versioning', 'How versions are numbered.'),
 ('Period?', 'BreakingChangeNotice', 'How long before a breaking change the provider must announce it.'),
 ('Period?', 'DeprecationNotice', 'How long before a version is withdrawn the provider must announce it.'),
 ('Period?', 'SupportAfterDeprecation', 'How long a deprecated version keeps working.'),
 ('string?', 'BackwardCompatibility', 'The backward-compatibility commitment in the contract\'s words.'),
])
rec(IN, 'AcceptanceTestCase', 'An acceptance test case the system must pass.', [
 ('!LocalId', 'Id', 'The test case\'s identifier.'),
 ('!string', 'Title', 'A short title.'),
 ('AcceptanceTestKind?', 'Kind', 'What the test checks.'),
 ('LocalId?', 'InterfaceId', 'The interface under test.'),
 ('string?', 'Procedure', 'How the test is run.'),
 ('string?', 'ExpectedResult', 'What counts as a pass.'),
])
rec(IN, 'SandboxProof', 'The sandboxed integration proof that must pass before a milestone.', [
 ('bool?', 'Required', 'Whether a sandbox proof is required; null when the contract does not say.'),
 ('ProofMilestone?', 'RequiredBefore', 'The milestone the proof must pass before.'),
 ('string?', 'Environment', 'The sandbox environment, for example "customer staging tenant with synthetic data".'),
 ('ValueArray<string>', 'Criteria', 'The criteria the proof must meet.'),
 ('ValueArray<LocalId>', 'AcceptanceTestIds', 'Acceptance test cases run as part of the proof.'),
 ('!SandboxProofStatus', 'Status', 'Where the proof stands.'),
 ('Instant?', 'CompletedAt', 'When the proof completed.'),
 ('string?', 'EvidenceReference', 'Where the evidence of the outcome is kept.'),
])

rec(PR, 'PricingTerms', 'The pricing clause group: meters, caps, commitments, upfront fees, refunds and payment terms.', [
 ('!Currency', 'Currency', 'The contract currency; every amount is stated in it.'),
 ('PricingBasis?', 'Basis', 'Commercial pricing, internal chargeback or showback.'),
 ('BillingPeriod?', 'BillingPeriod', 'How often usage is billed.'),
 ('ValueArray<Meter>', 'Meters', 'The priced meters.'),
 ('UsageCap?', 'TotalCap', 'A cap on the total of all meters per billing period.'),
 ('MinimumCommitment?', 'MinimumCommitment', 'The least the customer pays per period.'),
 ('ValueArray<UpfrontFee>', 'UpfrontFees', 'Fees due before or at the start of the service.'),
 ('PriceChangeLimit?', 'PriceChangeLimit', 'Limits on price increases.'),
 ('ValueArray<RefundMechanism>', 'RefundMechanisms', 'How money comes back to the customer.'),
 ('PaymentTerms?', 'PaymentTerms', 'When invoices are due.'),
 ('RoundingMode?', 'Rounding', 'How amounts are rounded to the currency\'s minor unit; banker\'s rounding (half even) when not stated.'),
])
rec(PR, 'Meter', 'A priced meter: what is counted and how it is priced.', [
 ('!LocalId', 'Id', 'The meter\'s identifier; usage and objectives refer to it.'),
 ('!string', 'Name', 'A short name, for example "Input tokens".'),
 ('!MeterUnit', 'Unit', 'What the meter counts.'),
 ('!PricingModel', 'Model', 'How usage is priced.'),
 ('Money?', 'FlatFee', 'The fee per billing period, for <see cref="PricingModel.Flat"/>.'),
 ('Money?', 'UnitPrice', 'The price of one unit, for <see cref="PricingModel.PerUnit"/>.'),
 ('ValueArray<PriceTier>', 'Tiers', 'The tiers, in ascending order, for graduated and volume pricing.'),
 ('PackagePricing?', 'Package', 'The package terms, for <see cref="PricingModel.Package"/>.'),
 ('UsageCap?', 'Cap', 'A cap on this meter\'s usage or spend per billing period.'),
 ('LocalId?', 'AiSystemId', 'The AI system the meter belongs to.'),
])
rec(PR, 'PriceTier', 'One tier of graduated or volume pricing.', [
 ('decimal?', 'UpTo', 'The last quantity in the tier (inclusive); null for the last, unbounded tier.'),
 ('Money?', 'UnitPrice', 'The price of each unit in the tier.'),
 ('Money?', 'FlatFee', 'A fee charged once when usage reaches the tier.'),
], remarks='A tier covers the quantities above the previous tier\'s <see cref="UpTo"/> (or from zero) up to and including its own, as billing platforms define tiers.')
rec(PR, 'PackagePricing', 'Package pricing: a price per package of a fixed number of units.', [
 ('!decimal', 'Size', 'The number of units in a package, for example 1000.'),
 ('!Money', 'Price', 'The price of one package.'),
 ('PackageRounding?', 'Rounding', 'Whether started or only completed packages are billed; started when not stated.'),
])
rec(PR, 'UsageCap', 'A cap on usage or spend per billing period.', [
 ('decimal?', 'Quantity', 'The most units billed per period.'),
 ('Money?', 'Spend', 'The most billed per period; the total never exceeds it.'),
 ('CapBehaviour?', 'Behaviour', 'What happens to usage beyond the quantity cap; a spend cap always stops billing at the cap.'),
 ('Money?', 'OverageUnitPrice', 'The unit price beyond the quantity cap, for <see cref="CapBehaviour.OverageRate"/>.'),
])
rec(PR, 'MinimumCommitment', 'The least the customer pays per period.', [
 ('!Money', 'Amount', 'The committed amount.'),
 ('BillingPeriod?', 'Per', 'The period the commitment applies to; the billing period when not stated.'),
 ('bool?', 'TrueUp', 'Whether a shortfall is billed at the end of the period; null when the contract does not say.'),
])
rec(PR, 'UpfrontFee', 'A fee due before or at the start of the service.', [
 ('!string', 'Description', 'What the fee is for, for example "Onboarding and fine-tuning".'),
 ('!Money', 'Amount', 'The amount.'),
 ('bool?', 'Refundable', 'Whether the fee is refundable; null when the contract does not say.'),
 ('GuaranteeKind?', 'Guarantee', 'What the fee is tied to.'),
 ('string?', 'GuaranteeTerms', 'The guarantee in the contract\'s words.'),
 ('bool?', 'CreditedAgainstUsage', 'Whether the fee is a prepayment drawn down by usage; null when the contract does not say.'),
])
rec(PR, 'PriceChangeLimit', 'Limits on price increases.', [
 ('Percentage?', 'MaxIncrease', 'The largest increase per <see cref="Per"/>.'),
 ('Period?', 'Per', 'The period the largest increase applies to, for example P1Y.'),
 ('Period?', 'Notice', 'How long before an increase the provider must announce it.'),
 ('LocalDate?', 'FixedUntil', 'Prices are fixed until this date.'),
])
rec(PR, 'RefundMechanism', 'A way money comes back to the customer.', [
 ('!RefundKind', 'Kind', 'The mechanism.'),
 ('string?', 'Description', 'The mechanism in the contract\'s words.'),
 ('Percentage?', 'Cap', 'The most refunded per period, as a share of that period\'s fees.'),
])
rec(PR, 'PaymentTerms', 'When invoices are due.', [
 ('Period?', 'DueWithin', 'How long after the invoice date payment is due, for example P30D.'),
 ('Percentage?', 'LatePaymentInterest', 'Interest per year on late payments.'),
])

rec(EX, 'ExitTerms', 'The exit clause group: termination, transition, portability, model artifacts and knowledge transfer.', usings=['AiContracts.Domain.DataProcessing'], props=[
 ('ValueArray<TerminationRight>', 'TerminationRights', 'The rights to terminate.'),
 ('TransitionAssistance?', 'TransitionAssistance', 'Help from the provider in moving to a successor.'),
 ('DataPortability?', 'DataPortability', 'What data the customer gets back, in which formats, by when.'),
 ('ModelArtifactTerms?', 'ModelArtifacts', 'Who owns model artifacts and how they are handed over.'),
 ('KnowledgeTransfer?', 'KnowledgeTransfer', 'Knowledge transfer to the customer\'s internal teams.'),
 ('DeletionTerms?', 'PostExitDeletion', 'Deletion of the customer\'s data after exit.'),
])
rec(EX, 'TerminationRight', 'A right to terminate the contract.', [
 ('!TerminationTrigger', 'Trigger', 'What entitles the party to terminate.'),
 ('!PartyRole', 'HeldBy', 'Which party holds the right.'),
 ('Period?', 'Notice', 'The notice period.'),
 ('Period?', 'CurePeriod', 'For breach: how long the other party has to cure it.'),
 ('Period?', 'ExercisableAfter', 'How long after the effective date the right may first be exercised (a lock-in); null when it may be exercised at once.'),
 ('Money?', 'TerminationFee', 'A fee due on termination; null for none.'),
 ('string?', 'Description', 'The right in the contract\'s words.'),
])
rec(EX, 'TransitionAssistance', 'Help from the provider in moving to a successor.', [
 ('Period?', 'Duration', 'How long assistance lasts after termination.'),
 ('int?', 'IncludedHours', 'Hours of assistance included.'),
 ('CostBasis?', 'Cost', 'How assistance is paid for.'),
 ('Money?', 'Fee', 'The fee, for a fixed fee.'),
 ('string?', 'Description', 'The assistance in the contract\'s words.'),
])
rec(EX, 'DataPortability', 'What data the customer gets back at exit, in which formats, by when.', [
 ('ValueArray<PortableAsset>', 'Scope', 'What is handed over.'),
 ('ValueArray<DataFormat>', 'Formats', 'The formats it is handed over in.'),
 ('Period?', 'Deadline', 'How soon after termination the handover is complete.'),
 ('CostBasis?', 'Cost', 'How the export is paid for.'),
 ('Money?', 'Fee', 'The fee, for a fixed fee.'),
])
rec(EX, 'ModelArtifactTerms', 'Ownership and handover of model artifacts made for the customer.', usings=['AiContracts.Domain.Systems'], props=[
 ('ArtifactOwnership?', 'Ownership', 'Who owns the artifacts.'),
 ('ValueArray<ArtifactKind>', 'Artifacts', 'The artifacts handed over.'),
 ('ValueArray<ModelFormat>', 'Formats', 'The formats model weights are handed over in.'),
 ('Period?', 'HandoverDeadline', 'How soon after termination (or on request) the handover is complete.'),
 ('ValueArray<LocalId>', 'AiSystemIds', 'The AI systems the terms cover; empty for all customised systems.'),
])
rec(EX, 'KnowledgeTransfer', 'Knowledge transfer to the customer\'s internal teams.', [
 ('string?', 'Recipients', 'Who receives it, for example "Group ML platform team".'),
 ('int?', 'Hours', 'Hours of workshops, pairing and reviews.'),
 ('ValueArray<string>', 'Deliverables', 'Documents and sessions delivered.'),
 ('Period?', 'Deadline', 'How soon after notice of termination it is complete.'),
 ('CostBasis?', 'Cost', 'How it is paid for.'),
])

rec(GV, 'GovernanceTerms', 'The governance clause group: reporting, audits, incidents, model changes and escalation.', [
 ('ReportingTerms?', 'Reporting', 'Regular reports from the provider.'),
 ('AuditRights?', 'AuditRights', 'The customer\'s rights to audit.'),
 ('ValueArray<IncidentNotification>', 'IncidentNotifications', 'How soon incidents are notified, per severity.'),
 ('ModelChangeNotice?', 'ModelChangeNotice', 'Notice of changes to deployed models.'),
 ('ValueArray<EscalationContact>', 'EscalationContacts', 'Who to escalate to, level by level.'),
])
rec(GV, 'ReportingTerms', 'Regular reports from the provider.', [
 ('!Cadence', 'Cadence', 'How often reports are delivered.'),
 ('ValueArray<LocalId>', 'KpiIds', 'The KPIs reported on; empty for all.'),
 ('ValueArray<string>', 'Contents', 'What else each report contains, for example "incident summary".'),
 ('Period?', 'DeliveredWithin', 'How soon after the end of the reporting period the report is due.'),
])
rec(GV, 'AuditRights', 'The customer\'s rights to audit the provider.', [
 ('int?', 'MaxAuditsPerYear', 'How many audits a year the customer may carry out; null for no limit.'),
 ('Period?', 'Notice', 'How long before an audit the customer gives notice.'),
 ('bool?', 'ThirdPartyAuditorAllowed', 'Whether an independent auditor may audit on the customer\'s behalf; null when the contract does not say.'),
 ('bool?', 'IncludesSubProcessors', 'Whether the right extends to sub-processors; null when the contract does not say.'),
 ('ValueArray<string>', 'Scope', 'What may be audited.'),
 ('CostBasis?', 'Cost', 'Who bears the cost.'),
])
rec(GV, 'IncidentNotification', 'How soon an incident of a given severity is notified.', [
 ('!IncidentSeverity', 'Severity', 'The severity.'),
 ('!Period', 'Deadline', 'How soon after detection the customer is notified, for example PT1H.'),
 ('ValueArray<string>', 'Channels', 'How the customer is notified.'),
])
rec(GV, 'ModelChangeNotice', 'Notice of changes to deployed models and the customer\'s right to test them first.', [
 ('Period?', 'Notice', 'How long before a change the provider announces it.'),
 ('ValueArray<ModelChangeKind>', 'AppliesTo', 'The kinds of change that need notice; empty for all.'),
 ('bool?', 'RightToTestBeforeRollout', 'Whether the customer may test the changed model before it reaches production; null when the contract does not say.'),
 ('Period?', 'TestPeriod', 'How long the customer has to test.'),
 ('bool?', 'RightToRejectOrRollBack', 'Whether the customer may reject the change or have it rolled back; null when the contract does not say.'),
])
rec(GV, 'EscalationContact', 'A contact on the escalation path.', [
 ('!int', 'Level', 'The escalation level, 1 first.'),
 ('!PartyRole', 'Party', 'Which party the contact belongs to.'),
 ('!string', 'Name', 'The contact\'s name or function.'),
 ('string?', 'Role', 'The contact\'s role.'),
 ('string?', 'Email', 'An e-mail address.'),
 ('string?', 'Phone', 'A telephone number.'),
 ('Period?', 'ResponseTime', 'How soon the contact responds to an escalation.'),
])

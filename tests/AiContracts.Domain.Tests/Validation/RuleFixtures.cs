using AiContracts.Domain.DataProcessing;
using AiContracts.Domain.Exit;
using AiContracts.Domain.Governance;
using AiContracts.Domain.Integration;
using AiContracts.Domain.Pricing;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.ServiceLevels;
using AiContracts.Domain.Systems;
using NodaTime;

namespace AiContracts.Domain.Tests.Validation;

/// <summary>A small contract that every built-in rule accepts without a finding, and helpers to change one clause of it.</summary>
internal static class RuleFixtures
{
    private static readonly LocalId System = LocalId.From("sys");

    /// <summary>Passes every rule of the baseline (and of the strict playbook) without a finding.</summary>
    public static AiContract Compliant { get; } = new()
    {
        Id = ContractId.From("C-1"),
        Title = "Compliant fixture",
        Status = ContractStatus.Active,
        Parties = new ContractParties
        {
            Customer = new Party { Name = "Customer AG" },
            Provider = new Party { Name = "Provider Ltd" },
            ProviderKind = ProviderKind.ExternalSupplier,
        },
        Term = new ContractTerm { InitialTerm = Period.FromYears(2) },
        TimeZone = DateTimeZoneProviders.Tzdb["Europe/Berlin"],
        AiSystems = [new AiSystem { Id = System, Name = "Classifier", Kind = AiSystemKind.Classifier, CustomisedForCustomer = true }],
        ServiceLevels = new ServiceLevelTerms
        {
            Kpis =
            [
                new KpiDefinition
                {
                    Id = LocalId.From("k-accuracy"), Name = "Accuracy", Category = KpiCategory.Technical, Metric = KpiMetric.Accuracy,
                    Unit = KpiUnit.Percent, Direction = Direction.HigherIsBetter, Target = 95m, BreachThreshold = 90m,
                    Window = new MeasurementWindow { Kind = WindowKind.CalendarMonth }, Method = "Golden set replay", DataSource = "Evaluation store",
                },
                new KpiDefinition
                {
                    Id = LocalId.From("k-time-saved"), Name = "Time saved", Category = KpiCategory.Business, Metric = KpiMetric.TimeSaved,
                    Unit = KpiUnit.Hours, Direction = Direction.HigherIsBetter, Target = 100m, BreachThreshold = 80m,
                    Window = new MeasurementWindow { Kind = WindowKind.CalendarMonth }, Method = "Time study", DataSource = "Case system",
                    BusinessOutcome = "Handlers spend their time on complex cases.",
                },
            ],
            Objectives =
            [
                new ServiceLevelObjective
                {
                    Id = LocalId.From("o-accuracy"), KpiId = LocalId.From("k-accuracy"),
                    CreditBands = [new ServiceCreditBand { From = 90m, To = 95m, Credit = Percentage.FromPercent(10m) }, new ServiceCreditBand { To = 90m, Credit = Percentage.FromPercent(25m) }],
                    ChronicBreach = new ChronicBreachTerms { Breaches = 2, WithinPeriods = 3, GrantsTerminationRight = true },
                    Remedies = [new Remedy { Kind = RemedyKind.Retrain, Deadline = Period.FromDays(30) }],
                },
            ],
            DriftMonitors =
            [
                new DriftMonitor
                {
                    Id = LocalId.From("d-input"), AiSystemId = System, Metric = DriftMetric.PopulationStabilityIndex, ActionThreshold = 0.25m,
                    Cadence = Cadence.Weekly, Remedies = [new Remedy { Kind = RemedyKind.Retrain, Deadline = Period.FromDays(30) }],
                },
            ],
        },
        DataProcessing = new DataProcessingTerms
        {
            Categories =
            [
                new DataCategoryTerms
                {
                    Category = DataCategory.InferenceInput, ContainsPersonalData = true, PersonalDataTypes = ["name"], DataSubjects = [DataSubjectCategory.Customers],
                    ProtectionLevel = ProtectionLevel.Pseudonymised, PermittedPurposes = [ProcessingPurpose.ServiceDelivery], VendorMayTrain = false,
                    Retention = new RetentionTerms { Kind = RetentionKind.FixedPeriod, Period = Period.FromDays(30) },
                    Deletion = new DeletionTerms { Deadline = Period.FromDays(30), Method = DeletionMethod.CryptographicErasure, IncludesBackups = true },
                    AccessRoles = [new AccessRole { Role = "Inference service", Holder = AccessHolder.AutomatedSystem, Level = AccessLevel.Read }],
                    Residency = ["DE"],
                },
            ],
            SubProcessors = [new SubProcessor { Id = LocalId.From("sp-cloud"), Name = "Cloud SE", Locations = ["DE"] }],
            BreachNotificationDeadline = Period.FromHours(24),
            LegalFrameworks = [LegalFramework.Gdpr],
            SecurityMeasures = [SecurityMeasure.EncryptionAtRest, SecurityMeasure.StaffConfidentiality],
            SubjectMatter = "Answering customer enquiries",
            NatureOfProcessing = "Hosting and inference",
            ProcessorObligations = new ProcessorObligations
            {
                ActsOnDocumentedInstructions = true,
                SubProcessorChangeNotice = Period.FromDays(30),
                SubProcessorsBoundBySameObligations = true,
                AssistsWithDataSubjectRights = true,
                AssistsWithSecurityAndAssessments = true,
            },
        },
        Integration = new IntegrationTerms
        {
            Interfaces = [new InterfaceSpecification { Id = LocalId.From("if-api"), Name = "API", Kind = InterfaceKind.OpenApi, SpecificationReference = "https://example.org/openapi.yaml", Version = "1.0" }],
            Compatibility = new CompatibilityTerms { Versioning = VersioningScheme.SemanticVersioning, DeprecationNotice = Period.FromMonths(12), BreakingChangeNotice = Period.FromMonths(6) },
            AcceptanceTests = [new AcceptanceTestCase { Id = LocalId.From("at-functional"), Title = "Functional suite" }],
            SandboxProof = new SandboxProof { Required = true, RequiredBefore = ProofMilestone.Signing, Status = SandboxProofStatus.Passed },
        },
        Pricing = new PricingTerms
        {
            Currency = Currency.Eur,
            Meters = [new Meter { Id = LocalId.From("m-requests"), Name = "Requests", Unit = MeterUnit.Requests, Model = PricingModel.PerUnit, UnitPrice = new Money(0.01m, Currency.Eur), Cap = new UsageCap { Quantity = 1_000_000m } }],
            UpfrontFees = [new UpfrontFee { Description = "Setup", Amount = new Money(10_000m, Currency.Eur), Refundable = true }],
            PriceChangeLimit = new PriceChangeLimit { MaxIncrease = Percentage.FromPercent(3m), Per = Period.FromYears(1) },
            RefundMechanisms = [new RefundMechanism { Kind = RefundKind.ServiceCredit }],
        },
        Exit = new ExitTerms
        {
            TerminationRights =
            [
                new TerminationRight { Trigger = TerminationTrigger.Convenience, HeldBy = PartyRole.Customer, Notice = Period.FromDays(90) },
                new TerminationRight { Trigger = TerminationTrigger.ChronicSlaBreach, HeldBy = PartyRole.Customer, Notice = Period.FromDays(30) },
            ],
            DataPortability = new DataPortability { Scope = [PortableAsset.CustomerData], Formats = [DataFormat.Parquet], Deadline = Period.FromDays(30) },
            ModelArtifacts = new ModelArtifactTerms { Ownership = ArtifactOwnership.Customer, Artifacts = [ArtifactKind.FineTunedWeights], Formats = [ModelFormat.Onnx], HandoverDeadline = Period.FromDays(30) },
            KnowledgeTransfer = new KnowledgeTransfer { Recipients = "Platform team", Hours = 40 },
            PostExitDeletion = new DeletionTerms { Deadline = Period.FromDays(30), Method = DeletionMethod.CryptographicErasure, IncludesBackups = true },
        },
        Governance = new GovernanceTerms
        {
            Reporting = new ReportingTerms { Cadence = Cadence.Monthly },
            AuditRights = new AuditRights { MaxAuditsPerYear = 1, Notice = Period.FromDays(30) },
            IncidentNotifications = [new IncidentNotification { Severity = IncidentSeverity.Critical, Deadline = Period.FromHours(4) }],
            ModelChangeNotice = new ModelChangeNotice { Notice = Period.FromDays(30), RightToTestBeforeRollout = true, TestPeriod = Period.FromDays(14) },
        },
    };

    public static AiContract Levels(this AiContract c, Func<ServiceLevelTerms, ServiceLevelTerms> change) => c with { ServiceLevels = change(c.ServiceLevels!) };

    public static AiContract Kpi(this AiContract c, int index, Func<KpiDefinition, KpiDefinition> change) => c.Levels(l => l with { Kpis = Set(l.Kpis, index, change) });

    public static AiContract Objective(this AiContract c, Func<ServiceLevelObjective, ServiceLevelObjective> change) => c.Levels(l => l with { Objectives = Set(l.Objectives, 0, change) });

    public static AiContract Band(this AiContract c, int index, Func<ServiceCreditBand, ServiceCreditBand> change) => c.Objective(o => o with { CreditBands = Set(o.CreditBands, index, change) });

    public static AiContract Monitor(this AiContract c, Func<DriftMonitor, DriftMonitor> change) => c.Levels(l => l with { DriftMonitors = Set(l.DriftMonitors, 0, change) });

    public static AiContract Data(this AiContract c, Func<DataProcessingTerms, DataProcessingTerms> change) => c with { DataProcessing = change(c.DataProcessing!) };

    public static AiContract Category(this AiContract c, Func<DataCategoryTerms, DataCategoryTerms> change) => c.Data(d => d with { Categories = Set(d.Categories, 0, change) });

    public static AiContract Obligations(this AiContract c, Func<ProcessorObligations, ProcessorObligations> change) => c.Data(d => d with { ProcessorObligations = change(d.ProcessorObligations!) });

    public static AiContract Integrate(this AiContract c, Func<IntegrationTerms, IntegrationTerms> change) => c with { Integration = change(c.Integration!) };

    public static AiContract Price(this AiContract c, Func<PricingTerms, PricingTerms> change) => c with { Pricing = change(c.Pricing!) };

    public static AiContract Meter(this AiContract c, Func<Meter, Meter> change) => c.Price(p => p with { Meters = Set(p.Meters, 0, change) });

    public static AiContract Leave(this AiContract c, Func<ExitTerms, ExitTerms> change) => c with { Exit = change(c.Exit!) };

    public static AiContract Govern(this AiContract c, Func<GovernanceTerms, GovernanceTerms> change) => c with { Governance = change(c.Governance!) };

    public static ValueArray<T> Set<T>(ValueArray<T> items, int index, Func<T, T> change) => ValueArray.From(items.Select((item, i) => i == index ? change(item) : item));
}

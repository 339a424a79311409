using AiContracts.Domain.DataProcessing;
using AiContracts.Domain.Diff.Internal;
using AiContracts.Domain.Exit;
using AiContracts.Domain.Governance;
using AiContracts.Domain.Integration;
using AiContracts.Domain.Pricing;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.ServiceLevels;
using AiContracts.Domain.Systems;
using static AiContracts.Domain.Diff.DirectionRule;

namespace AiContracts.Domain.Diff;

/// <summary>
/// The direction table: for every member of the model, how a change is assessed for the customer. This file is the one
/// place directions are decided; docs/diff.md lists the same rows, and a test fails when a member of the model has no row.
/// </summary>
/// <remarks>Thread safety: immutable.</remarks>
public static class DirectionTable
{
    private static readonly ChangeAssessment Favourable = ChangeAssessment.Favourable;
    private static readonly ChangeAssessment Unfavourable = ChangeAssessment.Unfavourable;
    private static readonly ChangeAssessment Review = ChangeAssessment.NeedsReview;
    private static readonly ChangeAssessment NeutralChange = ChangeAssessment.Neutral;

    private const string CadenceNote = "more frequent is better for the customer";
    private static readonly string[] CadenceRanking = ["Annually", "Quarterly", "Monthly", "Weekly", "Daily", "Hourly", "Continuous"];
    private static readonly string[] CostRanking = ["TimeAndMaterials FixedFee", "Included"];
    private const string CostNote = "included in the fees beats paying for it; fixed fee against time and materials needs review";

    private static readonly List<IRecordSpec> Specs = [];

    /// <summary>Every row of the table, grouped by record type in the order the contract reads.</summary>
    public static IReadOnlyList<DirectionEntry> Entries { get; }

    internal static RecordSpec<AiContract> Root { get; }

    /// <summary>The table by record type: how each record of the model is compared.</summary>
    internal static IReadOnlyList<IRecordSpec> RecordSpecs => Specs;

    static DirectionTable()
    {
        Root = Build();
        Entries = ValueArray.From(Specs.SelectMany(s => s.Entries));
    }

    private static RecordSpec<T> Spec<T>()
        where T : class
    {
        var spec = new RecordSpec<T>();
        Specs.Add(spec);
        return spec;
    }

    /// <summary>Higher favours the customer when the KPI is higher-is-better (the same direction in both versions), lower when lower-is-better.</summary>
    private static bool? KpiHigher(KpiDefinition before, KpiDefinition after) =>
        before.Direction is { } d && d == after.Direction ? d == Direction.HigherIsBetter : null;

    /// <summary>Higher favours the customer when the provider holds the right (its notice and fee protect the customer), lower when the customer does; unknown when the holder differs.</summary>
    private static bool? ProviderHolds(TerminationRight before, TerminationRight after) =>
        before.HeldBy != after.HeldBy ? null : before.HeldBy == PartyRole.Provider ? true : before.HeldBy == PartyRole.Customer ? false : null;

    private static RecordSpec<AiContract> Build()
    {
        var deletion = Spec<DeletionTerms>()
            .Value(nameof(DeletionTerms.Deadline), d => d.Deadline, LowerIsBetter, note: "data deleted sooner")
            .Ranked(nameof(DeletionTerms.Method), d => d.Method, "a logical deletion leaves the data recoverable; the other methods need review against each other", "LogicalDeletion", "CryptographicErasure SecureOverwrite PhysicalDestruction ReturnThenDelete")
            .Value(nameof(DeletionTerms.Certificate), d => d.Certificate, TrueIsBetter, Favourable, "proof of deletion")
            .Value(nameof(DeletionTerms.IncludesBackups), d => d.IncludesBackups, TrueIsBetter, Favourable, "backups deleted too");

        var remedy = Spec<Remedy>()
            .Identity(nameof(Remedy.Kind), "remedies are matched by kind")
            .Value(nameof(Remedy.Deadline), r => r.Deadline, LowerIsBetter, note: "the remedy comes sooner")
            .Value(nameof(Remedy.Description), r => r.Description, NeedsReview, note: "wording of the remedy");

        return Spec<AiContract>()
            .Value(nameof(AiContract.SchemaVersion), c => c.SchemaVersion, Neutral, note: "the format's version, not a term; a different minor version is also a warning", group: ClauseGroup.General)
            .Identity(nameof(AiContract.Id), "two versions of one contract share the id; different ids are a warning, not a change")
            .Value(nameof(AiContract.Title), c => c.Title, Neutral, note: "a name")
            .Value(nameof(AiContract.Status), c => c.Status, Neutral, note: "where the contract is in its life, not a term")
            .Clause(nameof(AiContract.Parties), c => c.Parties, Parties(), Review, "who the parties are")
            .Value(nameof(AiContract.EffectiveDate), c => c.EffectiveDate, NeedsReview, note: "an earlier start is not better or worse as such")
            .Clause(nameof(AiContract.Term), c => c.Term, Term(), Review, "term and renewal cut both ways: commitment against continuity")
            .Value(nameof(AiContract.GoverningLaw), c => c.GoverningLaw, NeedsReview, note: "a legal judgement")
            .Value(nameof(AiContract.TimeZone), c => c.TimeZone, NeedsReview, note: "moves every measurement window")
            .List(nameof(AiContract.AiSystems), c => c.AiSystems, AiSystem(), s => s.Id.Value, s => s.Id.Value, "AI system", Review, "matched by id; a system covered or no longer covered needs review", group: ClauseGroup.AiSystems)
            .Clause(nameof(AiContract.ServiceLevels), c => c.ServiceLevels, ServiceLevels(remedy), Favourable, "service levels stated protect the customer", ClauseGroup.ServiceLevels)
            .Clause(nameof(AiContract.DataProcessing), c => c.DataProcessing, DataProcessing(deletion), Favourable, "data processing terms stated protect the customer", ClauseGroup.DataProcessing)
            .Clause(nameof(AiContract.Integration), c => c.Integration, Integration(), Favourable, "integration terms stated protect the customer", ClauseGroup.Integration)
            .Clause(nameof(AiContract.Pricing), c => c.Pricing, Pricing(), Review, "what is charged depends on the terms", ClauseGroup.Pricing)
            .Clause(nameof(AiContract.Exit), c => c.Exit, Exit(deletion), Favourable, "exit terms stated protect the customer", ClauseGroup.Exit)
            .Clause(nameof(AiContract.Governance), c => c.Governance, Governance(), Favourable, "governance terms stated protect the customer", ClauseGroup.Governance)
            .Add(new ExtensionsSpec(RecordSpec<AiContract>.Entry(nameof(AiContract.Extensions), NeedsReview, note: "organisation-specific data: compared member by member, each change needs review")) { Group = ClauseGroup.Extensions });
    }

    private static RecordSpec<ContractParties> Parties()
    {
        var contact = Spec<Contact>()
            .Identity(nameof(Contact.Name), "contacts are matched by name")
            .Value(nameof(Contact.Role), c => c.Role, Neutral, note: "contact details")
            .Value(nameof(Contact.Email), c => c.Email, Neutral, note: "contact details")
            .Value(nameof(Contact.Phone), c => c.Phone, Neutral, note: "contact details");
        var party = Spec<Party>()
            .Value(nameof(Party.Name), p => p.Name, NeedsReview, note: "another legal party, or a renamed one")
            .Value(nameof(Party.LegalEntityIdentifier), p => p.LegalEntityIdentifier, NeedsReview, note: "another legal entity")
            .Value(nameof(Party.CostCentre), p => p.CostCentre, Neutral, note: "internal bookkeeping")
            .Value(nameof(Party.Country), p => p.Country, NeedsReview, note: "jurisdiction")
            .Value(nameof(Party.Address), p => p.Address, Neutral, note: "contact details")
            .List(nameof(Party.Contacts), p => p.Contacts, contact, c => c.Name, c => c.Name, "contact", NeutralChange, "contact details");
        return Spec<ContractParties>()
            .Clause(nameof(ContractParties.Customer), p => p.Customer, party, Review)
            .Clause(nameof(ContractParties.Provider), p => p.Provider, party, Review)
            .Value(nameof(ContractParties.ProviderKind), p => p.ProviderKind, NeedsReview, note: "an internal department or a supplier changes which terms matter");
    }

    private static RecordSpec<ContractTerm> Term()
    {
        var renewal = Spec<RenewalTerms>()
            .Value(nameof(RenewalTerms.Kind), r => r.Kind, NeedsReview, note: "automatic renewal is continuity and lock-in at once")
            .Value(nameof(RenewalTerms.RenewalPeriod), r => r.RenewalPeriod, NeedsReview, note: "longer renewals are commitment and continuity")
            .Value(nameof(RenewalTerms.NonRenewalNotice), r => r.NonRenewalNotice, NeedsReview, note: "binds both parties")
            .Value(nameof(RenewalTerms.MaxRenewals), r => r.MaxRenewals, NeedsReview, note: "continuity against lock-in");
        return Spec<ContractTerm>()
            .Value(nameof(ContractTerm.InitialTerm), t => t.InitialTerm, NeedsReview, note: "a longer term is commitment and continuity")
            .Value(nameof(ContractTerm.EndDate), t => t.EndDate, NeedsReview, note: "as the initial term")
            .Clause(nameof(ContractTerm.Renewal), t => t.Renewal, renewal, Review);
    }

    private static RecordSpec<AiSystem> AiSystem() => Spec<AiSystem>()
        .Identity(nameof(Systems.AiSystem.Id), "systems are matched by id")
        .Value(nameof(Systems.AiSystem.Name), s => s.Name, Neutral, note: "a name")
        .Value(nameof(Systems.AiSystem.Version), s => s.Version, NeedsReview, note: "another model version behaves differently")
        .Value(nameof(Systems.AiSystem.Kind), s => s.Kind, NeedsReview, note: "another kind of system")
        .Value(nameof(Systems.AiSystem.Hosting), s => s.Hosting, NeedsReview, note: "control against convenience")
        .Ranked(nameof(Systems.AiSystem.ModelFormat), s => s.ModelFormat, "an open format can leave with the customer", "Proprietary", "Onnx Safetensors Gguf Pmml TorchScript TensorFlowSavedModel")
        .Value(nameof(Systems.AiSystem.BaseModel), s => s.BaseModel, NeedsReview, note: "another base model")
        .Value(nameof(Systems.AiSystem.CustomisedForCustomer), s => s.CustomisedForCustomer, NeedsReview, note: "customisation brings ownership questions")
        .Value(nameof(Systems.AiSystem.IntendedUse), s => s.IntendedUse, NeedsReview, note: "the scope of use")
        .Value(nameof(Systems.AiSystem.RiskClass), s => s.RiskClass, NeedsReview, note: "a regulatory classification, not a term");

    private static RecordSpec<ServiceLevelTerms> ServiceLevels(RecordSpec<Remedy> remedy)
    {
        var window = Spec<MeasurementWindow>()
            .Value(nameof(MeasurementWindow.Kind), w => w.Kind, NeedsReview, note: "longer windows hide short outages but smooth noise")
            .Value(nameof(MeasurementWindow.RollingPeriod), w => w.RollingPeriod, NeedsReview, note: "as the kind");
        var availability = Spec<AvailabilityDefinition>()
            .Value(nameof(AvailabilityDefinition.Method), a => a.Method, NeedsReview, note: "another way of counting")
            .Value(nameof(AvailabilityDefinition.IntervalLength), a => a.IntervalLength, LowerIsBetter, note: "shorter intervals catch shorter outages")
            .Value(nameof(AvailabilityDefinition.DowntimeErrorRate), a => a.DowntimeErrorRate, LowerIsBetter, note: "an interval counts as down at a lower error rate")
            .Ranked(nameof(AvailabilityDefinition.EmptyIntervals), a => a.EmptyIntervals, "an interval without requests counting as down favours the customer", "CountsAsAvailable", "Excluded", "CountsAsUnavailable")
            .Value(nameof(AvailabilityDefinition.MinimumDowntimeRun), a => a.MinimumDowntimeRun, LowerIsBetter, Unfavourable, "outages shorter than the run stop counting")
            .Ranked(nameof(AvailabilityDefinition.PartialMinutes), a => a.PartialMinutes, "counting any started minute as down favours the customer", "WholeMinutesOnly", "Exact", "AnyStartedMinute")
            .Value(nameof(AvailabilityDefinition.MinimumRequests), a => a.MinimumRequests, LowerIsBetter, Unfavourable, "quiet intervals stop counting against the provider")
            .Value(nameof(AvailabilityDefinition.RepeatedErrorWindow), a => a.RepeatedErrorWindow, LowerIsBetter, Unfavourable, "a client's repeated errors count once");
        var kpi = Spec<KpiDefinition>()
            .Identity(nameof(KpiDefinition.Id), "KPIs are matched by id")
            .Value(nameof(KpiDefinition.Name), k => k.Name, Neutral, note: "a name")
            .Value(nameof(KpiDefinition.Category), k => k.Category, NeedsReview, note: "a classification")
            .Value(nameof(KpiDefinition.Metric), k => k.Metric, NeedsReview, note: "another metric is another promise")
            .Value(nameof(KpiDefinition.Description), k => k.Description, NeedsReview, note: "what is measured")
            .Value(nameof(KpiDefinition.Unit), k => k.Unit, NeedsReview, note: "the numbers mean something else")
            .Value(nameof(KpiDefinition.Direction), k => k.Direction, NeedsReview, note: "the target means something else")
            .Value(nameof(KpiDefinition.Target), k => k.Target, ByKpiDirection, note: "a stricter target favours the customer", higherFavours: KpiHigher)
            .Value(nameof(KpiDefinition.BreachThreshold), k => k.BreachThreshold, ByKpiDirection, note: "a stricter threshold favours the customer", higherFavours: KpiHigher)
            .Value(nameof(KpiDefinition.Aggregation), k => k.Aggregation, NeedsReview, note: "p99 against mean depends on the metric")
            .Clause(nameof(KpiDefinition.Window), k => k.Window, window, Review)
            .Value(nameof(KpiDefinition.Method), k => k.Method, NeedsReview, note: "how it is measured")
            .Value(nameof(KpiDefinition.DataSource), k => k.DataSource, NeedsReview, note: "who holds the numbers")
            .Value(nameof(KpiDefinition.BusinessOutcome), k => k.BusinessOutcome, Neutral, note: "an explanation")
            .Clause(nameof(KpiDefinition.AvailabilityDefinition), k => k.AvailabilityDefinition, availability, Favourable, "a definition of availability makes it measurable")
            .Set(nameof(KpiDefinition.AiSystemIds), k => k.AiSystemIds, MoreIsBetter, "the KPI covers more systems");
        var band = Spec<ServiceCreditBand>()
            .Value(nameof(ServiceCreditBand.From), b => b.From, NeedsReview, note: "band edges move credits both ways")
            .Value(nameof(ServiceCreditBand.To), b => b.To, NeedsReview, note: "band edges move credits both ways")
            .Value(nameof(ServiceCreditBand.Credit), b => b.Credit, HigherIsBetter, note: "more credit for the same attainment");
        var maintenance = Spec<MaintenanceWindow>()
            .Value(nameof(MaintenanceWindow.Day), m => m.Day, NeedsReview, note: "which day suits depends on the business")
            .Value(nameof(MaintenanceWindow.Start), m => m.Start, NeedsReview, note: "which hour suits depends on the business")
            .Value(nameof(MaintenanceWindow.Length), m => m.Length, LowerIsBetter, note: "less excluded time")
            .Value(nameof(MaintenanceWindow.AdvanceNotice), m => m.AdvanceNotice, HigherIsBetter, note: "more warning");
        var exclusion = Spec<Exclusion>()
            .Identity(nameof(Exclusion.Kind), "exclusions are matched by kind")
            .Value(nameof(Exclusion.Description), e => e.Description, NeedsReview, note: "wording of the exclusion")
            .Clause(nameof(Exclusion.MaintenanceWindow), e => e.MaintenanceWindow, maintenance, Review, "a fixed window bounds maintenance but excludes it")
            .Value(nameof(Exclusion.MaximumPerPeriod), e => e.MaximumPerPeriod, LowerIsBetter, Favourable, "less excluded time; a maximum appearing bounds the exclusion");
        var chronic = Spec<ChronicBreachTerms>()
            .Value(nameof(ChronicBreachTerms.Breaches), c => c.Breaches, LowerIsBetter, note: "fewer breaches make a breach chronic")
            .Value(nameof(ChronicBreachTerms.WithinPeriods), c => c.WithinPeriods, HigherIsBetter, note: "breaches count over a longer run")
            .Value(nameof(ChronicBreachTerms.GrantsTerminationRight), c => c.GrantsTerminationRight, TrueIsBetter, Favourable, "the customer can leave")
            .Value(nameof(ChronicBreachTerms.ExerciseWindow), c => c.ExerciseWindow, HigherIsBetter, note: "more time to decide");
        var objective = Spec<ServiceLevelObjective>()
            .Identity(nameof(ServiceLevelObjective.Id), "objectives are matched by id")
            .Value(nameof(ServiceLevelObjective.KpiId), o => o.KpiId, NeedsReview, note: "the objective measures another KPI")
            .Value(nameof(ServiceLevelObjective.Name), o => o.Name, Neutral, note: "a name")
            .List(nameof(ServiceLevelObjective.CreditBands), o => o.CreditBands, band, null, b => $"band {DiffValues.Display(b.From)}..{DiffValues.Display(b.To)}", "credit band", Review, "matched by position (bands are ordered); a band appearing or disappearing reshapes the table")
            .Value(nameof(ServiceLevelObjective.CreditBase), o => o.CreditBase, NeedsReview, note: "the larger base depends on the fees")
            .Set(nameof(ServiceLevelObjective.MeterIds), o => o.MeterIds, NeedsReview, "which fees credits apply to")
            .Value(nameof(ServiceLevelObjective.CreditCap), o => o.CreditCap, HigherIsBetter, Unfavourable, "a lower cap limits credits; a cap appearing limits them")
            .Value(nameof(ServiceLevelObjective.MinimumCredit), o => o.MinimumCredit, LowerIsBetter, Unfavourable, "no credit is issued below it")
            .Value(nameof(ServiceLevelObjective.MaximumCreditPerClaim), o => o.MaximumCreditPerClaim, HigherIsBetter, Unfavourable, "a lower maximum limits each credit; a maximum appearing limits them")
            .List(nameof(ServiceLevelObjective.Exclusions), o => o.Exclusions, exclusion, e => e.Kind.Name, e => e.Kind.Name, "exclusion", Unfavourable, "matched by kind; an exclusion appearing removes time from the promise")
            .Value(nameof(ServiceLevelObjective.ClaimWindow), o => o.ClaimWindow, HigherIsBetter, note: "more time to claim a credit")
            .Clause(nameof(ServiceLevelObjective.ChronicBreach), o => o.ChronicBreach, chronic, Favourable, "a chronic-breach clause gives a way out")
            .List(nameof(ServiceLevelObjective.Remedies), o => o.Remedies, remedy, r => r.Kind.Name, r => r.Kind.Name, "remedy", Favourable, "matched by kind; a remedy appearing favours the customer");
        var drift = Spec<DriftMonitor>()
            .Identity(nameof(DriftMonitor.Id), "monitors are matched by id")
            .Value(nameof(DriftMonitor.AiSystemId), d => d.AiSystemId, NeedsReview, note: "another system watched")
            .Value(nameof(DriftMonitor.Metric), d => d.Metric, NeedsReview, note: "another statistic")
            .Value(nameof(DriftMonitor.Scope), d => d.Scope, NeedsReview, note: "what drifts")
            .Value(nameof(DriftMonitor.Baseline), d => d.Baseline, NeedsReview, note: "the reference data")
            .Value(nameof(DriftMonitor.WarningThreshold), d => d.WarningThreshold, LowerIsBetter, note: "drift statistics grow with drift: a lower threshold warns earlier")
            .Value(nameof(DriftMonitor.ActionThreshold), d => d.ActionThreshold, LowerIsBetter, note: "a lower threshold acts earlier")
            .Value(nameof(DriftMonitor.ThresholdUnit), d => d.ThresholdUnit, NeedsReview, note: "the thresholds mean something else")
            .Ranked(nameof(DriftMonitor.Cadence), d => d.Cadence, CadenceNote, CadenceRanking)
            .List(nameof(DriftMonitor.Remedies), d => d.Remedies, remedy, r => r.Kind.Name, r => r.Kind.Name, "remedy", Favourable, "matched by kind");
        return Spec<ServiceLevelTerms>()
            .List(nameof(ServiceLevelTerms.Kpis), s => s.Kpis, kpi, k => k.Id.Value, k => k.Id.Value, "KPI", Favourable, "matched by id; a KPI appearing is a new promise")
            .List(nameof(ServiceLevelTerms.Objectives), s => s.Objectives, objective, o => o.Id.Value, o => o.Id.Value, "objective", Favourable, "matched by id; an objective appearing is a new promise")
            .Value(nameof(ServiceLevelTerms.HighestCreditOnly), s => s.HighestCreditOnly, FalseIsBetter, Unfavourable, "only the highest of several credits for a period is paid")
            .List(nameof(ServiceLevelTerms.DriftMonitors), s => s.DriftMonitors, drift, d => d.Id.Value, d => d.Id.Value, "drift monitor", Favourable, "matched by id");
    }

    private static RecordSpec<DataProcessingTerms> DataProcessing(RecordSpec<DeletionTerms> deletion)
    {
        var retention = Spec<RetentionTerms>()
            .Ranked(nameof(RetentionTerms.Kind), r => r.Kind, "less retention favours the customer", "Indefinite", "UntilContractEnd", "FixedPeriod", "NotRetained")
            .Value(nameof(RetentionTerms.Period), r => r.Period, LowerIsBetter, note: "more retention is unfavourable")
            .Value(nameof(RetentionTerms.Justification), r => r.Justification, NeedsReview, note: "wording");
        var access = Spec<AccessRole>()
            .Identity(nameof(AccessRole.Role), "access roles are matched by role and holder")
            .Identity(nameof(AccessRole.Holder), "access roles are matched by role and holder")
            .Ranked(nameof(AccessRole.Level), a => a.Level, "less access favours the customer", "Administer", "ReadWrite", "Read")
            .Value(nameof(AccessRole.Purpose), a => a.Purpose, NeedsReview, note: "wording");
        var category = Spec<DataCategoryTerms>()
            .Identity(nameof(DataCategoryTerms.Category), "categories are matched by category")
            .Value(nameof(DataCategoryTerms.Description), c => c.Description, NeedsReview, note: "what the data is")
            .Value(nameof(DataCategoryTerms.ContainsPersonalData), c => c.ContainsPersonalData, NeedsReview, note: "a statement of fact to check")
            .Set(nameof(DataCategoryTerms.PersonalDataTypes), c => c.PersonalDataTypes, NeedsReview, "a statement of fact to check")
            .Set(nameof(DataCategoryTerms.DataSubjects), c => c.DataSubjects, NeedsReview, "a statement of fact to check")
            .Ranked(nameof(DataCategoryTerms.ProtectionLevel), c => c.ProtectionLevel, "better protected data favours the customer", "Raw", "Pseudonymised", "Aggregated", "Anonymised", "Synthetic")
            .Value(nameof(DataCategoryTerms.RawDataJustification), c => c.RawDataJustification, NeedsReview, note: "wording")
            .Set(nameof(DataCategoryTerms.PermittedPurposes), c => c.PermittedPurposes, FewerIsBetter, "each purpose is a use of the customer's data")
            .Value(nameof(DataCategoryTerms.VendorMayTrain), c => c.VendorMayTrain, FalseIsBetter, note: "the vendor training on the data is unfavourable")
            .Clause(nameof(DataCategoryTerms.Retention), c => c.Retention, retention, Review, "a retention clause may allow more or less than none")
            .Clause(nameof(DataCategoryTerms.Deletion), c => c.Deletion, deletion, Favourable, "a deletion promise")
            .List(nameof(DataCategoryTerms.AccessRoles), c => c.AccessRoles, access, a => $"{a.Role} ({a.Holder.Name})", a => $"{a.Role} ({a.Holder.Name})", "access role", Review, "matched by role and holder; customer staff gaining access is neutral, anyone else unfavourable", a => a.Holder == AccessHolder.CustomerStaff ? NeutralChange : Unfavourable)
            .Set(nameof(DataCategoryTerms.Residency), c => c.Residency, FewerIsBetter, "fewer places the data may be")
            .Set(nameof(DataCategoryTerms.SubProcessorIds), c => c.SubProcessorIds, FewerIsBetter, "fewer hands on the data");
        var subProcessor = Spec<SubProcessor>()
            .Identity(nameof(SubProcessor.Id), "sub-processors are matched by id")
            .Value(nameof(SubProcessor.Name), s => s.Name, NeedsReview, note: "possibly another company")
            .Value(nameof(SubProcessor.Service), s => s.Service, NeedsReview, note: "what they do")
            .Set(nameof(SubProcessor.Locations), s => s.Locations, FewerIsBetter, "fewer places the data goes")
            .Set(nameof(SubProcessor.DataCategories), s => s.DataCategories, FewerIsBetter, "less data shared");
        var obligations = Spec<ProcessorObligations>()
            .Value(nameof(ProcessorObligations.ActsOnDocumentedInstructions), o => o.ActsOnDocumentedInstructions, TrueIsBetter, Favourable, "a promise to the customer")
            .Value(nameof(ProcessorObligations.SubProcessorChangeNotice), o => o.SubProcessorChangeNotice, HigherIsBetter, note: "more warning")
            .Value(nameof(ProcessorObligations.SubProcessorsBoundBySameObligations), o => o.SubProcessorsBoundBySameObligations, TrueIsBetter, Favourable, "a promise to the customer")
            .Value(nameof(ProcessorObligations.AssistsWithDataSubjectRights), o => o.AssistsWithDataSubjectRights, TrueIsBetter, Favourable, "a promise to the customer")
            .Value(nameof(ProcessorObligations.AssistsWithSecurityAndAssessments), o => o.AssistsWithSecurityAndAssessments, TrueIsBetter, Favourable, "a promise to the customer");
        return Spec<DataProcessingTerms>()
            .List(nameof(DataProcessingTerms.Categories), d => d.Categories, category, c => c.Category.Name, c => c.Category.Name, "data category", Review, "matched by category; more data flowing needs review")
            .List(nameof(DataProcessingTerms.SubProcessors), d => d.SubProcessors, subProcessor, s => s.Id.Value, s => s.Id.Value, "sub-processor", Unfavourable, "matched by id; another company handling the data is unfavourable")
            .Value(nameof(DataProcessingTerms.BreachNotificationDeadline), d => d.BreachNotificationDeadline, LowerIsBetter, note: "told sooner")
            .Set(nameof(DataProcessingTerms.LegalFrameworks), d => d.LegalFrameworks, MoreIsBetter, "more frameworks complied with")
            .Set(nameof(DataProcessingTerms.SecurityMeasures), d => d.SecurityMeasures, MoreIsBetter, "more measures")
            .Set(nameof(DataProcessingTerms.Residency), d => d.Residency, FewerIsBetter, "fewer places the data may be")
            .Value(nameof(DataProcessingTerms.SubjectMatter), d => d.SubjectMatter, NeedsReview, note: "wording")
            .Value(nameof(DataProcessingTerms.NatureOfProcessing), d => d.NatureOfProcessing, NeedsReview, note: "wording")
            .Clause(nameof(DataProcessingTerms.ProcessorObligations), d => d.ProcessorObligations, obligations, Favourable, "promises to the customer");
    }

    private static RecordSpec<IntegrationTerms> Integration()
    {
        var specification = Spec<InterfaceSpecification>()
            .Identity(nameof(InterfaceSpecification.Id), "interfaces are matched by id")
            .Value(nameof(InterfaceSpecification.Name), i => i.Name, Neutral, note: "a name")
            .Value(nameof(InterfaceSpecification.Kind), i => i.Kind, NeedsReview, note: "another technology")
            .Value(nameof(InterfaceSpecification.SpecificationReference), i => i.SpecificationReference, NeedsReview, note: "another document")
            .Value(nameof(InterfaceSpecification.Version), i => i.Version, NeedsReview, note: "another version")
            .Value(nameof(InterfaceSpecification.Description), i => i.Description, NeedsReview, note: "wording");
        var compatibility = Spec<CompatibilityTerms>()
            .Ranked(nameof(CompatibilityTerms.Versioning), c => c.Versioning, "an unversioned interface cannot promise compatibility", "Unversioned", "SemanticVersioning DateBased Sequential")
            .Value(nameof(CompatibilityTerms.BreakingChangeNotice), c => c.BreakingChangeNotice, HigherIsBetter, note: "more warning")
            .Value(nameof(CompatibilityTerms.DeprecationNotice), c => c.DeprecationNotice, HigherIsBetter, note: "more warning")
            .Value(nameof(CompatibilityTerms.SupportAfterDeprecation), c => c.SupportAfterDeprecation, HigherIsBetter, note: "longer support")
            .Value(nameof(CompatibilityTerms.BackwardCompatibility), c => c.BackwardCompatibility, NeedsReview, note: "wording");
        var test = Spec<AcceptanceTestCase>()
            .Identity(nameof(AcceptanceTestCase.Id), "tests are matched by id")
            .Value(nameof(AcceptanceTestCase.Title), t => t.Title, Neutral, note: "a name")
            .Value(nameof(AcceptanceTestCase.Kind), t => t.Kind, NeedsReview, note: "another kind of test")
            .Value(nameof(AcceptanceTestCase.InterfaceId), t => t.InterfaceId, NeedsReview, note: "another interface tested")
            .Value(nameof(AcceptanceTestCase.Procedure), t => t.Procedure, NeedsReview, note: "another procedure")
            .Value(nameof(AcceptanceTestCase.ExpectedResult), t => t.ExpectedResult, NeedsReview, note: "another bar");
        var sandbox = Spec<SandboxProof>()
            .Value(nameof(SandboxProof.Required), s => s.Required, TrueIsBetter, Favourable, "a sandbox proof no longer required is unfavourable")
            .Ranked(nameof(SandboxProof.RequiredBefore), s => s.RequiredBefore, "proof before signing favours the customer", "GoLive", "Signing")
            .Value(nameof(SandboxProof.Environment), s => s.Environment, NeedsReview, note: "wording")
            .Set(nameof(SandboxProof.Criteria), s => s.Criteria, MoreIsBetter, "more to prove")
            .Set(nameof(SandboxProof.AcceptanceTestIds), s => s.AcceptanceTestIds, MoreIsBetter, "more to prove")
            .Ranked(nameof(SandboxProof.Status), s => s.Status, "a passed proof favours the customer, a failed or waived one does not", "Failed Waived", "NotStarted InProgress", "Passed")
            .Value(nameof(SandboxProof.CompletedAt), s => s.CompletedAt, Neutral, note: "a record of when")
            .Value(nameof(SandboxProof.EvidenceReference), s => s.EvidenceReference, NeedsReview, note: "another document");
        return Spec<IntegrationTerms>()
            .List(nameof(IntegrationTerms.Interfaces), i => i.Interfaces, specification, s => s.Id.Value, s => s.Id.Value, "interface", Favourable, "matched by id; a specified interface favours the customer")
            .Clause(nameof(IntegrationTerms.Compatibility), i => i.Compatibility, compatibility, Favourable, "compatibility promises")
            .List(nameof(IntegrationTerms.AcceptanceTests), i => i.AcceptanceTests, test, t => t.Id.Value, t => t.Id.Value, "acceptance test", Favourable, "matched by id; more tests favour the customer")
            .Clause(nameof(IntegrationTerms.SandboxProof), i => i.SandboxProof, sandbox, Favourable, "a proof before commitment");
    }

    private static RecordSpec<PricingTerms> Pricing()
    {
        var tier = Spec<PriceTier>()
            .Value(nameof(PriceTier.UpTo), t => t.UpTo, NeedsReview, note: "a tier edge moves units between prices, both ways")
            .Value(nameof(PriceTier.UnitPrice), t => t.UnitPrice, LowerIsBetter, Unfavourable, "higher prices are unfavourable")
            .Value(nameof(PriceTier.FlatFee), t => t.FlatFee, LowerIsBetter, Unfavourable, "higher prices are unfavourable")
            .Value(nameof(PriceTier.Rate), t => t.Rate, LowerIsBetter, Unfavourable, "a higher rate is a higher price")
            .Value(nameof(PriceTier.MinimumCharge), t => t.MinimumCharge, LowerIsBetter, Unfavourable, "a higher minimum charges more")
            .Value(nameof(PriceTier.MaximumCharge), t => t.MaximumCharge, LowerIsBetter, Favourable, "a lower maximum charges less; a maximum appearing bounds the charge");
        var transactionFee = Spec<TransactionFee>()
            .Value(nameof(TransactionFee.Rate), f => f.Rate, LowerIsBetter, Unfavourable, "a higher rate is a higher price")
            .Value(nameof(TransactionFee.FixedFee), f => f.FixedFee, LowerIsBetter, Unfavourable, "higher prices are unfavourable")
            .Value(nameof(TransactionFee.MinimumPerEvent), f => f.MinimumPerEvent, LowerIsBetter, Unfavourable, "a higher minimum charges more")
            .Value(nameof(TransactionFee.MaximumPerEvent), f => f.MaximumPerEvent, LowerIsBetter, Favourable, "a lower maximum charges less; a maximum appearing bounds the fee");
        var package = Spec<PackagePricing>()
            .Value(nameof(PackagePricing.Size), p => p.Size, HigherIsBetter, note: "more units for the price")
            .Value(nameof(PackagePricing.Price), p => p.Price, LowerIsBetter, note: "higher prices are unfavourable")
            .Ranked(nameof(PackagePricing.Rounding), p => p.Rounding, "charging completed packages only favours the customer", "StartedPackages", "CompletedPackages")
            .Value(nameof(PackagePricing.MinimumPackages), p => p.MinimumPackages, LowerIsBetter, Unfavourable, "a higher minimum charges more");
        var cap = Spec<UsageCap>()
            .Value(nameof(UsageCap.Quantity), c => c.Quantity, NeedsReview, note: "a lower cap bounds spend but, throttled, also service: depends on the behaviour")
            .Value(nameof(UsageCap.Spend), c => c.Spend, NeedsReview, note: "as the quantity")
            .Value(nameof(UsageCap.Behaviour), c => c.Behaviour, NeedsReview, note: "not billed, overage or throttled trade cost against service")
            .Value(nameof(UsageCap.OverageUnitPrice), c => c.OverageUnitPrice, LowerIsBetter, Unfavourable, "higher prices are unfavourable");
        var meter = Spec<Meter>()
            .Identity(nameof(Meter.Id), "meters are matched by id")
            .Value(nameof(Meter.Name), m => m.Name, Neutral, note: "a name")
            .Value(nameof(Meter.Unit), m => m.Unit, NeedsReview, note: "prices mean something else")
            .Value(nameof(Meter.Model), m => m.Model, NeedsReview, note: "graduated against volume depends on usage: give --usage")
            .Value(nameof(Meter.FlatFee), m => m.FlatFee, LowerIsBetter, Unfavourable, "higher prices are unfavourable")
            .Value(nameof(Meter.UnitPrice), m => m.UnitPrice, LowerIsBetter, Unfavourable, "higher prices are unfavourable")
            .List(nameof(Meter.Tiers), m => m.Tiers, tier, null, t => $"tier up to {(t.UpTo is { } u ? DiffValues.Display(u) : "any")}", "price tier", Review, "matched by position (tiers ascend); prices are assessed tier by tier")
            .Clause(nameof(Meter.Package), m => m.Package, package, Review, "package pricing against per-unit depends on usage")
            .Clause(nameof(Meter.Cap), m => m.Cap, cap, Review, "a cap bounds spend or, throttled, service")
            .Value(nameof(Meter.AiSystemId), m => m.AiSystemId, NeedsReview, note: "another system metered")
            .Value(nameof(Meter.IncludedUnits), m => m.IncludedUnits, HigherIsBetter, Favourable, "more units free")
            .Value(nameof(Meter.MinimumCharge), m => m.MinimumCharge, LowerIsBetter, Unfavourable, "a higher minimum charges more")
            .Clause(nameof(Meter.TransactionFee), m => m.TransactionFee, transactionFee, Review, "a fee on declared amounts; its rates are assessed one by one");
        var discount = Spec<Discount>()
            .Value(nameof(Discount.Description), d => d.Description, NeedsReview, note: "wording")
            .Value(nameof(Discount.Percentage), d => d.Percentage, HigherIsBetter, Favourable, "a larger discount")
            .Value(nameof(Discount.Amount), d => d.Amount, HigherIsBetter, Favourable, "a larger discount")
            .Value(nameof(Discount.MeterId), d => d.MeterId, NeedsReview, note: "another meter discounted")
            .Value(nameof(Discount.From), d => d.From, LowerIsBetter, Unfavourable, "an earlier start discounts more periods; a start appearing limits the discount")
            .Value(nameof(Discount.Until), d => d.Until, HigherIsBetter, Unfavourable, "a later end discounts more periods; an end appearing limits the discount");
        var tax = Spec<TaxTerms>()
            .Value(nameof(TaxTerms.Rate), t => t.Rate, LowerIsBetter, note: "the law sets it; a contract that states another rate needs review")
            .Value(nameof(TaxTerms.Name), t => t.Name, Neutral, note: "a name")
            .Ranked(nameof(TaxTerms.DiscountsApply), t => t.DiscountsApply, "discounts before tax lower the tax", "AfterTax", "BeforeTax")
            .Ranked(nameof(TaxTerms.CreditsApply), t => t.CreditsApply, "credits before tax lower the tax", "AfterTax", "BeforeTax");
        var commitment = Spec<MinimumCommitment>()
            .Value(nameof(MinimumCommitment.Amount), m => m.Amount, LowerIsBetter, note: "less committed spend")
            .Value(nameof(MinimumCommitment.Per), m => m.Per, NeedsReview, note: "the same amount over another period")
            .Value(nameof(MinimumCommitment.TrueUp), m => m.TrueUp, FalseIsBetter, Unfavourable, "a true-up charges the shortfall");
        var upfront = Spec<UpfrontFee>()
            .Identity(nameof(UpfrontFee.Description), "upfront fees are matched by description")
            .Value(nameof(UpfrontFee.Amount), f => f.Amount, LowerIsBetter, note: "higher prices are unfavourable")
            .Value(nameof(UpfrontFee.Refundable), f => f.Refundable, TrueIsBetter, Favourable, "the money can come back")
            .Ranked(nameof(UpfrontFee.Guarantee), f => f.Guarantee, "a fee guaranteed by anything beats one guaranteed by nothing", "None", "AcceptanceTestsPassed SandboxProofPassed PerformanceMilestone SlaAttainment EscrowOrBond")
            .Value(nameof(UpfrontFee.GuaranteeTerms), f => f.GuaranteeTerms, NeedsReview, note: "wording")
            .Value(nameof(UpfrontFee.CreditedAgainstUsage), f => f.CreditedAgainstUsage, TrueIsBetter, Favourable, "the fee is not lost");
        var limit = Spec<PriceChangeLimit>()
            .Value(nameof(PriceChangeLimit.MaxIncrease), l => l.MaxIncrease, LowerIsBetter, Favourable, "smaller increases")
            .Value(nameof(PriceChangeLimit.Per), l => l.Per, HigherIsBetter, note: "increases less often")
            .Value(nameof(PriceChangeLimit.Notice), l => l.Notice, HigherIsBetter, note: "more warning")
            .Value(nameof(PriceChangeLimit.FixedUntil), l => l.FixedUntil, HigherIsBetter, Favourable, "prices fixed for longer");
        var refund = Spec<RefundMechanism>()
            .Identity(nameof(RefundMechanism.Kind), "refund mechanisms are matched by kind")
            .Value(nameof(RefundMechanism.Description), r => r.Description, NeedsReview, note: "wording")
            .Value(nameof(RefundMechanism.Cap), r => r.Cap, HigherIsBetter, Unfavourable, "a lower cap limits refunds; a cap appearing limits them");
        var payment = Spec<PaymentTerms>()
            .Value(nameof(PaymentTerms.DueWithin), p => p.DueWithin, HigherIsBetter, note: "more time to pay")
            .Value(nameof(PaymentTerms.LatePaymentInterest), p => p.LatePaymentInterest, LowerIsBetter, Unfavourable, "less interest");
        var counterRounding = Spec<QuantityRounding>()
            .Value(nameof(QuantityRounding.Increment), r => r.Increment, NeedsReview, note: "a coarser increment rounds more units up, a finer one fewer")
            .Value(nameof(QuantityRounding.Mode), r => r.Mode, NeedsReview, note: "rounding up bills more units than rounding to the nearest")
            .Value(nameof(QuantityRounding.Level), r => r.Level, NeedsReview, note: "rounding each request bills more than rounding each line")
            .Value(nameof(QuantityRounding.Minimum), r => r.Minimum, LowerIsBetter, Unfavourable, "a higher minimum bills more units");
        var counter = Spec<UsageCounter>()
            .Identity(nameof(UsageCounter.Id), "counters are matched by id")
            .Value(nameof(UsageCounter.Name), c => c.Name, Neutral, note: "a name")
            .Value(nameof(UsageCounter.Unit), c => c.Unit, NeedsReview, note: "prices mean something else")
            .Value(nameof(UsageCounter.ContainedIn), c => c.ContainedIn, NeedsReview, note: "what the vendor's counters mean changes how every request is priced")
            .Clause(nameof(UsageCounter.Rounding), c => c.Rounding, counterRounding, Unfavourable, "rounding bills more units than are used");
        var counterPrice = Spec<CounterPrice>()
            .Value(nameof(CounterPrice.Counter), p => p.Counter, NeedsReview, note: "another counter priced")
            .Value(nameof(CounterPrice.Tier), p => p.Tier, NeedsReview, note: "another request tier priced")
            .Value(nameof(CounterPrice.Price), p => p.Price, LowerIsBetter, Unfavourable, "higher prices are unfavourable")
            .Value(nameof(CounterPrice.Per), p => p.Per, HigherIsBetter, note: "the same price for more units");
        var requestTier = Spec<RequestTier>()
            .Identity(nameof(RequestTier.Id), "request tiers are matched by id")
            .Value(nameof(RequestTier.Name), t => t.Name, Neutral, note: "a name")
            .Value(nameof(RequestTier.Above), t => t.Above, NeedsReview, note: "a tier edge moves requests between prices, both ways")
            .Value(nameof(RequestTier.AtLeast), t => t.AtLeast, NeedsReview, note: "a tier edge moves requests between prices, both ways");
        var modifier = Spec<PriceModifier>()
            .Identity(nameof(PriceModifier.Id), "modifiers are matched by id")
            .Value(nameof(PriceModifier.Name), m => m.Name, Neutral, note: "a name")
            .Value(nameof(PriceModifier.Multiplier), m => m.Multiplier, LowerIsBetter, note: "a lower multiplier charges less")
            .Set(nameof(PriceModifier.Counters), m => m.Counters, NeedsReview, "whether a discount or a premium covers more counters cuts both ways");
        var version = Spec<PriceVersion>()
            .Value(nameof(PriceVersion.EffectiveFrom), v => v.EffectiveFrom, NeedsReview, note: "a price change moved in time: earlier or later favours whichever side the change favours")
            .List(nameof(PriceVersion.Prices), v => v.Prices, counterPrice, null, p => p.Tier is null ? p.Counter.Value : $"{p.Counter.Value} ({p.Tier.Value})", "price", Review, "matched by position; prices are assessed one by one");
        var rateCard = Spec<RateCard>()
            .Identity(nameof(RateCard.Id), "rate cards are matched by id")
            .Value(nameof(RateCard.Name), r => r.Name, Neutral, note: "a name")
            .Value(nameof(RateCard.AiSystemId), r => r.AiSystemId, NeedsReview, note: "another system priced")
            .List(nameof(RateCard.Counters), r => r.Counters, counter, c => c.Id.Value, c => c.Id.Value, "counter", Review, "matched by id; a counter appearing is a new charge")
            .List(nameof(RateCard.Prices), r => r.Prices, counterPrice, null, p => p.Tier is null ? p.Counter.Value : $"{p.Counter.Value} ({p.Tier.Value})", "price", Review, "matched by position; prices are assessed one by one")
            .Set(nameof(RateCard.RequestSize), r => r.RequestSize, NeedsReview, "which counters make a request large moves requests between tiers")
            .List(nameof(RateCard.RequestTiers), r => r.RequestTiers, requestTier, t => t.Id.Value, t => t.Id.Value, "request tier", Review, "matched by id; tier edges are assessed one by one")
            .List(nameof(RateCard.Modifiers), r => r.Modifiers, modifier, m => m.Id.Value, m => m.Id.Value, "modifier", Review, "matched by id; a modifier is a discount or a premium")
            .List(nameof(RateCard.PriceVersions), r => r.PriceVersions, version, null, v => DiffValues.Display(v.EffectiveFrom), "price version", Review, "matched by position; a price version changes prices from a day")
            .Value(nameof(RateCard.MinimumPerRequest), r => r.MinimumPerRequest, LowerIsBetter, Unfavourable, "a higher minimum charges more")
            .Value(nameof(RateCard.MinimumPerJob), r => r.MinimumPerJob, LowerIsBetter, Unfavourable, "a higher minimum charges more");
        var counterReference = Spec<CounterReference>()
            .Value(nameof(CounterReference.RateCard), r => r.RateCard, NeedsReview, note: "another rate card draws on the allowance")
            .Value(nameof(CounterReference.Counter), r => r.Counter, NeedsReview, note: "another counter draws on the allowance");
        var allowance = Spec<Allowance>()
            .Identity(nameof(Allowance.Id), "allowances are matched by id")
            .Value(nameof(Allowance.Name), a => a.Name, Neutral, note: "a name")
            .Value(nameof(Allowance.Quantity), a => a.Quantity, HigherIsBetter, Favourable, "more units free")
            .Ranked(nameof(Allowance.Resets), a => a.Resets, "an allowance that resets more often frees more units over a month", "Monthly", "Daily", "Hourly")
            .List(nameof(Allowance.Counters), a => a.Counters, counterReference, null, r => $"{r.RateCard.Value}/{r.Counter.Value}", "counter", Review, "matched by position; a pool shared by more counters cuts both ways");
        var reservationRate = Spec<ReservationRate>()
            .Identity(nameof(ReservationRate.Term), "rates are matched by commitment term")
            .Value(nameof(ReservationRate.Price), r => r.Price, LowerIsBetter, Unfavourable, "higher prices are unfavourable")
            .Value(nameof(ReservationRate.Per), r => r.Per, NeedsReview, note: "the price means another length of time");
        var capacityCommitment = Spec<CapacityCommitment>()
            .Value(nameof(CapacityCommitment.Units), c => c.Units, LowerIsBetter, Unfavourable, "more units committed are billed to the end of the term")
            .Value(nameof(CapacityCommitment.Term), c => c.Term, NeedsReview, note: "a longer term is cheaper per hour but billed to its end")
            .Value(nameof(CapacityCommitment.Start), c => c.Start, NeedsReview, note: "the commitment moved in time");
        var reservation = Spec<CapacityReservation>()
            .Identity(nameof(CapacityReservation.Id), "reservations are matched by id")
            .Value(nameof(CapacityReservation.Name), r => r.Name, Neutral, note: "a name")
            .Value(nameof(CapacityReservation.AiSystemId), r => r.AiSystemId, NeedsReview, note: "another system served")
            .Value(nameof(CapacityReservation.UnitName), r => r.UnitName, NeedsReview, note: "prices mean another unit")
            .List(nameof(CapacityReservation.Rates), r => r.Rates, reservationRate, x => x.Term.Name, x => x.Term.Name, "rate", Review, "matched by term; a term appearing is a new option")
            .Ranked(nameof(CapacityReservation.Proration), r => r.Proration, "a deployment billed per second is charged no more than per started minute", "Minute", "Second")
            .Value(nameof(CapacityReservation.MinimumUnits), r => r.MinimumUnits, LowerIsBetter, Unfavourable, "a higher minimum makes the smallest deployment larger")
            .Value(nameof(CapacityReservation.UnitStep), r => r.UnitStep, LowerIsBetter, Unfavourable, "a larger step makes sizes coarser")
            .List(nameof(CapacityReservation.Commitments), r => r.Commitments, capacityCommitment, null, c => $"{c.Units.ToString(System.Globalization.CultureInfo.InvariantCulture)} {c.Term.Name}", "commitment", Unfavourable, "matched by position; a commitment appearing is billed to the end of its term");
        return Spec<PricingTerms>()
            .Value(nameof(PricingTerms.Currency), p => p.Currency, NeedsReview, note: "exchange-rate risk moves")
            .Value(nameof(PricingTerms.Basis), p => p.Basis, NeedsReview, note: "commercial against chargeback")
            .Value(nameof(PricingTerms.BillingPeriod), p => p.BillingPeriod, NeedsReview, note: "cash flow against caps per period")
            .List(nameof(PricingTerms.Meters), p => p.Meters, meter, m => m.Id.Value, m => m.Id.Value, "meter", Review, "matched by id; a new meter is a new charge but may replace another")
            .Clause(nameof(PricingTerms.TotalCap), p => p.TotalCap, cap, Review, "a cap bounds spend or, throttled, service")
            .Clause(nameof(PricingTerms.MinimumCommitment), p => p.MinimumCommitment, commitment, Unfavourable, "committed spend")
            .List(nameof(PricingTerms.UpfrontFees), p => p.UpfrontFees, upfront, f => f.Description, f => f.Description, "upfront fee", Unfavourable, "matched by description; an upfront fee appearing is unfavourable")
            .Clause(nameof(PricingTerms.PriceChangeLimit), p => p.PriceChangeLimit, limit, Favourable, "bounds future prices")
            .List(nameof(PricingTerms.RefundMechanisms), p => p.RefundMechanisms, refund, r => r.Kind.Name, r => r.Kind.Name, "refund mechanism", Favourable, "matched by kind")
            .Clause(nameof(PricingTerms.PaymentTerms), p => p.PaymentTerms, payment, Review, "terms of payment cut both ways")
            .Value(nameof(PricingTerms.Rounding), p => p.Rounding, NeedsReview, note: "cents either way")
            .List(nameof(PricingTerms.Discounts), p => p.Discounts, discount, null, d => d.Description ?? "discount", "discount", Favourable, "matched by position; a discount appearing favours the customer")
            .Clause(nameof(PricingTerms.Tax), p => p.Tax, tax, Review, "tax is set by law; the order of credits and discounts moves the amount due")
            .Ranked(nameof(PricingTerms.Proration), p => p.Proration, "prorated period fees charge a partial period less", "None", "ByDays")
            .List(nameof(PricingTerms.RateCards), p => p.RateCards, rateCard, r => r.Id.Value, r => r.Id.Value, "rate card", Review, "matched by id; a rate card appearing is a new charge")
            .List(nameof(PricingTerms.Allowances), p => p.Allowances, allowance, a => a.Id.Value, a => a.Id.Value, "allowance", Favourable, "matched by id; an allowance appearing favours the customer")
            .List(nameof(PricingTerms.Reservations), p => p.Reservations, reservation, r => r.Id.Value, r => r.Id.Value, "reservation", Review, "matched by id; a reservation appearing is a new charge")
            .Value(nameof(PricingTerms.LineAmountDecimals), p => p.LineAmountDecimals, NeedsReview, note: "sub-cent lines round once instead of per line, either way by a cent or so");
    }

    private static RecordSpec<ExitTerms> Exit(RecordSpec<DeletionTerms> deletion)
    {
        var right = Spec<TerminationRight>()
            .Identity(nameof(TerminationRight.Trigger), "rights are matched by trigger and holder")
            .Identity(nameof(TerminationRight.HeldBy), "rights are matched by trigger and holder")
            .Value(nameof(TerminationRight.Notice), t => t.Notice, ByHolder, note: "a longer notice for the provider's right favours the customer; for the customer's, it does not", higherFavours: ProviderHolds)
            .Value(nameof(TerminationRight.CurePeriod), t => t.CurePeriod, ByHolder, note: "more time to cure protects the party the right is used against", higherFavours: ProviderHolds)
            .Value(nameof(TerminationRight.ExercisableAfter), t => t.ExercisableAfter, ByHolder, note: "a later first exercise binds the holder's hands", higherFavours: ProviderHolds)
            .Value(nameof(TerminationRight.TerminationFee), t => t.TerminationFee, ByHolder, note: "the holder pays it", higherFavours: ProviderHolds)
            .Value(nameof(TerminationRight.Description), t => t.Description, NeedsReview, note: "wording");
        var transition = Spec<TransitionAssistance>()
            .Value(nameof(TransitionAssistance.Duration), t => t.Duration, HigherIsBetter, note: "longer assistance")
            .Value(nameof(TransitionAssistance.IncludedHours), t => t.IncludedHours, HigherIsBetter, note: "more hours included")
            .Ranked(nameof(TransitionAssistance.Cost), t => t.Cost, CostNote, CostRanking)
            .Value(nameof(TransitionAssistance.Fee), t => t.Fee, LowerIsBetter, Unfavourable, "higher prices are unfavourable")
            .Value(nameof(TransitionAssistance.Description), t => t.Description, NeedsReview, note: "wording");
        var portability = Spec<DataPortability>()
            .Set(nameof(DataPortability.Scope), p => p.Scope, MoreIsBetter, "more data leaves with the customer")
            .Set(nameof(DataPortability.Formats), p => p.Formats, MoreIsBetter, "fewer portable formats are unfavourable")
            .Value(nameof(DataPortability.Deadline), p => p.Deadline, LowerIsBetter, note: "data back sooner")
            .Ranked(nameof(DataPortability.Cost), p => p.Cost, CostNote, CostRanking)
            .Value(nameof(DataPortability.Fee), p => p.Fee, LowerIsBetter, Unfavourable, "higher prices are unfavourable");
        var artifacts = Spec<ModelArtifactTerms>()
            .Ranked(nameof(ModelArtifactTerms.Ownership), a => a.Ownership, "the customer owning the artifacts favours the customer", "Provider", "LicensedToCustomer", "Joint", "Customer")
            .Set(nameof(ModelArtifactTerms.Artifacts), a => a.Artifacts, MoreIsBetter, "more handed over")
            .Set(nameof(ModelArtifactTerms.Formats), a => a.Formats, MoreIsBetter, "fewer portable formats are unfavourable")
            .Value(nameof(ModelArtifactTerms.HandoverDeadline), a => a.HandoverDeadline, LowerIsBetter, note: "handed over sooner")
            .Set(nameof(ModelArtifactTerms.AiSystemIds), a => a.AiSystemIds, MoreIsBetter, "more systems covered");
        var knowledge = Spec<KnowledgeTransfer>()
            .Value(nameof(KnowledgeTransfer.Recipients), k => k.Recipients, NeedsReview, note: "wording")
            .Value(nameof(KnowledgeTransfer.Hours), k => k.Hours, HigherIsBetter, note: "less knowledge transfer is unfavourable")
            .Set(nameof(KnowledgeTransfer.Deliverables), k => k.Deliverables, MoreIsBetter, "less knowledge transfer is unfavourable")
            .Value(nameof(KnowledgeTransfer.Deadline), k => k.Deadline, LowerIsBetter, note: "transferred sooner")
            .Ranked(nameof(KnowledgeTransfer.Cost), k => k.Cost, CostNote, CostRanking);
        return Spec<ExitTerms>()
            .List(
                nameof(ExitTerms.TerminationRights),
                e => e.TerminationRights,
                right,
                t => $"{t.Trigger.Name} ({t.HeldBy.Name})",
                t => $"{t.Trigger.Name} held by {t.HeldBy.Name}",
                "termination right",
                Review,
                "matched by trigger and holder; a right of the customer appearing is favourable, of the provider unfavourable, of either party needs review",
                t => t.HeldBy == PartyRole.Customer ? Favourable : t.HeldBy == PartyRole.Provider ? Unfavourable : Review)
            .Clause(nameof(ExitTerms.TransitionAssistance), e => e.TransitionAssistance, transition, Favourable, "help on the way out")
            .Clause(nameof(ExitTerms.DataPortability), e => e.DataPortability, portability, Favourable, "the data leaves with the customer")
            .Clause(nameof(ExitTerms.ModelArtifacts), e => e.ModelArtifacts, artifacts, Favourable, "the model leaves with the customer")
            .Clause(nameof(ExitTerms.KnowledgeTransfer), e => e.KnowledgeTransfer, knowledge, Favourable, "the know-how leaves with the customer")
            .Clause(nameof(ExitTerms.PostExitDeletion), e => e.PostExitDeletion, deletion, Favourable, "a deletion promise");
    }

    private static RecordSpec<GovernanceTerms> Governance()
    {
        var reporting = Spec<ReportingTerms>()
            .Ranked(nameof(ReportingTerms.Cadence), r => r.Cadence, CadenceNote, CadenceRanking)
            .Set(nameof(ReportingTerms.KpiIds), r => r.KpiIds, MoreIsBetter, "more reported")
            .Set(nameof(ReportingTerms.Contents), r => r.Contents, MoreIsBetter, "more reported")
            .Value(nameof(ReportingTerms.DeliveredWithin), r => r.DeliveredWithin, LowerIsBetter, note: "reports sooner");
        var audit = Spec<AuditRights>()
            .Value(nameof(AuditRights.MaxAuditsPerYear), a => a.MaxAuditsPerYear, HigherIsBetter, Unfavourable, "more audits; a maximum appearing limits them")
            .Value(nameof(AuditRights.Notice), a => a.Notice, LowerIsBetter, note: "the customer audits at shorter notice")
            .Value(nameof(AuditRights.ThirdPartyAuditorAllowed), a => a.ThirdPartyAuditorAllowed, TrueIsBetter, Favourable, "a right of the customer")
            .Value(nameof(AuditRights.IncludesSubProcessors), a => a.IncludesSubProcessors, TrueIsBetter, Favourable, "a right of the customer")
            .Set(nameof(AuditRights.Scope), a => a.Scope, MoreIsBetter, "more can be audited")
            .Ranked(nameof(AuditRights.Cost), a => a.Cost, CostNote, CostRanking);
        var incident = Spec<IncidentNotification>()
            .Identity(nameof(IncidentNotification.Severity), "notifications are matched by severity")
            .Value(nameof(IncidentNotification.Deadline), i => i.Deadline, LowerIsBetter, note: "told sooner")
            .Set(nameof(IncidentNotification.Channels), i => i.Channels, MoreIsBetter, "more ways to be told");
        var change = Spec<ModelChangeNotice>()
            .Value(nameof(ModelChangeNotice.Notice), m => m.Notice, HigherIsBetter, note: "more warning")
            .Set(nameof(ModelChangeNotice.AppliesTo), m => m.AppliesTo, MoreIsBetter, "more changes announced")
            .Value(nameof(ModelChangeNotice.RightToTestBeforeRollout), m => m.RightToTestBeforeRollout, TrueIsBetter, Favourable, "a right of the customer")
            .Value(nameof(ModelChangeNotice.TestPeriod), m => m.TestPeriod, HigherIsBetter, note: "more time to test")
            .Value(nameof(ModelChangeNotice.RightToRejectOrRollBack), m => m.RightToRejectOrRollBack, TrueIsBetter, Favourable, "a right of the customer");
        var contact = Spec<EscalationContact>()
            .Identity(nameof(EscalationContact.Level), "contacts are matched by level and party")
            .Identity(nameof(EscalationContact.Party), "contacts are matched by level and party")
            .Value(nameof(EscalationContact.Name), c => c.Name, Neutral, note: "contact details")
            .Value(nameof(EscalationContact.Role), c => c.Role, Neutral, note: "contact details")
            .Value(nameof(EscalationContact.Email), c => c.Email, Neutral, note: "contact details")
            .Value(nameof(EscalationContact.Phone), c => c.Phone, Neutral, note: "contact details")
            .Value(nameof(EscalationContact.ResponseTime), c => c.ResponseTime, LowerIsBetter, Favourable, "answers sooner");
        return Spec<GovernanceTerms>()
            .Clause(nameof(GovernanceTerms.Reporting), g => g.Reporting, reporting, Favourable, "transparency")
            .Clause(nameof(GovernanceTerms.AuditRights), g => g.AuditRights, audit, Favourable, "transparency")
            .List(nameof(GovernanceTerms.IncidentNotifications), g => g.IncidentNotifications, incident, i => i.Severity.Name, i => i.Severity.Name, "incident notification", Favourable, "matched by severity")
            .Clause(nameof(GovernanceTerms.ModelChangeNotice), g => g.ModelChangeNotice, change, Favourable, "transparency")
            .List(nameof(GovernanceTerms.EscalationContacts), g => g.EscalationContacts, contact, c => $"{c.Level} {c.Party.Name}", c => $"level {c.Level} ({c.Party.Name})", "escalation contact", Favourable, "matched by level and party; an escalation path appearing favours the customer");
    }
}

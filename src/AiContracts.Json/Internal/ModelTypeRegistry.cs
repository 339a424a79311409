using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using AiContracts.Domain;
using AiContracts.Domain.Computations.Invoicing;
using AiContracts.Domain.Computations.ServiceCredits;
using AiContracts.Domain.DataProcessing;
using AiContracts.Domain.Exit;
using AiContracts.Domain.Governance;
using AiContracts.Domain.Integration;
using AiContracts.Domain.Pricing;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.ServiceLevels;
using AiContracts.Domain.Systems;
using AiContracts.Json.Internal.Converters;

namespace AiContracts.Json.Internal;

/// <summary>
/// The explicit list of closed generic types the model uses: one converter per smart enum and one collection
/// contract per <see cref="ValueArray{T}"/> element type. Explicit rather than reflective so that it works when
/// trimmed and ahead-of-time compiled; a test checks that it covers every type the model declares.
/// </summary>
internal static class ModelTypeRegistry
{
    /// <summary>A converter for every smart enum of the model.</summary>
    internal static IReadOnlyList<JsonConverter> SmartEnumConverters { get; } =
    [
        new SmartEnumJsonConverter<AcceptanceTestKind>(),
        new SmartEnumJsonConverter<AccessHolder>(),
        new SmartEnumJsonConverter<AccessLevel>(),
        new SmartEnumJsonConverter<Aggregation>(),
        new SmartEnumJsonConverter<AiSystemKind>(),
        new SmartEnumJsonConverter<ArtifactKind>(),
        new SmartEnumJsonConverter<ArtifactOwnership>(),
        new SmartEnumJsonConverter<AvailabilityMethod>(),
        new SmartEnumJsonConverter<BillingPeriod>(),
        new SmartEnumJsonConverter<Cadence>(),
        new SmartEnumJsonConverter<CapBehaviour>(),
        new SmartEnumJsonConverter<ContractStatus>(),
        new SmartEnumJsonConverter<CostBasis>(),
        new SmartEnumJsonConverter<CreditBase>(),
        new SmartEnumJsonConverter<DataCategory>(),
        new SmartEnumJsonConverter<DataFormat>(),
        new SmartEnumJsonConverter<DataSubjectCategory>(),
        new SmartEnumJsonConverter<AiContracts.Domain.Diagnostics.DiagnosticSeverity>(),
        new SmartEnumJsonConverter<AiContracts.Domain.Diagnostics.DocumentKind>(),
        new SmartEnumJsonConverter<AiContracts.Domain.Validation.ClauseStatus>(),
        new SmartEnumJsonConverter<AiContracts.Domain.Diff.ChangeAssessment>(),
        new SmartEnumJsonConverter<AiContracts.Domain.Diff.ChangeKind>(),
        new SmartEnumJsonConverter<AiContracts.Domain.Diff.ClauseGroup>(),
        new SmartEnumJsonConverter<AiContracts.Domain.Diff.DirectionRule>(),
        new SmartEnumJsonConverter<DeletionMethod>(),
        new SmartEnumJsonConverter<Direction>(),
        new SmartEnumJsonConverter<DriftMetric>(),
        new SmartEnumJsonConverter<DriftScope>(),
        new SmartEnumJsonConverter<EmptyIntervalRule>(),
        new SmartEnumJsonConverter<ExclusionKind>(),
        new SmartEnumJsonConverter<GuaranteeKind>(),
        new SmartEnumJsonConverter<HostingModel>(),
        new SmartEnumJsonConverter<IncidentSeverity>(),
        new SmartEnumJsonConverter<InterfaceKind>(),
        new SmartEnumJsonConverter<InvoiceLineKind>(),
        new SmartEnumJsonConverter<KpiCategory>(),
        new SmartEnumJsonConverter<KpiMetric>(),
        new SmartEnumJsonConverter<KpiUnit>(),
        new SmartEnumJsonConverter<LegalFramework>(),
        new SmartEnumJsonConverter<MeterUnit>(),
        new SmartEnumJsonConverter<ModelChangeKind>(),
        new SmartEnumJsonConverter<ModelFormat>(),
        new SmartEnumJsonConverter<PackageRounding>(),
        new SmartEnumJsonConverter<PartyRole>(),
        new SmartEnumJsonConverter<PortableAsset>(),
        new SmartEnumJsonConverter<PricingBasis>(),
        new SmartEnumJsonConverter<PricingModel>(),
        new SmartEnumJsonConverter<ProcessingPurpose>(),
        new SmartEnumJsonConverter<ProofMilestone>(),
        new SmartEnumJsonConverter<ProtectionLevel>(),
        new SmartEnumJsonConverter<ProviderKind>(),
        new SmartEnumJsonConverter<RefundKind>(),
        new SmartEnumJsonConverter<RemedyKind>(),
        new SmartEnumJsonConverter<RenewalKind>(),
        new SmartEnumJsonConverter<RetentionKind>(),
        new SmartEnumJsonConverter<RiskClass>(),
        new SmartEnumJsonConverter<RoundingMode>(),
        new SmartEnumJsonConverter<SandboxProofStatus>(),
        new SmartEnumJsonConverter<SecurityMeasure>(),
        new SmartEnumJsonConverter<TerminationTrigger>(),
        new SmartEnumJsonConverter<VersioningScheme>(),
        new SmartEnumJsonConverter<WindowKind>(),
    ];

    /// <summary>The collection contract and emptiness test of every <see cref="ValueArray{T}"/> the computations' inputs and results use, keyed by type.</summary>
    internal static IReadOnlyDictionary<Type, ValueArrayEntry> ComputationValueArrays { get; } =
        new Dictionary<Type, ValueArrayEntry>
        {
            [typeof(ValueArray<AppliedExclusion>)] = new(ValueArrayContract.Create<AppliedExclusion>, ValueArrayContract.HasElements<AppliedExclusion>),
            [typeof(ValueArray<ChronicBreachStatus>)] = new(ValueArrayContract.Create<ChronicBreachStatus>, ValueArrayContract.HasElements<ChronicBreachStatus>),
            [typeof(ValueArray<DowntimeSpan>)] = new(ValueArrayContract.Create<DowntimeSpan>, ValueArrayContract.HasElements<DowntimeSpan>),
            [typeof(ValueArray<IntervalMeasurement>)] = new(ValueArrayContract.Create<IntervalMeasurement>, ValueArrayContract.HasElements<IntervalMeasurement>),
            [typeof(ValueArray<InvoiceLine>)] = new(ValueArrayContract.Create<InvoiceLine>, ValueArrayContract.HasElements<InvoiceLine>),
            [typeof(ValueArray<KpiMeasurement>)] = new(ValueArrayContract.Create<KpiMeasurement>, ValueArrayContract.HasElements<KpiMeasurement>),
            [typeof(ValueArray<MeterUsage>)] = new(ValueArrayContract.Create<MeterUsage>, ValueArrayContract.HasElements<MeterUsage>),
            [typeof(ValueArray<ObjectiveEvaluation>)] = new(ValueArrayContract.Create<ObjectiveEvaluation>, ValueArrayContract.HasElements<ObjectiveEvaluation>),
        };

    /// <summary>The collection contract of a <see cref="ValueArray{T}"/> type of the model or of the computations.</summary>
    /// <param name="type">The type.</param>
    /// <param name="entry">Its entry, when registered.</param>
    /// <returns>Whether the type is registered.</returns>
    internal static bool TryGetValueArray(Type type, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ValueArrayEntry? entry) =>
        ValueArrays.TryGetValue(type, out entry) || ComputationValueArrays.TryGetValue(type, out entry);

    /// <summary>The collection contract and emptiness test of every <see cref="ValueArray{T}"/> the model uses, keyed by type.</summary>
    internal static IReadOnlyDictionary<Type, ValueArrayEntry> ValueArrays { get; } =
        new Dictionary<Type, ValueArrayEntry>
        {
            [typeof(ValueArray<AiContracts.Domain.Diagnostics.Diagnostic>)] = new(ValueArrayContract.Create<AiContracts.Domain.Diagnostics.Diagnostic>, ValueArrayContract.HasElements<AiContracts.Domain.Diagnostics.Diagnostic>),
            [typeof(ValueArray<AiContracts.Domain.Validation.ClauseResult>)] = new(ValueArrayContract.Create<AiContracts.Domain.Validation.ClauseResult>, ValueArrayContract.HasElements<AiContracts.Domain.Validation.ClauseResult>),
            [typeof(ValueArray<AcceptanceTestCase>)] = new(ValueArrayContract.Create<AcceptanceTestCase>, ValueArrayContract.HasElements<AcceptanceTestCase>),
            [typeof(ValueArray<AccessRole>)] = new(ValueArrayContract.Create<AccessRole>, ValueArrayContract.HasElements<AccessRole>),
            [typeof(ValueArray<AiSystem>)] = new(ValueArrayContract.Create<AiSystem>, ValueArrayContract.HasElements<AiSystem>),
            [typeof(ValueArray<ArtifactKind>)] = new(ValueArrayContract.Create<ArtifactKind>, ValueArrayContract.HasElements<ArtifactKind>),
            [typeof(ValueArray<Contact>)] = new(ValueArrayContract.Create<Contact>, ValueArrayContract.HasElements<Contact>),
            [typeof(ValueArray<DataCategory>)] = new(ValueArrayContract.Create<DataCategory>, ValueArrayContract.HasElements<DataCategory>),
            [typeof(ValueArray<DataCategoryTerms>)] = new(ValueArrayContract.Create<DataCategoryTerms>, ValueArrayContract.HasElements<DataCategoryTerms>),
            [typeof(ValueArray<DataFormat>)] = new(ValueArrayContract.Create<DataFormat>, ValueArrayContract.HasElements<DataFormat>),
            [typeof(ValueArray<DataSubjectCategory>)] = new(ValueArrayContract.Create<DataSubjectCategory>, ValueArrayContract.HasElements<DataSubjectCategory>),
            [typeof(ValueArray<DriftMonitor>)] = new(ValueArrayContract.Create<DriftMonitor>, ValueArrayContract.HasElements<DriftMonitor>),
            [typeof(ValueArray<EscalationContact>)] = new(ValueArrayContract.Create<EscalationContact>, ValueArrayContract.HasElements<EscalationContact>),
            [typeof(ValueArray<Exclusion>)] = new(ValueArrayContract.Create<Exclusion>, ValueArrayContract.HasElements<Exclusion>),
            [typeof(ValueArray<IncidentNotification>)] = new(ValueArrayContract.Create<IncidentNotification>, ValueArrayContract.HasElements<IncidentNotification>),
            [typeof(ValueArray<InterfaceSpecification>)] = new(ValueArrayContract.Create<InterfaceSpecification>, ValueArrayContract.HasElements<InterfaceSpecification>),
            [typeof(ValueArray<KpiDefinition>)] = new(ValueArrayContract.Create<KpiDefinition>, ValueArrayContract.HasElements<KpiDefinition>),
            [typeof(ValueArray<LegalFramework>)] = new(ValueArrayContract.Create<LegalFramework>, ValueArrayContract.HasElements<LegalFramework>),
            [typeof(ValueArray<LocalId>)] = new(ValueArrayContract.Create<LocalId>, ValueArrayContract.HasElements<LocalId>),
            [typeof(ValueArray<Meter>)] = new(ValueArrayContract.Create<Meter>, ValueArrayContract.HasElements<Meter>),
            [typeof(ValueArray<ModelChangeKind>)] = new(ValueArrayContract.Create<ModelChangeKind>, ValueArrayContract.HasElements<ModelChangeKind>),
            [typeof(ValueArray<ModelFormat>)] = new(ValueArrayContract.Create<ModelFormat>, ValueArrayContract.HasElements<ModelFormat>),
            [typeof(ValueArray<PortableAsset>)] = new(ValueArrayContract.Create<PortableAsset>, ValueArrayContract.HasElements<PortableAsset>),
            [typeof(ValueArray<PriceTier>)] = new(ValueArrayContract.Create<PriceTier>, ValueArrayContract.HasElements<PriceTier>),
            [typeof(ValueArray<ProcessingPurpose>)] = new(ValueArrayContract.Create<ProcessingPurpose>, ValueArrayContract.HasElements<ProcessingPurpose>),
            [typeof(ValueArray<RefundMechanism>)] = new(ValueArrayContract.Create<RefundMechanism>, ValueArrayContract.HasElements<RefundMechanism>),
            [typeof(ValueArray<Remedy>)] = new(ValueArrayContract.Create<Remedy>, ValueArrayContract.HasElements<Remedy>),
            [typeof(ValueArray<SecurityMeasure>)] = new(ValueArrayContract.Create<SecurityMeasure>, ValueArrayContract.HasElements<SecurityMeasure>),
            [typeof(ValueArray<ServiceCreditBand>)] = new(ValueArrayContract.Create<ServiceCreditBand>, ValueArrayContract.HasElements<ServiceCreditBand>),
            [typeof(ValueArray<ServiceLevelObjective>)] = new(ValueArrayContract.Create<ServiceLevelObjective>, ValueArrayContract.HasElements<ServiceLevelObjective>),
            [typeof(ValueArray<SubProcessor>)] = new(ValueArrayContract.Create<SubProcessor>, ValueArrayContract.HasElements<SubProcessor>),
            [typeof(ValueArray<TerminationRight>)] = new(ValueArrayContract.Create<TerminationRight>, ValueArrayContract.HasElements<TerminationRight>),
            [typeof(ValueArray<UpfrontFee>)] = new(ValueArrayContract.Create<UpfrontFee>, ValueArrayContract.HasElements<UpfrontFee>),
            [typeof(ValueArray<string>)] = new(ValueArrayContract.Create<string>, ValueArrayContract.HasElements<string>),
        };
}

/// <summary>How to read and write one closed <see cref="ValueArray{T}"/> type.</summary>
/// <param name="Create">Creates its collection contract.</param>
/// <param name="HasElements">Whether a boxed value has elements.</param>
internal sealed record ValueArrayEntry(Func<JsonSerializerOptions, JsonTypeInfo> Create, Func<object?, bool> HasElements);

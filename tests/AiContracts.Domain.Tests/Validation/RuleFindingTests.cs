using AiContracts.Domain.DataProcessing;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Exit;
using AiContracts.Domain.Governance;
using AiContracts.Domain.Integration;
using AiContracts.Domain.Pricing;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.ServiceLevels;
using AiContracts.Domain.Systems;
using AiContracts.Domain.Validation;
using NodaTime;

namespace AiContracts.Domain.Tests.Validation;

/// <summary>
/// Every business-rule code, each from one change to a compliant contract, with exactly the findings it must cause
/// (code and pointer); together with the GDPR Art. 28 removals they emit every code from AIC1000 to AIC6999.
/// </summary>
public sealed class RuleFindingTests
{
    private static readonly ContractValidator Baseline = Playbook.AiDeploymentBaseline.CreateValidator();

    private static readonly Percentage Ten = Percentage.FromPercent(10m);

    private static readonly Dictionary<string, (Func<AiContract, AiContract> Change, (string Code, string Pointer)[] Expected)> Cases = new()
    {
        ["no KPIs"] = (c => c.Levels(l => l with { Kpis = [], Objectives = [] }), [("AIC1001", "/serviceLevels"), ("AIC1005", "/serviceLevels"), ("AIC1007", "/serviceLevels")]),
        ["KPI without method"] = (c => c.Kpi(0, k => k with { Method = null }), [("AIC1002", "/serviceLevels/kpis/0")]),
        ["KPI without unit, window or data source"] = (c => c.Kpi(0, k => k with { Unit = null, Window = null, DataSource = " " }), [("AIC1002", "/serviceLevels/kpis/0")]),
        ["KPI without direction"] = (c => c.Kpi(0, k => k with { Direction = null }), [("AIC1003", "/serviceLevels/kpis/0")]),
        ["threshold above target, higher is better"] = (c => c.Kpi(0, k => k with { BreachThreshold = 97m }), [("AIC1004", "/serviceLevels/kpis/0/breachThreshold")]),
        ["threshold below target, lower is better"] = (c => c.Kpi(1, k => k with { Direction = Direction.LowerIsBetter, Target = 5m, BreachThreshold = 3m }), [("AIC1004", "/serviceLevels/kpis/1/breachThreshold")]),
        ["no business KPI"] = (c => c.Kpi(1, k => k with { Category = KpiCategory.Technical }), [("AIC1005", "/serviceLevels/kpis")]),
        ["business KPI without outcome"] = (c => c.Kpi(1, k => k with { BusinessOutcome = null }), [("AIC1006", "/serviceLevels/kpis/1"), ("AIC1005", "/serviceLevels/kpis")]),
        ["no objectives"] = (c => c.Levels(l => l with { Objectives = [] }), [("AIC1007", "/serviceLevels")]),
        ["objective with notification only"] = (c => c.Objective(o => o with { CreditBands = [], Remedies = [new Remedy { Kind = RemedyKind.Notify }] }), [("AIC1008", "/serviceLevels/objectives/0")]),
        ["credit band inverted"] = (c => c.Band(0, b => b with { From = 95m, To = 90m }), [("AIC1009", "/serviceLevels/objectives/0/creditBands/0"), ("AIC1010", "/serviceLevels/objectives/0/creditBands/0")]),
        ["credit bands with a gap"] = (c => c.Band(0, b => b with { From = 91m }), [("AIC1010", "/serviceLevels/objectives/0/creditBands/0")]),
        ["credit bands overlapping"] = (c => c.Band(1, b => b with { To = 92m }), [("AIC1010", "/serviceLevels/objectives/0/creditBands/0")]),
        ["credits falling as attainment falls"] = (c => c.Band(0, b => b with { Credit = Percentage.FromPercent(30m) }), [("AIC1011", "/serviceLevels/objectives/0/creditBands/1/credit")]),
        ["credit below minimum"] = (c => c.Band(0, b => b with { Credit = Percentage.FromPercent(2m) }), [("AIC1012", "/serviceLevels/objectives/0/creditBands/0/credit")]),
        ["no drift monitors"] = (c => c.Levels(l => l with { DriftMonitors = [] }), [("AIC1013", "/serviceLevels")]),
        ["AI system without a monitor"] = (c => c with { AiSystems = [.. c.AiSystems, new AiSystem { Id = LocalId.From("sys-2"), Name = "Embedder", Kind = AiSystemKind.Embedding }] }, [("AIC1014", "/aiSystems/1")]),
        ["drift monitor without cadence"] = (c => c.Monitor(m => m with { Cadence = null }), [("AIC1015", "/serviceLevels/driftMonitors/0")]),
        ["no time zone"] = (c => c with { TimeZone = null }, [("AIC1016", string.Empty)]),
        ["rolling window without period"] = (c => c.Kpi(0, k => k with { Window = new MeasurementWindow { Kind = WindowKind.Rolling } }), [("AIC1017", "/serviceLevels/kpis/0/window")]),
        ["retention indefinite"] = (c => c.Category(d => d with { Retention = new RetentionTerms { Kind = RetentionKind.Indefinite } }), [("AIC2001", "/dataProcessing/categories/0/retention")]),
        ["no retention"] = (c => c.Category(d => d with { Retention = null }), [("AIC2001", "/dataProcessing/categories/0")]),
        ["retention too long"] = (c => c.Category(d => d with { Retention = new RetentionTerms { Kind = RetentionKind.FixedPeriod, Period = Period.FromYears(5) } }), [("AIC2002", "/dataProcessing/categories/0/retention/period")]),
        ["no deletion"] = (c => c.Category(d => d with { Deletion = null }), [("AIC2003", "/dataProcessing/categories/0")]),
        ["raw personal data"] = (c => c.Category(d => d with { ProtectionLevel = ProtectionLevel.Raw }), [("AIC2004", "/dataProcessing/categories/0/protectionLevel")]),
        ["no protection level"] = (c => c.Category(d => d with { ProtectionLevel = null }), [("AIC2005", "/dataProcessing/categories/0")]),
        ["vendor trains without the purpose"] = (c => c.Category(d => d with { VendorMayTrain = true }), [("AIC2006", "/dataProcessing/categories/0/vendorMayTrain"), ("AIC2007", "/dataProcessing/categories/0/vendorMayTrain")]),
        ["product improvement without permission"] = (c => c.Category(d => d with { PermittedPurposes = [ProcessingPurpose.ServiceDelivery, ProcessingPurpose.ProductImprovement] }), [("AIC2006", "/dataProcessing/categories/0/permittedPurposes")]),
        ["vendor trains on personal data"] = (c => c.Category(d => d with { VendorMayTrain = true, PermittedPurposes = [ProcessingPurpose.ModelTraining] }), [("AIC2007", "/dataProcessing/categories/0/vendorMayTrain")]),
        ["no sub-processors"] = (c => c.Data(d => d with { SubProcessors = [] }), [("AIC2008", "/dataProcessing")]),
        ["sub-processor without locations"] = (c => c.Data(d => d with { SubProcessors = [d.SubProcessors[0] with { Locations = [] }] }), [("AIC2009", "/dataProcessing/subProcessors/0")]),
        ["sub-processor worldwide"] = (c => c.Data(d => d with { SubProcessors = [d.SubProcessors[0] with { Locations = ["DE", "Worldwide"] }] }), [("AIC2009", "/dataProcessing/subProcessors/0/locations")]),
        ["no residency"] = (c => c.Category(d => d with { Residency = [] }), [("AIC2010", "/dataProcessing")]),
        ["no breach notification"] = (c => c.Data(d => d with { BreachNotificationDeadline = null }), [("AIC2011", "/dataProcessing")]),
        ["breach notified too late"] = (c => c.Data(d => d with { BreachNotificationDeadline = Period.FromDays(7) }), [("AIC2012", "/dataProcessing/breachNotificationDeadline")]),
        ["no access rules"] = (c => c.Category(d => d with { AccessRoles = [] }), [("AIC2014", "/dataProcessing/categories/0")]),
        ["no access rules for data not retained"] = (c => c.Category(d => d with { AccessRoles = [], Retention = new RetentionTerms { Kind = RetentionKind.NotRetained }, Deletion = null }), []),
        ["no data categories"] = (c => c.Data(d => d with { Categories = [] }), [("AIC2013", "/dataProcessing")]),
        ["no interfaces"] = (c => c.Integrate(i => i with { Interfaces = [] }), [("AIC3001", "/integration")]),
        ["interface without specification"] = (c => c.Integrate(i => i with { Interfaces = [i.Interfaces[0] with { SpecificationReference = null }] }), [("AIC3002", "/integration/interfaces/0")]),
        ["no acceptance tests"] = (c => c.Integrate(i => i with { AcceptanceTests = [] }), [("AIC3003", "/integration")]),
        ["no compatibility terms"] = (c => c.Integrate(i => i with { Compatibility = null }), [("AIC3004", "/integration")]),
        ["no deprecation notice"] = (c => c.Integrate(i => i with { Compatibility = i.Compatibility! with { DeprecationNotice = null, BreakingChangeNotice = null } }), [("AIC3004", "/integration/compatibility")]),
        ["unversioned"] = (c => c.Integrate(i => i with { Compatibility = i.Compatibility! with { Versioning = VersioningScheme.Unversioned } }), [("AIC3005", "/integration/compatibility/versioning")]),
        ["short deprecation notice"] = (c => c.Integrate(i => i with { Compatibility = i.Compatibility! with { DeprecationNotice = Period.FromMonths(1) } }), [("AIC3006", "/integration/compatibility/deprecationNotice")]),
        ["sandbox proof not required"] = (c => c.Integrate(i => i with { SandboxProof = i.SandboxProof! with { Required = false } }), [("AIC3007", "/integration/sandboxProof/required")]),
        ["active without a passed proof"] = (c => c.Integrate(i => i with { SandboxProof = i.SandboxProof! with { Status = SandboxProofStatus.InProgress } }), [("AIC3008", "/integration/sandboxProof/status")]),
        ["draft without a passed proof"] = (c => c.Integrate(i => i with { SandboxProof = i.SandboxProof! with { Status = SandboxProofStatus.InProgress } }) with { Status = ContractStatus.Draft }, []),
        ["uncapped meter"] = (c => c.Meter(m => m with { Cap = null }), [("AIC4001", "/pricing/meters/0")]),
        ["uncapped meter under a total cap"] = (c => c.Meter(m => m with { Cap = null }).Price(p => p with { TotalCap = new UsageCap { Spend = new Money(5_000m, Currency.Eur) } }), []),
        ["tiers descending"] = (c => c.Meter(m => m with { Model = PricingModel.Graduated, UnitPrice = null, Tiers = [Tier(100m), Tier(50m), Tier(null)] }), [("AIC4002", "/pricing/meters/0/tiers/1/upTo")]),
        ["open tier first"] = (c => c.Meter(m => m with { Model = PricingModel.Graduated, UnitPrice = null, Tiers = [Tier(null), Tier(50m)] }), [("AIC4003", "/pricing/meters/0/tiers/0")]),
        ["fee in another currency"] = (c => c.Price(p => p with { UpfrontFees = [p.UpfrontFees[0] with { Amount = new Money(10_000m, Currency.Usd) }] }), [("AIC4004", "/pricing/upfrontFees/0/amount/currency")]),
        ["unguaranteed upfront fee"] = (c => c.Price(p => p with { UpfrontFees = [p.UpfrontFees[0] with { Refundable = false }] }), [("AIC4005", "/pricing/upfrontFees/0")]),
        ["upfront fee tied to a guarantee"] = (c => c.Price(p => p with { UpfrontFees = [p.UpfrontFees[0] with { Refundable = false, Guarantee = GuaranteeKind.AcceptanceTestsPassed }] }), []),
        ["no refund mechanism"] = (c => c.Price(p => p with { RefundMechanisms = [] }), [("AIC4006", "/pricing")]),
        ["no price change limit"] = (c => c.Price(p => p with { PriceChangeLimit = null }), [("AIC4007", "/pricing")]),
        ["price increase too high"] = (c => c.Price(p => p with { PriceChangeLimit = p.PriceChangeLimit! with { MaxIncrease = Ten } }), [("AIC4008", "/pricing/priceChangeLimit/maxIncrease")]),
        ["no pricing"] = (c => c with { Pricing = null }, [("AIC4009", string.Empty), ("AIC4006", string.Empty), ("AIC4007", string.Empty)]),
        ["no termination for convenience"] = (c => c.Leave(e => e with { TerminationRights = [e.TerminationRights[1]] }), [("AIC5001", "/exit/terminationRights")]),
        ["convenience for the provider only"] = (c => c.Leave(e => e with { TerminationRights = [e.TerminationRights[0] with { HeldBy = PartyRole.Provider }, e.TerminationRights[1]] }), [("AIC5001", "/exit/terminationRights")]),
        ["no termination for chronic breach"] = (c => c.Leave(e => e with { TerminationRights = [e.TerminationRights[0]] }).Objective(o => o with { ChronicBreach = null }), [("AIC5002", "/exit/terminationRights")]),
        ["chronic breach through the objective"] = (c => c.Leave(e => e with { TerminationRights = [e.TerminationRights[0]] }), []),
        ["no data portability"] = (c => c.Leave(e => e with { DataPortability = null }), [("AIC5003", "/exit")]),
        ["portability of nothing"] = (c => c.Leave(e => e with { DataPortability = e.DataPortability! with { Scope = [] } }), [("AIC5003", "/exit/dataPortability")]),
        ["proprietary portability"] = (c => c.Leave(e => e with { DataPortability = e.DataPortability! with { Formats = [DataFormat.Proprietary] } }), [("AIC5004", "/exit/dataPortability/formats")]),
        ["portability without deadline"] = (c => c.Leave(e => e with { DataPortability = e.DataPortability! with { Deadline = null } }), [("AIC5005", "/exit/dataPortability")]),
        ["portability too late"] = (c => c.Leave(e => e with { DataPortability = e.DataPortability! with { Deadline = Period.FromMonths(6) } }), [("AIC5006", "/exit/dataPortability/deadline")]),
        ["no knowledge transfer"] = (c => c.Leave(e => e with { KnowledgeTransfer = null }), [("AIC5007", "/exit")]),
        ["vague knowledge transfer"] = (c => c.Leave(e => e with { KnowledgeTransfer = new KnowledgeTransfer { Recipients = "Platform team" } }), [("AIC5008", "/exit/knowledgeTransfer")]),
        ["custom model without artifact terms"] = (c => c.Leave(e => e with { ModelArtifacts = null }), [("AIC5009", "/aiSystems/0")]),
        ["proprietary artifacts"] = (c => c.Leave(e => e with { ModelArtifacts = e.ModelArtifacts! with { Formats = [ModelFormat.Proprietary] } }), [("AIC5010", "/exit/modelArtifacts/formats")]),
        ["no deletion after exit"] = (c => c.Leave(e => e with { PostExitDeletion = null }), [("AIC5011", "/exit")]),
        ["deletion after exit without method"] = (c => c.Leave(e => e with { PostExitDeletion = e.PostExitDeletion! with { Method = null } }), [("AIC5011", "/exit/postExitDeletion")]),
        ["deletion after exit slower than the data terms"] = (c => c.Leave(e => e with { PostExitDeletion = e.PostExitDeletion! with { Deadline = Period.FromDays(90) } }), [("AIC5012", "/exit/postExitDeletion/deadline")]),
        ["deletion after exit without backups"] = (c => c.Leave(e => e with { PostExitDeletion = e.PostExitDeletion! with { IncludesBackups = false } }), [("AIC5012", "/exit/postExitDeletion/includesBackups")]),
        ["no reporting"] = (c => c.Govern(g => g with { Reporting = null }), [("AIC6001", "/governance")]),
        ["annual reporting"] = (c => c.Govern(g => g with { Reporting = new ReportingTerms { Cadence = Cadence.Annually } }), [("AIC6002", "/governance/reporting/cadence")]),
        ["no audit rights"] = (c => c.Govern(g => g with { AuditRights = null }), [("AIC6003", "/governance")]),
        ["no incident notification"] = (c => c.Govern(g => g with { IncidentNotifications = [] }), [("AIC6004", "/governance")]),
        ["no critical incident notification"] = (c => c.Govern(g => g with { IncidentNotifications = [new IncidentNotification { Severity = IncidentSeverity.Low, Deadline = Period.FromDays(5) }] }), [("AIC6004", "/governance/incidentNotifications")]),
        ["critical incidents notified late"] = (c => c.Govern(g => g with { IncidentNotifications = [new IncidentNotification { Severity = IncidentSeverity.Critical, Deadline = Period.FromDays(2) }] }), [("AIC6005", "/governance/incidentNotifications/0/deadline")]),
        ["no model change notice"] = (c => c.Govern(g => g with { ModelChangeNotice = null }), [("AIC6006", "/governance"), ("AIC6007", "/governance")]),
        ["model change notice without period"] = (c => c.Govern(g => g with { ModelChangeNotice = g.ModelChangeNotice! with { Notice = null } }), [("AIC6006", "/governance/modelChangeNotice")]),
        ["short model change notice"] = (c => c.Govern(g => g with { ModelChangeNotice = g.ModelChangeNotice! with { Notice = Period.FromDays(7) } }), [("AIC6006", "/governance/modelChangeNotice/notice")]),
        ["no right to test"] = (c => c.Govern(g => g with { ModelChangeNotice = g.ModelChangeNotice! with { RightToTestBeforeRollout = false } }), [("AIC6007", "/governance/modelChangeNotice/rightToTestBeforeRollout")]),
    };

    public static TheoryData<string> CaseNames() => [.. Cases.Keys];

    [Fact]
    public void Baseline_CompliantFixture_HasNoFinding()
    {
        Assert.Empty(Baseline.Validate(RuleFixtures.Compliant).Diagnostics);
        Assert.Empty(Playbook.Strict.CreateValidator().Validate(RuleFixtures.Compliant).Diagnostics);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Baseline_OneClauseChanged_ReportsExactlyTheExpectedFindings(string name)
    {
        var (change, expected) = Cases[name];

        var report = Baseline.Validate(change(RuleFixtures.Compliant));

        Assert.Equal(
            expected.Order(),
            report.Diagnostics.Select(d => (d.Code, d.Pointer)).Order());
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Rules_Findings_AreDeclaredByTheirRuleAndCarryACompleteMessage(string name)
    {
        var rules = Playbook.AiDeploymentBaseline.CreateRules().OfType<IClauseRule>().ToDictionary(r => r.Id, StringComparer.Ordinal);

        var findings = Baseline.Evaluate(Cases[name].Change(RuleFixtures.Compliant)).ToList();

        Assert.All(findings, d =>
        {
            Assert.Contains(rules[d.Rule!].Descriptors, descriptor => descriptor.Code == d.Code);
            Assert.Equal(DiagnosticCatalogue.Get(d.Code).DefaultSeverity, d.Severity);
            Assert.DoesNotContain("{", d.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Cases_Together_EmitEveryBusinessRuleCode()
    {
        var ruleCodes = DiagnosticCatalogue.All.Select(d => d.Code).Where(c => string.CompareOrdinal(c, "AIC1000") >= 0 && string.CompareOrdinal(c, "AIC7000") < 0);
        var strict = Playbook.Strict.CreateValidator();
        var changes = Cases.Values.Select(c => c.Change).Concat(GdprArticle28Tests.Removals.Values.Select(r => r.Remove));
        var emitted = changes.SelectMany(change => strict.Evaluate(change(RuleFixtures.Compliant))).Select(d => d.Code).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(ruleCodes.Except(emitted));
    }

    [Fact]
    public void Rules_DeclaredDescriptors_AreExactlyTheBusinessRuleCodesOfTheCatalogue()
    {
        var declared = Playbook.Strict.CreateRules().OfType<IClauseRule>().SelectMany(r => r.Descriptors).Select(d => d.Code).ToList();
        var catalogue = DiagnosticCatalogue.All.Select(d => d.Code).Where(c => string.CompareOrdinal(c, "AIC1000") >= 0 && string.CompareOrdinal(c, "AIC7000") < 0);

        Assert.Equal(declared.Count, declared.Distinct().Count());
        Assert.Equal(catalogue.Order(StringComparer.Ordinal), declared.Order(StringComparer.Ordinal));
    }

    private static PriceTier Tier(decimal? upTo) => new() { UpTo = upTo, UnitPrice = new Money(0.01m, Currency.Eur) };
}

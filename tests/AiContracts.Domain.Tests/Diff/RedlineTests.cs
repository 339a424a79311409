using AiContracts.Domain.Computations.Invoicing;
using AiContracts.Domain.Diff;
using AiContracts.Domain.Exit;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.ServiceLevels;
using AiContracts.Domain.Validation;
using AiContracts.Json;
using AiContracts.TestUtilities;

namespace AiContracts.Domain.Tests.Diff;

/// <summary>Hand-made redlines of the samples, with the expected changes written from the edits, not from the output.</summary>
public sealed class RedlineTests
{
    private static AiContract Read(params string[] path) =>
        AiContractSerializer.Default.Deserialize(File.ReadAllBytes(Path.Combine([SampleFiles.RepositoryRoot, .. path])));

    private static AiContract Vendor => Read("samples", "contracts", "01-vendor-llm-api.json");

    [Fact]
    public void The_vendor_redline_of_the_first_sample_lists_each_edit_with_its_assessment()
    {
        var report = ContractDiff.Compare(Vendor, Read("samples", "redlines", "01-vendor-llm-api-redline.json"));

        // The nine edits made to the sample, in document order.
        (string Pointer, string Assessment, string Before, string After)[] expected =
        [
            ("/title", "Neutral", "Policyholder service assistant: hosted LLM API from Corvalis AI", "Policyholder service assistant: hosted LLM API from Corvalis AI (vendor redline, round 2)"),
            ("/serviceLevels/kpis/1/target", "Unfavourable", "1200", "2000"),
            ("/serviceLevels/objectives/0/creditCap", "Unfavourable", "100%", "30%"),
            ("/dataProcessing/categories/4/vendorMayTrain", "Unfavourable", "false", "true"),
            ("/integration/sandboxProof/required", "Unfavourable", "true", "false"),
            ("/pricing/meters/1/tiers/1/unitPrice", "Unfavourable", "0.0000080 EUR", "0.0000095 EUR"),
            ("/exit/terminationRights/0/notice", "Favourable", "P90D", "P60D"),
            ("/exit/terminationRights/1/notice", "Unfavourable", "P12M", "P6M"),
            ("/governance/incidentNotifications/0/deadline", "Unfavourable", "PT1H", "PT4H"),
        ];
        Assert.Equal(expected, report.Changes.Select(c => (c.Pointer, c.Assessment.Name, c.Before!, c.After!)));
        Assert.All(report.Changes, c => Assert.Equal(ChangeKind.Changed, c.Kind));
        Assert.Empty(report.Warnings);
        Assert.True(report.HasUnfavourable);
        Assert.Equal("credit cap lowered from 100% to 30% (slo-availability)", report.Changes[2].Reason);
        Assert.Equal("notice shortened from P12M to P6M (Convenience held by Provider)", report.Changes[7].Reason);
        Assert.Equal(ClauseGroup.Exit, report.Changes[7].Group);
    }

    [Fact]
    public void The_customer_redline_of_the_first_sample_has_only_favourable_and_neutral_changes()
    {
        var report = ContractDiff.Compare(Vendor, Read("samples", "redlines", "01-vendor-llm-api-favourable.json"));

        Assert.Equal(
            [("/title", "Neutral"), ("/serviceLevels/objectives/0/claimWindow", "Favourable"), ("/dataProcessing/breachNotificationDeadline", "Favourable")],
            report.Changes.Select(c => (c.Pointer, c.Assessment.Name)));
        Assert.False(report.HasUnfavourable);
    }

    [Fact]
    public void The_baseline_playbook_finding_about_vendor_training_appears_in_the_vendor_redline()
    {
        var options = new ContractDiffOptions { Rules = Playbook.AiDeploymentBaseline.CreateValidator() };

        var report = ContractDiff.Compare(Vendor, Read("samples", "redlines", "01-vendor-llm-api-redline.json"), options);

        Assert.Contains(report.Findings, f => f.Appeared && f.Finding.Pointer.StartsWith("/dataProcessing/categories/4", StringComparison.Ordinal));
        Assert.All(report.Findings, f => Assert.True(f.Appeared));
        Assert.True(ContractDiff.Compare(Vendor, Vendor, options).IsEmpty);
    }

    [Fact]
    public void With_usage_the_price_change_is_also_the_invoice_difference_at_that_usage()
    {
        var usage = ComputationJson.Deserialize<UsageStatement>(File.ReadAllText(Path.Combine(SampleFiles.RepositoryRoot, "samples", "computations", "01-vendor-2026-06-usage.json")));
        var dearer = Vendor with { Pricing = Vendor.Pricing! with { MinimumCommitment = null } };
        var redline = dearer with
        {
            Pricing = dearer.Pricing! with
            {
                Meters = ValueArray.From(dearer.Pricing.Meters.Select(m => m.Id.Value == "meter-output-tokens"
                    ? m with { Tiers = ValueArray.From(m.Tiers.Select((t, i) => i == 1 ? t with { UnitPrice = Money.Of(0.0000095m, "EUR") } : t)) }
                    : m)),
            },
        };

        var report = ContractDiff.Compare(dearer, redline, new ContractDiffOptions { Usage = usage });

        // Output tokens 200M in June: 100M of them fall in the second tier, 0.0000015 EUR dearer each: 150 EUR.
        var invoice = Assert.Single(report.Changes, c => c.Member == "Invoice.Total");
        Assert.Equal(ChangeAssessment.Unfavourable, invoice.Assessment);
        Assert.Contains("rises by 150", invoice.Reason, StringComparison.Ordinal);
        Assert.Contains(report.Changes, c => c.Pointer == "/pricing/meters/1/tiers/1/unitPrice");
    }

    [Fact]
    public void Items_are_matched_by_identity_so_an_insertion_and_a_reordering_shift_nothing()
    {
        var kpis = Vendor.ServiceLevels!.Kpis;
        var added = new KpiDefinition { Id = LocalId.From("kpi-new"), Name = "New", Category = KpiCategory.Technical, Metric = KpiMetric.Throughput };
        var redline = Vendor with { ServiceLevels = Vendor.ServiceLevels! with { Kpis = ValueArray.From([added, .. kpis.Reverse()]) } };

        var changes = ContractDiff.Compare(Vendor, redline).Changes;

        var insertion = Assert.Single(changes, c => c.Kind == ChangeKind.Added);
        Assert.Equal(("/serviceLevels/kpis/0", "Favourable"), (insertion.Pointer, insertion.Assessment.Name));
        Assert.Equal(kpis.Count - 1, changes.Count(c => c.Kind == ChangeKind.Moved));
        Assert.All(changes.Where(c => c.Kind == ChangeKind.Moved), c => Assert.Equal(ChangeAssessment.Neutral, c.Assessment));
        Assert.Equal(kpis.Count, changes.Count);
    }

    [Fact]
    public void Termination_rights_are_assessed_by_who_holds_them()
    {
        var rights = Vendor.Exit!.TerminationRights;
        TerminationRight New(PartyRole holder) => new() { Trigger = TerminationTrigger.Insolvency, HeldBy = holder, Notice = NodaTime.Period.FromDays(10) };
        AiContract With(params TerminationRight[] extra) => Vendor with { Exit = Vendor.Exit! with { TerminationRights = ValueArray.From([.. rights, .. extra]) } };

        Assert.Equal(ChangeAssessment.Favourable, Assert.Single(ContractDiff.Compare(Vendor, With(New(PartyRole.Customer))).Changes).Assessment);
        Assert.Equal(ChangeAssessment.Unfavourable, Assert.Single(ContractDiff.Compare(Vendor, With(New(PartyRole.Provider))).Changes).Assessment);
        Assert.Equal(ChangeAssessment.NeedsReview, Assert.Single(ContractDiff.Compare(Vendor, With(New(PartyRole.Either))).Changes).Assessment);
        Assert.Equal(ChangeAssessment.Favourable, Assert.Single(ContractDiff.Compare(With(New(PartyRole.Provider)), Vendor).Changes).Assessment);
    }

    [Fact]
    public void Different_contract_ids_are_compared_and_said_first()
    {
        var other = Vendor with { Id = ContractId.From("OTHER-1") };

        var report = ContractDiff.Compare(Vendor, other);

        Assert.Empty(report.Changes);
        Assert.Contains("different contract ids (RMV-AI-2026-014 and OTHER-1)", Assert.Single(report.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_is_assessed_by_the_direction_of_its_kpi_and_needs_review_when_the_direction_changes()
    {
        var kpi = Vendor.ServiceLevels!.Kpis[0];
        AiContract With(KpiDefinition k) => Vendor with { ServiceLevels = Vendor.ServiceLevels! with { Kpis = ValueArray.From([k, .. Vendor.ServiceLevels!.Kpis.Skip(1)]) } };

        var lower = ContractDiff.Compare(Vendor, With(kpi with { Target = 99.5m })).Changes;
        var flipped = ContractDiff.Compare(Vendor, With(kpi with { Target = 99.5m, Direction = Direction.LowerIsBetter })).Changes;

        Assert.Equal("Unfavourable", Assert.Single(lower).Assessment.Name);
        Assert.Equal("target lowered from 99.9 to 99.5 (kpi-availability)", lower[0].Reason);
        Assert.All(flipped, c => Assert.Equal(ChangeAssessment.NeedsReview, c.Assessment));
    }
}

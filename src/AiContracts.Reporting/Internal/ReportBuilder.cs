using System.Globalization;
using AiContracts.Domain;
using AiContracts.Domain.Computations;
using AiContracts.Domain.Computations.ExitDates;
using AiContracts.Domain.Computations.Invoicing;
using AiContracts.Domain.Computations.ServiceCredits;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Exit;
using AiContracts.Domain.Pricing;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.ServiceLevels;
using AiContracts.Domain.Validation;
using NodaTime;
using static AiContracts.Reporting.Internal.ReportFormat;

namespace AiContracts.Reporting.Internal;

/// <summary>
/// Builds the report once, format-neutral: the term sheet in clause-group order, the playbook's findings grouped by
/// clause group (each linking to its clause), the completeness checklist, and the charts (drawn only in HTML).
/// Linear in the size of the contract: every lookup is by dictionary.
/// </summary>
internal sealed class ReportBuilder
{
    /// <summary>The clause groups in term-sheet order: anchor, title, the top-level members of the contract they hold.</summary>
    private static readonly (string Anchor, string Title, string[] Members)[] Groups =
    [
        ("contract", "Contract", ["", "id", "title", "status", "schemaVersion", "extensions"]),
        ("parties-and-term", "Parties and term", ["parties", "effectiveDate", "term", "governingLaw", "timeZone"]),
        ("ai-systems", "AI systems", ["aiSystems"]),
        ("service-levels", "Service levels", ["serviceLevels"]),
        ("data-processing", "Data processing", ["dataProcessing"]),
        ("integration", "Integration", ["integration"]),
        ("pricing", "Pricing", ["pricing"]),
        ("exit", "Exit", ["exit"]),
        ("governance", "Governance", ["governance"]),
    ];

    private readonly AiContract _contract;
    private readonly ReportOptions _options;
    private readonly ReportFormat _f;
    private readonly ReportDocument _doc = new();
    private readonly bool _charts;
    private readonly Dictionary<string, KpiDefinition> _kpis = new(StringComparer.Ordinal);
    private SlaEvaluation? _evaluation;
    private int _chartCount;

    private ReportBuilder(AiContract contract, ReportOptions options, bool charts)
    {
        _contract = contract;
        _options = options;
        _f = new ReportFormat(options.Culture);
        _charts = charts;
        foreach (var kpi in contract.ServiceLevels?.Kpis ?? [])
        {
            _kpis.TryAdd(kpi.Id.Value, kpi);
        }
    }

    public static ReportDocument Build(AiContract contract, ReportOptions options, bool charts)
    {
        var builder = new ReportBuilder(contract, options, charts);
        builder.BuildAll();
        return builder._doc;
    }

    private void BuildAll()
    {
        var report = _options.Playbook.CreateValidator().Validate(_contract);
        if (_options.Measurements is { } measurements)
        {
            _evaluation = SlaEvaluator.Evaluate(_contract, measurements, _options.Usage);
        }

        Heading(1, "contract", "Contract report: " + _contract.Title);
        Paragraph("Contract ", Inline.Code(_contract.Id.Value), ", status " + Words(_contract.Status) + ", format " + _contract.SchemaVersion.Major.ToString(CultureInfo.InvariantCulture) + "."
            + _contract.SchemaVersion.Minor.ToString(CultureInfo.InvariantCulture) + ". Findings and checklist against the playbook ", Inline.Code(_options.Playbook.Name), " " + _options.Playbook.Version + ".");
        var contents = new List<Inline>();
        for (var i = 1; i < Groups.Length; i++)
        {
            contents.Add(Inline.Link(Groups[i].Title, Groups[i].Anchor));
            contents.Add(" · ");
        }

        contents.Add(Inline.Link("Findings", "findings"));
        contents.Add(" · ");
        contents.Add(Inline.Link("Completeness checklist", "completeness"));
        _doc.Add(new ParagraphBlock([.. contents]));

        PartiesAndTerm();
        AiSystems();
        ServiceLevels();
        DataProcessing();
        Integration();
        Pricing();
        Exit();
        Governance();
        Findings(report);
        Completeness();
    }

    // ---- term sheet -------------------------------------------------------------------------------------------------

    private void PartiesAndTerm()
    {
        Heading(2, "parties-and-term", "1. Parties and term");
        var c = _contract;
        var rows = new List<TableRow>
        {
            Row("Customer", c.Parties?.Customer.Name ?? NotStated),
            Row("Provider", c.Parties is { } p ? p.Provider.Name + " (" + Words(p.ProviderKind) + ")" : NotStated),
            Row("Effective date", _f.Date(c.EffectiveDate)),
            Row("Initial term", _f.Period(c.Term?.InitialTerm)),
            Row("End date", _f.Date(c.Term?.EndDate)),
            Row("Renewal", c.Term?.Renewal is { } r
                ? Words(r.Kind) + (r.RenewalPeriod is { } rp ? ", for " + _f.Period(rp) : string.Empty) + (r.NonRenewalNotice is { } n ? ", non-renewal notice " + _f.Period(n) : string.Empty)
                    + (r.MaxRenewals is { } max ? ", at most " + _f.Number(max) + " renewals" : string.Empty)
                : NotStated),
            Row("Governing law", c.GoverningLaw ?? NotStated),
            Row("Measurement time zone", c.TimeZone?.Id ?? NotStated),
        };
        Table(["Term", "Value"], rows);
    }

    private void AiSystems()
    {
        Heading(2, "ai-systems", "2. AI systems");
        if (_contract.AiSystems.Count == 0)
        {
            NotStatedParagraph("No AI system is");
            return;
        }

        var rows = _contract.AiSystems.Select(s => new TableRow(
            [[Inline.Code(s.Id.Value)], [s.Name], [s.Version ?? NotStated], [Words(s.Kind)], [Words(s.Hosting)], [Words(s.ModelFormat)], [Words(s.RiskClass)], [s.IntendedUse ?? NotStated]],
            "system-" + Anchor(s.Id.Value))).ToList();
        Table(["Id", "Name", "Version", "Kind", "Hosting", "Model format", "Risk class", "Intended use"], rows);
    }

    private void ServiceLevels()
    {
        Heading(2, "service-levels", "3. Service levels");
        if (_contract.ServiceLevels is not { } sl)
        {
            NotStatedParagraph("Service levels are");
            return;
        }

        Heading(3, "kpis", "KPIs");
        if (sl.Kpis.Count == 0)
        {
            NotStatedParagraph("No KPI is");
        }
        else
        {
            var rows = sl.Kpis.Select(k => new TableRow(
                [[Inline.Code(k.Id.Value)], [k.Name], [Words(k.Category) + ", " + Words(k.Metric)], [Measure(k.Target, k)], [Measure(k.BreachThreshold, k)], [Words(k.Direction)],
                 [Words(k.Aggregation)], [Window(k.Window)], [k.BusinessOutcome ?? NotStated]],
                "kpi-" + Anchor(k.Id.Value))).ToList();
            Table(["Id", "KPI", "Kind", "Target", "Breach threshold", "Direction", "Aggregation", "Window", "Business outcome"], rows);
        }

        Heading(3, "objectives", "Objectives and service credits");
        if (sl.Objectives.Count == 0)
        {
            NotStatedParagraph("No service level objective is");
        }

        if (sl.HighestCreditOnly == true)
        {
            Paragraph("One objective per claim: when several objectives earn a credit for the same period, only the highest credit is paid.");
        }

        var evaluations = new Dictionary<string, ObjectiveEvaluation>(StringComparer.Ordinal);
        foreach (var e in _evaluation?.Objectives ?? [])
        {
            evaluations.TryAdd(e.ObjectiveId.Value, e);
        }

        var charted = 0;
        foreach (var o in sl.Objectives)
        {
            _kpis.TryGetValue(o.KpiId.Value, out var kpi);
            Heading(4, "objective-" + Anchor(o.Id.Value), "Objective " + o.Id.Value + (o.Name is { } name ? ": " + name : string.Empty));
            Paragraph(
                "KPI ", Inline.Link(kpi?.Name ?? o.KpiId.Value, "kpi-" + Anchor(o.KpiId.Value)),
                ". Target " + Measure(kpi?.Target, kpi) + ", breach threshold " + Measure(kpi?.BreachThreshold, kpi) + ". Credit base " + Words(o.CreditBase)
                + ", credit cap " + _f.Percent(o.CreditCap)
                + (o.MaximumCreditPerClaim is { } most ? ", at most " + _f.Money(most) + " per claim" : string.Empty)
                + (o.MinimumCredit is { } least ? ", no credit under " + _f.Money(least) : string.Empty)
                + ", claim within " + _f.Period(o.ClaimWindow) + ". Chronic breach: "
                + (o.ChronicBreach is { } cb
                    ? _f.Number(cb.Breaches) + " breaches within " + _f.Number(cb.WithinPeriods) + " periods" + (cb.GrantsTerminationRight == true ? " grant a termination right" : string.Empty)
                      + (cb.ExerciseWindow is { } w ? ", exercisable within " + _f.Period(w) : string.Empty)
                    : NotStated) + ".");
            if (o.CreditBands.Count == 0)
            {
                NotStatedParagraph("A credit table is");
            }
            else
            {
                var unit = CreditStepChart.Unit(kpi, _f);
                Table(["Attainment" + (unit.Length > 0 ? " (" + unit + ")" : string.Empty), "Credit"],
                    o.CreditBands.Select(b => new TableRow([[CreditStepChart.Range(b, _f)], [_f.Percent(b.Credit.Value)]])).ToList());
            }

            // Also without a credit table: a flat line at zero shows the reader what a breach refunds.
            evaluations.TryGetValue(o.Id.Value, out var evaluation);
            if (_charts && charted < _options.MaxCharts && CreditStepChart.Build(ChartId("credit"), o, kpi, evaluation, _f) is { } svg)
            {
                charted++;
                _doc.Add(new ChartBlock(svg, "Credit against attainment for objective " + o.Id.Value + "."));
            }

            if (o.Exclusions.Count > 0)
            {
                Bullets(o.Exclusions.Select(x => new Inline[] { "Excluded: " + Words(x.Kind) + (x.MaximumPerPeriod is { } m ? " (at most " + _f.Duration(m) + " per period)" : string.Empty) + (x.Description is { } d ? ": " + d : string.Empty) }));
            }
        }

        if (_charts && charted == _options.MaxCharts && sl.Objectives.Count > charted)
        {
            Note($"Step charts are drawn for the first {_options.MaxCharts.ToString(CultureInfo.InvariantCulture)} objectives; the credit tables of all objectives are listed.");
        }

        if (_evaluation is { } ev)
        {
            Heading(3, "service-credits", "Service credits for " + _f.Date(ev.Period.FirstDay) + " to " + _f.Date(ev.Period.LastDay));
            var rows = ev.Objectives.Select(e => new TableRow(
                [[Inline.Link(e.ObjectiveId.Value, "objective-" + Anchor(e.ObjectiveId.Value))], [_f.Number(e.Attained)], [_f.Number(e.Target)],
                 [!e.Evaluated ? "not evaluated" : e.Breached == true ? "breached" : e.MeetsTarget == true ? "met" : "below target, not breached"],
                 [_f.Percent(e.CreditPercentage.Value)], [_f.Money(e.CreditAmount)], [_f.Date(e.ClaimDeadline)]])).ToList();
            Table(["Objective", "Attained", "Target", "Verdict", "Credit", "Credit amount", "Claim by"], rows);
            InputFindings(ev.Diagnostics);
        }

        Heading(3, "drift", "Drift monitoring");
        if (sl.DriftMonitors.Count == 0)
        {
            NotStatedParagraph("Drift monitoring is");
        }
        else
        {
            Table(["Id", "Metric", "Warning at", "Action at", "Cadence", "Remedies"], sl.DriftMonitors.Select(d => new TableRow(
                [[Inline.Code(d.Id.Value)], [Words(d.Metric)], [_f.Number(d.WarningThreshold)], [_f.Number(d.ActionThreshold)], [Words(d.Cadence)],
                 [d.Remedies.Count == 0 ? NotStated : string.Join("; ", d.Remedies.Select(r => Words(r.Kind) + (r.Deadline is { } dl ? " within " + _f.Period(dl) : string.Empty)))]],
                "drift-" + Anchor(d.Id.Value))).ToList());
        }
    }

    private void DataProcessing()
    {
        Heading(2, "data-processing", "4. Data processing");
        if (_contract.DataProcessing is not { } dp)
        {
            NotStatedParagraph("Data processing terms are");
            return;
        }

        Paragraph("Breach notification within " + _f.Period(dp.BreachNotificationDeadline) + ". Legal frameworks: " + WordList(dp.LegalFrameworks) + ". Residency: " + List(dp.Residency) + ".");
        if (dp.Categories.Count == 0)
        {
            NotStatedParagraph("No data category is");
        }
        else
        {
            var rows = dp.Categories.Select((c, i) => new TableRow(
                [[Words(c.Category)], [YesNo(c.ContainsPersonalData)], [Words(c.ProtectionLevel) + (c.RawDataJustification is { } j ? " (" + j + ")" : string.Empty)],
                 [c.VendorMayTrain ? "yes" : "no"],
                 [c.Retention is { } r ? Words(r.Kind) + (r.Period is { } rp ? ", " + _f.Period(rp) : string.Empty) : NotStated],
                 [c.Deletion is { } d ? "within " + _f.Period(d.Deadline) + ", " + Words(d.Method) + (d.Certificate == true ? ", certificate" : string.Empty) : NotStated],
                 [List(c.Residency)], [c.SubProcessorIds.Count == 0 ? "none" : string.Join(", ", c.SubProcessorIds.Select(s => s.Value))]],
                "data-" + i.ToString(CultureInfo.InvariantCulture))).ToList();
            Table(["Data category", "Personal data", "Protection", "Vendor may train", "Retention", "Deletion", "Residency", "Sub-processors"], rows);
        }

        if (dp.SubProcessors.Count > 0)
        {
            Table(["Sub-processor", "Name", "Service", "Locations"], dp.SubProcessors.Select(s => new TableRow(
                [[Inline.Code(s.Id.Value)], [s.Name], [s.Service ?? NotStated], [List(s.Locations)]])).ToList(), "Sub-processors");
        }
    }

    private void Integration()
    {
        Heading(2, "integration", "5. Integration");
        if (_contract.Integration is not { } it)
        {
            NotStatedParagraph("Integration terms are");
            return;
        }

        if (it.SandboxProof is { } proof)
        {
            Paragraph("Sandbox-proof gate: " + (proof.Required == true ? "required" : proof.Required == false ? "not required" : "requirement " + NotStated)
                + (proof.RequiredBefore is { } before ? " before " + Words(before) : string.Empty) + "; status " + Words(proof.Status)
                + (proof.Criteria.Count > 0 ? "; criteria: " + string.Join("; ", proof.Criteria) : string.Empty) + ".");
        }
        else
        {
            NotStatedParagraph("A sandboxed integration proof is");
        }

        if (it.Interfaces.Count > 0)
        {
            Table(["Interface", "Name", "Kind", "Version", "Specification"], it.Interfaces.Select(i => new TableRow(
                [[Inline.Code(i.Id.Value)], [i.Name], [Words(i.Kind)], [i.Version ?? NotStated], [i.SpecificationReference ?? NotStated]])).ToList(), "Interfaces");
        }
        else
        {
            NotStatedParagraph("No interface is");
        }

        if (it.AcceptanceTests.Count > 0)
        {
            Table(["Test", "Title", "Kind", "Expected result"], it.AcceptanceTests.Select(t => new TableRow(
                [[Inline.Code(t.Id.Value)], [t.Title], [Words(t.Kind)], [t.ExpectedResult ?? NotStated]])).ToList(), "Acceptance tests");
        }

        if (it.Compatibility is { } compat)
        {
            Paragraph("Compatibility: versioning " + Words(compat.Versioning) + ", deprecation notice " + _f.Period(compat.DeprecationNotice) + ", breaking-change notice "
                + _f.Period(compat.BreakingChangeNotice) + ", support after deprecation " + _f.Period(compat.SupportAfterDeprecation) + ".");
        }
    }

    private void Pricing()
    {
        Heading(2, "pricing", "6. Pricing");
        if (_contract.Pricing is not { } p)
        {
            NotStatedParagraph("Pricing is");
            return;
        }

        var terms = new List<TableRow>
        {
            Row("Currency", p.Currency.Code),
            Row("Billing period", Words(p.BillingPeriod)),
            Row("Minimum commitment", p.MinimumCommitment is { } mc ? _f.Money(mc.Amount) + " per " + CostCurveChart.PeriodNoun(mc.Per ?? p.BillingPeriod) + (mc.TrueUp == true ? ", trued up" : string.Empty) : NotStated),
            Row("Total cap", p.TotalCap is { } tc ? Cap(tc) : NotStated),
            Row("Price changes", p.PriceChangeLimit is { } pcl
                ? "at most " + _f.Percent(pcl.MaxIncrease) + (pcl.Per is { } per ? " per " + _f.Period(per) : string.Empty) + ", notice " + _f.Period(pcl.Notice) + (pcl.FixedUntil is { } fu ? ", fixed until " + _f.Date(fu) : string.Empty)
                : NotStated),
            Row("Payment", p.PaymentTerms is { } pt ? "due within " + _f.Period(pt.DueWithin) + ", late interest " + _f.Percent(pt.LatePaymentInterest) : NotStated),
        };

        // Format 1.1 terms get a row only when stated, so that a 1.0 contract's term sheet is unchanged.
        if (p.Discounts.Count > 0)
        {
            terms.Add(Row("Discounts", string.Join("; ", p.Discounts.Select(Discount))));
        }

        if (p.Tax is { } tax)
        {
            terms.Add(Row("Tax", (tax.Name ?? "Tax") + " " + _f.Percent(tax.Rate) + ", discounts " + TaxOrderWords(tax.DiscountsApply) + ", service credits " + TaxOrderWords(tax.CreditsApply)));
        }

        if (p.Proration is { } proration)
        {
            terms.Add(Row("Proration", proration == ProrationMethod.ByDays ? "period fees of a partial first or last period by days" : "none"));
        }

        Table(["Term", "Value"], terms);

        if (p.Meters.Count == 0 && p.RateCards.Count == 0)
        {
            NotStatedParagraph("No meter is");
        }

        var usage = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var m in _options.Usage?.Meters ?? [])
        {
            usage.TryAdd(m.MeterId.Value, m.Quantity);
        }

        var charted = 0;
        foreach (var meter in p.Meters)
        {
            Heading(3, "meter-" + Anchor(meter.Id.Value), "Meter " + meter.Id.Value + ": " + meter.Name);
            Paragraph("Unit " + Words(meter.Unit) + ", priced " + Words(meter.Model) + Price(meter) + ". Cap: " + (meter.Cap is { } cap ? Cap(cap) : NotStated) + ".");
            if (meter.Tiers.Count > 0 && !meter.Tiers.Any(t => t.Rate is not null || t.MinimumCharge is not null || t.MaximumCharge is not null))
            {
                Table(["Tier", "Up to", "Unit price", "Flat fee"], meter.Tiers.Select((t, i) => new TableRow(
                    [[_f.Number(i + 1L)], [t.UpTo is { } up ? _f.Number(up) : "no limit"], [t.UnitPrice is { } u ? _f.Money(u) : "none"], [t.FlatFee is { } ff ? _f.Money(ff) : "none"]])).ToList());
            }
            else if (meter.Tiers.Count > 0)
            {
                Table(["Tier", "Up to", "Unit price", "Rate", "Flat fee", "Minimum", "Maximum"], meter.Tiers.Select((t, i) => new TableRow(
                    [[_f.Number(i + 1L)], [t.UpTo is { } up ? _f.Number(up) : "no limit"], [t.UnitPrice is { } u ? _f.Money(u) : "none"], [t.Rate is { } r ? _f.Percent(r) : "none"],
                     [t.FlatFee is { } ff ? _f.Money(ff) : "none"], [t.MinimumCharge is { } mn ? _f.Money(mn) : "none"], [t.MaximumCharge is { } mx ? _f.Money(mx) : "none"]])).ToList());
            }

            if (meter.Model == PricingModel.PercentageOfAmount)
            {
                // A quantity does not determine a fee on declared amounts, so there is no curve to draw against it.
                Note("No cost curve for meter " + meter.Id.Value + ": it is priced as a percentage of declared amounts, which its quantity does not determine.");
            }
            else if (_charts && charted < _options.MaxCharts && SafeCostCurve(meter, p, usage.TryGetValue(meter.Id.Value, out var q) ? q : null) is { } svg)
            {
                charted++;
                _doc.Add(new ChartBlock(svg, "Charges of meter " + meter.Id.Value + " against its quantity, from the invoice calculator."));
            }
        }

        if (_charts && p.Meters.Count > _options.MaxCharts)
        {
            Note($"Cost curves are drawn for the first {_options.MaxCharts.ToString(CultureInfo.InvariantCulture)} meters.");
        }

        RateCards(p, ref charted);

        if (p.UpfrontFees.Count > 0)
        {
            Table(["Upfront fee", "Amount", "Refundable", "Guarantee", "Credited against usage"], p.UpfrontFees.Select(u => new TableRow(
                [[u.Description], [_f.Money(u.Amount)], [YesNo(u.Refundable)], [Words(u.Guarantee) + (u.GuaranteeTerms is { } g ? ": " + g : string.Empty)], [YesNo(u.CreditedAgainstUsage)]])).ToList(), "Upfront fees");
        }

        if (p.RefundMechanisms.Count > 0)
        {
            Table(["Refund", "Cap", "Description"], p.RefundMechanisms.Select(r => new TableRow(
                [[Words(r.Kind)], [_f.Percent(r.Cap)], [r.Description ?? NotStated]])).ToList(), "Refund mechanisms");
        }
        else
        {
            NotStatedParagraph("A refund mechanism is");
        }

        if (_options.Usage is { } statement)
        {
            var invoice = InvoiceCalculator.Calculate(_contract, statement, _evaluation is { IsComplete: true } ev ? ev : null);
            Heading(3, "invoice", "Invoice for " + _f.Date(statement.Period.FirstDay) + " to " + _f.Date(statement.Period.LastDay));
            if (invoice.Total is { } total)
            {
                var rows = invoice.Lines.Select(l => new TableRow([[Words(l.Kind)], [l.Description], [l.Quantity is { } lq ? _f.Number(lq) : string.Empty], [_f.Money(l.Amount)]])).ToList();
                rows.Add(new TableRow([["Charges"], [string.Empty], [string.Empty], [_f.Money(invoice.Charges)]]));
                rows.Add(new TableRow([["Credits"], [string.Empty], [string.Empty], [_f.Money(invoice.Credits)]]));
                rows.Add(new TableRow([["Prepaid drawn"], [string.Empty], [string.Empty], [_f.Money(invoice.PrepaidDrawdown)]]));
                rows.Add(new TableRow([["Total"], [string.Empty], [string.Empty], [_f.Money(total)]]));
                Table(["Line", "Description", "Quantity", "Amount"], rows);
            }
            else
            {
                Note("No invoice could be computed; see the findings below.");
            }

            InputFindings(invoice.Diagnostics);
        }
    }

    private void Exit()
    {
        Heading(2, "exit", "7. Exit");
        if (_contract.Exit is not { } exit)
        {
            NotStatedParagraph("Exit terms are");
            return;
        }

        if (exit.TerminationRights.Count == 0)
        {
            NotStatedParagraph("No termination right is");
        }
        else
        {
            Table(["Trigger", "Held by", "Notice", "Cure period", "Exercisable after", "Fee", "Description"], exit.TerminationRights.Select(r => new TableRow(
                [[Words(r.Trigger)], [Words(r.HeldBy)], [_f.Period(r.Notice)], [_f.Period(r.CurePeriod)], [_f.Period(r.ExercisableAfter)], [r.TerminationFee is { } fee ? _f.Money(fee) : "none stated"], [r.Description ?? NotStated]])).ToList(),
                "Termination rights");
        }

        Table(["Exit term", "Value"],
        [
            Row("Transition assistance", exit.TransitionAssistance is { } ta ? "for " + _f.Period(ta.Duration) + (ta.IncludedHours is { } h ? ", " + _f.Number(h) + " hours included" : string.Empty) + ", cost " + Words(ta.Cost) + (ta.Fee is { } taf ? " " + _f.Money(taf) : string.Empty) : NotStated),
            Row("Data portability", exit.DataPortability is { } dpt
                ? WordList(dpt.Scope) + " in " + (dpt.Formats.Count == 0 ? "formats " + NotStated : string.Join(", ", dpt.Formats.Select(x => Words(x.Name) + (x.IsOpen ? " (open)" : " (not open)")))) + ", within " + _f.Period(dpt.Deadline) + ", cost " + Words(dpt.Cost) + (dpt.Fee is { } dpf ? " " + _f.Money(dpf) : string.Empty)
                : NotStated),
            Row("Model artifacts", exit.ModelArtifacts is { } ma ? WordList(ma.Artifacts) + ", owned by " + Words(ma.Ownership) + ", formats " + WordList(ma.Formats) + ", handed over within " + _f.Period(ma.HandoverDeadline) : NotStated),
            Row("Knowledge transfer", exit.KnowledgeTransfer is { } kt ? (kt.Hours is { } kh ? _f.Number(kh) + " hours" : "hours " + NotStated) + " to " + (kt.Recipients ?? "recipients " + NotStated) + ", within " + _f.Period(kt.Deadline) + (kt.Deliverables.Count > 0 ? "; deliverables: " + string.Join("; ", kt.Deliverables) : string.Empty) : NotStated),
            Row("Deletion after exit", exit.PostExitDeletion is { } del ? "within " + _f.Period(del.Deadline) + ", " + Words(del.Method) + (del.Certificate == true ? ", with a certificate" : string.Empty) : NotStated),
        ]);

        ExitTimelineSection(exit);
    }

    private void ExitTimelineSection(ExitTerms exit)
    {
        Heading(3, "exit-timeline", "Exit timeline");
        var right = _options.ExitTrigger is { } trigger
            ? exit.TerminationRights.FirstOrDefault(r => r.Trigger == trigger)
            : exit.TerminationRights.FirstOrDefault(r => r.Trigger == TerminationTrigger.Convenience && r.HeldBy != PartyRole.Provider) ?? (exit.TerminationRights.Count > 0 ? exit.TerminationRights[0] : null);
        if (right is null)
        {
            Note("No timeline: the contract states no termination right" + (_options.ExitTrigger is { } t ? " for " + Words(t) : string.Empty) + ".");
            return;
        }

        LocalDate? date = _options.ExitNoticeDate;
        if (date is null && _contract.EffectiveDate is { } effective)
        {
            try
            {
                date = right.ExercisableAfter is { } lockIn ? effective.Plus(lockIn) : effective;
            }
            catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
            {
                date = null;
            }
        }

        if (date is not { } noticeDate)
        {
            Note("No timeline: no notice date was given and the contract states no effective date.");
            return;
        }

        var timeline = ExitTimelineCalculator.Calculate(_contract, new TerminationNotice { NoticeDate = noticeDate, Trigger = right.Trigger, GivenBy = right.HeldBy == PartyRole.Either ? null : right.HeldBy });
        var rightText = Words(right.Trigger) + " termination by the " + Words(right.HeldBy);
        if (timeline.EffectiveTerminationDate is not { } end)
        {
            Note("No timeline for " + rightText + " with notice on " + _f.Date(noticeDate) + ": " + string.Join(" ", timeline.Diagnostics.Select(d => d.Message)));
            return;
        }

        Paragraph("Assuming notice of " + rightText + " on " + _f.Date(noticeDate) + (_options.ExitNoticeDate is null ? " (the earliest day the right can be exercised)" : string.Empty) + ":");
        var events = new List<ExitEvent> { new("Notice", noticeDate), new("Termination", end) };
        void Add(string label, LocalDate? d) { if (d is { } day) { events.Add(new ExitEvent(label, day)); } }
        Add("Transition assistance ends", timeline.TransitionAssistanceEnd);
        Add("Data export deadline", timeline.DataExportDeadline);
        Add("Model artifacts handed over", timeline.ModelArtifactHandoverDeadline);
        Add("Knowledge transfer deadline", timeline.KnowledgeTransferDeadline);
        Add("Deletion deadline", timeline.DeletionDeadline);
        Add("Deletion certificate due", timeline.DeletionCertificateDue);
        events = [events[0], .. events.Skip(1).OrderBy(e => e.Date)]; // stable: equal dates keep the contract's order
        Table(["Event", "Date"], events.Select(e => Row(e.Label, _f.Date(e.Date))).ToList());
        if (_charts)
        {
            _doc.Add(new ChartBlock(ExitTimelineChart.Build(ChartId("exit"), events, rightText, _f), "Exit timeline: each bar runs from the notice to the event's date."));
        }
    }

    private void Governance()
    {
        Heading(2, "governance", "8. Governance");
        if (_contract.Governance is not { } g)
        {
            NotStatedParagraph("Governance terms are");
            return;
        }

        Table(["Term", "Value"],
        [
            Row("Reporting", g.Reporting is { } r ? Words(r.Cadence) + (r.DeliveredWithin is { } dw ? ", delivered within " + _f.Period(dw) : string.Empty) + (r.Contents.Count > 0 ? ": " + string.Join("; ", r.Contents) : string.Empty) : NotStated),
            Row("Audit rights", g.AuditRights is { } a ? (a.MaxAuditsPerYear is { } n ? "up to " + _f.Number(n) + " a year" : "frequency " + NotStated) + ", notice " + _f.Period(a.Notice) + ", third-party auditor " + YesNo(a.ThirdPartyAuditorAllowed) + ", sub-processors " + YesNo(a.IncludesSubProcessors) + ", cost " + Words(a.Cost) : NotStated),
            Row("Model-change notice", g.ModelChangeNotice is { } m ? _f.Period(m.Notice) + " before " + WordList(m.AppliesTo) + "; right to test before rollout " + YesNo(m.RightToTestBeforeRollout) + (m.TestPeriod is { } tp ? " (" + _f.Period(tp) + ")" : string.Empty) + "; right to reject or roll back " + YesNo(m.RightToRejectOrRollBack) : NotStated),
        ]);
        if (g.IncidentNotifications.Count > 0)
        {
            Table(["Incident severity", "Notify within", "Channels"], g.IncidentNotifications.Select(i => new TableRow([[Words(i.Severity)], [_f.Period(i.Deadline)], [List(i.Channels)]])).ToList(), "Incident notification");
        }

        if (g.EscalationContacts.Count > 0)
        {
            Table(["Level", "Party", "Name", "Role", "Response time"], g.EscalationContacts.Select(e => new TableRow([[_f.Number(e.Level)], [Words(e.Party)], [e.Name], [e.Role ?? NotStated], [_f.Period(e.ResponseTime)]])).ToList(), "Escalation");
        }
    }

    // ---- findings and checklist ---------------------------------------------------------------------------------------

    private void Findings(ValidationReport report)
    {
        Heading(2, "findings", "9. Findings of the playbook " + _options.Playbook.Name);
        Paragraph($"{_f.Number(report.ErrorCount)} errors, {_f.Number(report.WarningCount)} warnings, {_f.Number(report.InfoCount)} notes. Each finding names its code (explained in docs/rules.md) and links to its clause.");
        if (report.Diagnostics.Count == 0)
        {
            Paragraph("No findings.");
            return;
        }

        var byGroup = new List<(Diagnostic Finding, string Anchor, string Label)>[Groups.Length];
        foreach (var d in report.Diagnostics)
        {
            var (group, anchor, label) = Locate(d.Location);
            (byGroup[group] ??= []).Add((d, anchor, label));
        }

        for (var g = 0; g < Groups.Length; g++)
        {
            if (byGroup[g] is not { } findings)
            {
                continue;
            }

            Heading(3, "findings-" + Groups[g].Anchor, Groups[g].Title + " (" + _f.Number(findings.Count) + ")");
            Table(["Severity", "Code", "Finding", "Clause"], findings.Select(x => new TableRow(
                [[Words(x.Finding.Severity)], [Inline.Code(x.Finding.Code)], [x.Finding.Message], [Inline.Link(x.Label, x.Anchor), " ", Inline.Code(x.Finding.Pointer.Length == 0 ? "/" : x.Finding.Pointer)]])).ToList());
        }
    }

    private void Completeness()
    {
        var completeness = CompletenessReport.Create(_contract, _options.Playbook);
        Heading(2, "completeness", "10. Completeness checklist");
        Paragraph($"Against {completeness.Playbook} {completeness.PlaybookVersion}: {_f.Number(completeness.PresentCount)} present, {_f.Number(completeness.MissingCount)} missing, {_f.Number(completeness.DeficientCount)} deficient.");
        if (completeness.Clauses.Count == 0)
        {
            Paragraph("The playbook requires no clause.");
            return;
        }

        Table(["Status", "Clause", "Area", "Rule", "Reason"], completeness.Clauses.Select(c =>
        {
            var first = c.Status == ClauseStatus.Present || c.Findings.Count == 0 ? null : c.Findings[0];
            Inline[] reason = first is null ? [string.Empty]
                : [Inline.Link(first.Message, Locate(first.Location).Anchor), c.Findings.Count > 1 ? " (and " + _f.Number(c.Findings.Count - 1) + " more)" : string.Empty];
            return new TableRow([[Words(c.Status)], [c.Title], [c.Area], [Inline.Code(c.RuleId)], reason]);
        }).ToList());
    }

    /// <summary>The clause group, the anchor and a label of the clause a pointer is in: a KPI, objective, meter or data category when the pointer is inside one.</summary>
    private (int Group, string Anchor, string Label) Locate(JsonPointer pointer)
    {
        // The segments after an empty first one, so that segments[1] is the top-level member as in the pointer's text.
        string[] segments = ["", .. pointer.Segments];
        var top = segments.Length > 1 ? segments[1] : string.Empty;
        var group = 0;
        for (var g = 0; g < Groups.Length; g++)
        {
            if (Array.IndexOf(Groups[g].Members, top) >= 0)
            {
                group = g;
                break;
            }
        }

        int? Index(int at) => segments.Length > at && int.TryParse(segments[at], NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : null;
        var c = _contract;
        switch (top)
        {
            case "aiSystems" when Index(2) is { } i && i < c.AiSystems.Count:
                return (group, "system-" + Anchor(c.AiSystems[i].Id.Value), "AI system " + c.AiSystems[i].Id.Value);
            case "serviceLevels" when segments.Length > 3 && c.ServiceLevels is { } sl && Index(3) is { } i:
                switch (segments[2])
                {
                    case "kpis" when i < sl.Kpis.Count: return (group, "kpi-" + Anchor(sl.Kpis[i].Id.Value), "KPI " + sl.Kpis[i].Id.Value);
                    case "objectives" when i < sl.Objectives.Count: return (group, "objective-" + Anchor(sl.Objectives[i].Id.Value), "Objective " + sl.Objectives[i].Id.Value);
                    case "driftMonitors" when i < sl.DriftMonitors.Count: return (group, "drift-" + Anchor(sl.DriftMonitors[i].Id.Value), "Drift monitor " + sl.DriftMonitors[i].Id.Value);
                }

                break;
            case "dataProcessing" when segments.Length > 3 && segments[2] == "categories" && c.DataProcessing is { } dp && Index(3) is { } i && i < dp.Categories.Count:
                return (group, "data-" + i.ToString(CultureInfo.InvariantCulture), "Data category " + Words(dp.Categories[i].Category));
            case "pricing" when segments.Length > 3 && segments[2] == "meters" && c.Pricing is { } p && Index(3) is { } i && i < p.Meters.Count:
                return (group, "meter-" + Anchor(p.Meters[i].Id.Value), "Meter " + p.Meters[i].Id.Value);
        }

        return (group, Groups[group].Anchor, Groups[group].Title);
    }

    /// <summary>Findings about a measurements or usage input, listed where its result is shown.</summary>
    private void InputFindings(ValueArray<Diagnostic> findings)
    {
        if (findings.Count > 0)
        {
            Bullets(findings.Select(d => new Inline[] { Words(d.Severity) + " ", Inline.Code(d.Code), " " + d.Message + " (" + Words(d.Document) + " ", Inline.Code(d.Pointer.Length == 0 ? "/" : d.Pointer), ")" }));
        }
    }

    // ---- rate cards (format 1.2) -------------------------------------------------------------------------------------

    /// <summary>Each rate card's prices by counter and request tier, its modifiers, price versions and minimums, with a chart of a request's charge against its size; then the allowances.</summary>
    private void RateCards(PricingTerms p, ref int charted)
    {
        foreach (var card in p.RateCards)
        {
            Heading(3, "rate-card-" + Anchor(card.Id.Value), "Rate card " + card.Id.Value + ": " + card.Name);
            var tiers = card.RequestTiers.Count == 0 ? [null] : card.RequestTiers.Select(t => (RequestTier?)t).ToList();
            var headers = new List<string> { "Counter", "Counted in" };
            headers.AddRange(tiers.Select(t => t is null ? "Price" : "Price, " + (t.Name ?? t.Id.Value)));
            headers.Add("Rounding");
            Table([.. headers], card.Counters.Select(c =>
            {
                var cells = new List<Inline[]> { new Inline[] { c.Name }, new Inline[] { c.ContainedIn is { } into ? into.Value : "separate" } };
                cells.AddRange(tiers.Select(t => new Inline[] { CardPrice(card.Prices, c.Id, t?.Id) ?? CardPrice(card.Prices, c.Id, null) ?? NotStated }));
                cells.Add([c.Rounding is { } r ? "to " + _f.Number(r.Increment) + " " + Words(r.Mode ?? RoundingMode.Up) + " per " + Words(r.Level ?? QuantityRoundingLevel.Request) + (r.Minimum is { } min ? ", at least " + _f.Number(min) : string.Empty) : "none"]);
                return new TableRow([.. cells]);
            }).ToList());

            var terms = new List<string>();
            if (card.RequestTiers.Count > 1)
            {
                terms.Add("A request's tier is chosen by its own size (" + string.Join(" + ", card.RequestSize.Select(id => id.Value)) + "): "
                    + string.Join("; ", card.RequestTiers.Skip(1).Select(t => (t.Name ?? t.Id.Value) + ": a size " + (t.Above is { } above ? "above " + _f.Number(above) : "of " + _f.Number(t.AtLeast ?? 0m) + " or more"))) + ".");
            }

            terms.AddRange(card.Modifiers.Select(m => m.Name + ": prices of " + string.Join(", ", m.Counters.Select(c => c.Value)) + " times " + _f.Number(m.Multiplier) + "."));
            terms.AddRange(card.PriceVersions.Select(v => "From " + _f.Date(v.EffectiveFrom) + ": " + string.Join(", ", v.Prices.Select(pr => pr.Counter.Value + (pr.Tier is { } t ? " (" + t.Value + ")" : string.Empty) + " " + PriceText(pr))) + "."));
            if (card.MinimumPerRequest is { } perRequest) { terms.Add("At least " + _f.Money(perRequest) + " per request."); }
            if (card.MinimumPerJob is { } perJob) { terms.Add("At least " + _f.Money(perJob) + " per job."); }
            if (terms.Count > 0)
            {
                Bullets(terms.Select(t => new Inline[] { t }));
            }

            if (card.RequestTiers.Count > 1 && _charts && charted < _options.MaxCharts && SafeRequestCurve(card, p) is { } svg)
            {
                charted++;
                _doc.Add(new ChartBlock(svg, "Charge of one request of rate card " + card.Id.Value + " against its size, from the invoice calculator."));
            }
        }

        if (p.Allowances.Count > 0)
        {
            Table(["Allowance", "Free units", "Resets", "Counters"], p.Allowances.Select(a => new TableRow(
                [[a.Name], [_f.Number(a.Quantity)], [Words(a.Resets)], [string.Join(", ", a.Counters.Select(c => c.RateCard.Value + "/" + c.Counter.Value))]])).ToList(), "Allowances");
        }

        if (p.Reservations.Count > 0)
        {
            Table(["Reserved capacity", "Sizes", "Rates per unit", "Deployments billed per", "Commitments"], p.Reservations.Select(r => new TableRow(
                [[r.Name + (r.UnitName is { } unit ? " (" + unit + ")" : string.Empty)],
                 ["at least " + _f.Number((long)(r.MinimumUnits ?? 1)) + (r.UnitStep is { } step && step != 1 ? ", in steps of " + _f.Number((long)step) : string.Empty)],
                 [string.Join("; ", r.Rates.Select(x => Words(x.Term) + " " + _f.Money(x.Price) + " per " + Words(x.Per ?? ReservationPriceBasis.UnitHour)))],
                 [Words(r.Proration ?? ProrationGranularity.Second)],
                 [r.Commitments.Count == 0 ? "none" : string.Join("; ", r.Commitments.Select(c => _f.Number((long)c.Units) + " " + Words(c.Term) + " from " + _f.Date(c.Start.InUtc().Date) + " (UTC)"))]])).ToList(), "Reserved capacity");
        }

        if (p.LineAmountDecimals is { } decimals)
        {
            Paragraph("Rate-card lines keep " + _f.Number(decimals) + " decimal places; their sum is rounded once to the currency's minor unit.");
        }
    }

    private string? CardPrice(ValueArray<CounterPrice> prices, LocalId counter, LocalId? tier) =>
        prices.FirstOrDefault(pr => pr.Counter == counter && pr.Tier == tier) is { } price ? PriceText(price) : null;

    private string PriceText(CounterPrice price) => _f.Money(price.Price) + (price.Per is { } per && per != 1m ? " per " + _f.Number(per) : string.Empty);

    /// <summary>The request curve, or a note instead when its sizes or amounts lie beyond what decimal holds.</summary>
    private string? SafeRequestCurve(RateCard card, PricingTerms pricing)
    {
        try
        {
            return RequestCurve(card, pricing);
        }
        catch (Exception e) when (e is OverflowException or ArgumentOutOfRangeException)
        {
            Note("No request chart for rate card " + card.Id.Value + ": its sizes or amounts are too large to chart.");
            return null;
        }
    }

    /// <summary>The charge of one request made of the first size counter alone, against its size, priced by the invoice calculator at sampled sizes up to twice the last tier's bound.</summary>
    private string? RequestCurve(RateCard card, PricingTerms pricing)
    {
        var pricingOnly = new AiContract
        {
            Id = _contract.Id, Title = _contract.Title, Status = _contract.Status, AiSystems = _contract.AiSystems, TimeZone = _contract.TimeZone,
            Pricing = pricing with { Meters = [], MinimumCommitment = null, TotalCap = null, UpfrontFees = [], Allowances = [], Discounts = [], Tax = null, RateCards = [card with { PriceVersions = [], MinimumPerJob = null }] },
        };
        var period = _options.Usage?.Period ?? DefaultPeriod(pricing.BillingPeriod);
        var counter = card.RequestSize[0];
        var bounds = card.RequestTiers.Skip(1).Select(t => t.Above ?? t.AtLeast ?? 0m).ToList();
        var max = Math.Max(bounds.Max() * 2m, 1m);
        var sizes = new SortedSet<decimal> { 0m, max };
        for (var i = 1; i < 48; i++)
        {
            sizes.Add(Math.Round(max * i / 48, 0));
        }

        foreach (var b in bounds)
        {
            sizes.Add(b);
            sizes.Add(b + 1);
        }

        var at = period.FirstDay.AtMidnight().InZoneLeniently(_contract.TimeZone ?? DateTimeZone.Utc).ToInstant();
        var points = new List<CostPoint>(sizes.Count);
        foreach (var size in sizes)
        {
            var record = new UsageRecord { RateCard = card.Id, At = at, Counters = [new CounterQuantity { Counter = counter, Quantity = size }] };
            var invoice = InvoiceCalculator.Calculate(pricingOnly, new UsageStatement { Period = period, Records = [record] });
            if (invoice.Total is null || invoice.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                Note("No request chart for rate card " + card.Id.Value + ": " + string.Join(" ", invoice.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Message)));
                return null;
            }

            points.Add(new CostPoint(size, invoice.Lines.Where(l => l.RateCardId == card.Id).Sum(l => l.Amount.Amount)));
        }

        return CostCurveChart.BuildRequestCurve(ChartId("request"), card, counter, bounds, points, pricing.Currency, _f);
    }

    // ---- cost curve ---------------------------------------------------------------------------------------------------

    /// <summary>The cost curve, or a note instead when its quantities or dates lie beyond what decimal and the calendar hold.</summary>
    private string? SafeCostCurve(Meter meter, PricingTerms pricing, decimal? used)
    {
        try
        {
            return CostCurve(meter, pricing, used);
        }
        catch (Exception e) when (e is OverflowException or ArgumentOutOfRangeException)
        {
            Note("No cost curve for meter " + meter.Id.Value + ": its quantities or amounts are too large to chart.");
            return null;
        }
    }

    private string? CostCurve(Meter meter, PricingTerms pricing, decimal? used)
    {
        // Pricing needs only the pricing terms and the systems the meters name: a contract of those alone keeps the
        // calculator's integrity check (run once per point) independent of the contract's size.
        var pricingOnly = new AiContract
        {
            Id = _contract.Id, Title = _contract.Title, Status = _contract.Status, AiSystems = _contract.AiSystems, Pricing = pricing with { MinimumCommitment = null, TotalCap = null, UpfrontFees = [] },
        };
        var period = _options.Usage?.Period ?? DefaultPeriod(pricing.BillingPeriod);
        var (quantities, _, log) = CostCurveChart.Sample(meter, pricing, used);
        var points = new List<CostPoint>(quantities.Count);
        foreach (var q in quantities)
        {
            var invoice = InvoiceCalculator.Calculate(pricingOnly, new UsageStatement { Period = period, Meters = [new MeterUsage { MeterId = meter.Id, Quantity = q }] });
            if (invoice.Total is null || invoice.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                Note("No cost curve for meter " + meter.Id.Value + ": " + string.Join(" ", invoice.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Message)));
                return null;
            }

            var cost = 0m;
            foreach (var line in invoice.Lines)
            {
                if (line.MeterId == meter.Id)
                {
                    cost += line.Amount.Amount;
                }
            }

            points.Add(new CostPoint(q, cost));
        }

        return CostCurveChart.Build(ChartId("cost"), meter, pricing, points, log, used, period, _f);
    }

    /// <summary>The cost curves' period: a billing period that starts with the contract (or with 2000 when it states no date).</summary>
    private ComputationPeriod DefaultPeriod(BillingPeriod? billing)
    {
        var months = billing == BillingPeriod.Quarterly ? 3 : billing == BillingPeriod.Annually ? 12 : 1;
        var start = _contract.EffectiveDate ?? new LocalDate(2000, 1, 1);
        var first = new LocalDate(start.Year, ((start.Month - 1) / months * months) + 1, 1);
        return new ComputationPeriod { FirstDay = first, LastDay = first.PlusMonths(months).PlusDays(-1) };
    }

    // ---- helpers ------------------------------------------------------------------------------------------------------

    private string ChartId(string kind) => "chart-" + kind + "-" + (++_chartCount).ToString(CultureInfo.InvariantCulture);

    private string Measure(decimal? value, KpiDefinition? kpi)
    {
        if (value is not { } v)
        {
            return NotStated;
        }

        var unit = CreditStepChart.Unit(kpi, _f);
        return unit == "%" ? _f.Percent(v) : _f.Number(v) + (unit.Length > 0 ? " " + unit : string.Empty);
    }

    private string Window(MeasurementWindow? window) => window is null ? NotStated : Words(window.Kind) + (window.RollingPeriod is { } p ? " of " + _f.Period(p) : string.Empty);

    private string Cap(UsageCap cap) =>
        (cap.Quantity is { } q ? _f.Number(q) + " units" : string.Empty) + (cap.Quantity is not null && cap.Spend is not null ? " or " : string.Empty) + (cap.Spend is { } s ? _f.Money(s) : string.Empty)
        + (cap.Behaviour is { } b ? ", then " + Words(b) : string.Empty) + (cap.OverageUnitPrice is { } o ? " at " + _f.Money(o) + " a unit" : string.Empty);

    private string Price(Meter meter) =>
        (meter.UnitPrice is { } u ? " at " + _f.Money(u) + " a unit" : string.Empty)
        + (meter.FlatFee is { } f ? ", flat fee " + _f.Money(f) : string.Empty)
        + (meter.Package is { } p ? ", " + _f.Money(p.Price) + " per package of " + _f.Number(p.Size) + (p.MinimumPackages is { } mp ? ", at least " + _f.Number(mp) + " packages" : string.Empty) : string.Empty)
        + (meter.TransactionFee is { } fee ? ", " + (fee.Rate is { } r ? _f.Percent(r) : "the tiers' rates") + " of each event's amount" + (fee.FixedFee is { } ff ? " plus " + _f.Money(ff) : string.Empty)
            + (fee.MinimumPerEvent is { } mn ? ", at least " + _f.Money(mn) : string.Empty) + (fee.MaximumPerEvent is { } mx ? ", at most " + _f.Money(mx) : string.Empty) + " an event" : string.Empty)
        + (meter.IncludedUnits is { } inc ? ", " + _f.Number(inc) + " units included" : string.Empty)
        + (meter.MinimumCharge is { } min ? ", minimum charge " + _f.Money(min) : string.Empty);

    private string Discount(Discount d) =>
        (d.Description is { } text ? text + ": " : string.Empty) + (d.Percentage is { } pc ? _f.Percent(pc) : d.Amount is { } a ? _f.Money(a) : NotStated)
        + " off " + (d.MeterId is { } id ? "meter " + id.Value : "the invoice")
        + (d.From is { } from ? " from " + _f.Date(from) : string.Empty) + (d.Until is { } until ? " until " + _f.Date(until) : string.Empty);

    private static string TaxOrderWords(TaxOrder? order) => order == TaxOrder.AfterTax ? "after tax" : "before tax";

    /// <summary>An anchor from an identifier: letters, digits, '-' and '_' kept, anything else a '-'.</summary>
    private static string Anchor(string id) =>
        string.Create(id.Length, id, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var ch = source[i];
                span[i] = char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_' ? ch : '-';
            }
        });

    private void Heading(int level, string anchor, string text) => _doc.Add(new HeadingBlock(level, anchor, text));

    private void Paragraph(params Inline[] content) => _doc.Add(new ParagraphBlock(content));

    private void Note(string text) => _doc.Add(new ParagraphBlock([text], IsNote: true));

    private void NotStatedParagraph(string subject) => _doc.Add(new ParagraphBlock([subject + " " + NotStated + "."], IsNote: true));

    private void Bullets(IEnumerable<Inline[]> items) => _doc.Add(new ListBlock([.. items]));

    private void Table(string[] headers, List<TableRow> rows, string? caption = null) => _doc.Add(new TableBlock(headers, rows, caption));

    private static TableRow Row(string term, string value) => new([[term], [value]]);
}

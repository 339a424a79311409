using System.Globalization;
using System.Xml.Linq;
using AiContracts.Domain;
using AiContracts.Domain.Computations;
using AiContracts.Domain.Computations.Invoicing;
using AiContracts.Domain.Pricing;
using AiContracts.Domain.Primitives;
using AngleSharp.Html.Parser;
using NodaTime;

namespace AiContracts.Reporting.Tests;

/// <summary>The HTML page: HTML5 without parse errors, self-contained, every SVG well-formed XML, and charts that agree with the model.</summary>
public sealed class HtmlReportTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static TheoryData<string> SampleNames() => [.. Samples.Names];

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Sample_ParsesAsHtml5WithoutErrorsAndIsSelfContained(string name)
    {
        var html = ContractReport.ToHtml(Samples.Contract(name));
        var errors = new List<string>();
        var parser = new HtmlParser(new HtmlParserOptions { IsStrictMode = false });
        parser.Error += (_, e) => errors.Add(((AngleSharp.Html.Dom.Events.HtmlErrorEvent)e).Message + " at " + ((AngleSharp.Html.Dom.Events.HtmlErrorEvent)e).Position);
        var document = parser.ParseDocument(html);

        Assert.Empty(errors);
        Assert.Equal("Contract report: " + Samples.Contract(name).Title, document.Title);
        Assert.Empty(document.QuerySelectorAll("script, link, img, iframe, object, embed"));
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("url(", html, StringComparison.Ordinal);
        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(document.QuerySelectorAll("a[href]"), a => Assert.Contains(a.GetAttribute("href")![1..], ids));
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Sample_EverySvgIsXmlWithTitleDescriptionAndAxisLabels(string name)
    {
        var svgs = Charts(ContractReport.ToHtml(Samples.Contract(name)));

        Assert.NotEmpty(svgs);
        foreach (var svg in svgs)
        {
            Assert.False(string.IsNullOrWhiteSpace(svg.Element(Svg + "title")?.Value));
            Assert.False(string.IsNullOrWhiteSpace(svg.Element(Svg + "desc")?.Value));
            Assert.Equal($"{svg.Attribute("id")!.Value}-title {svg.Attribute("id")!.Value}-desc", svg.Attribute("aria-labelledby")?.Value);
            Assert.False(string.IsNullOrWhiteSpace(svg.Descendants(Svg + "text").FirstOrDefault(t => (string?)t.Attribute("class") == "x-label")?.Value));
            // Greyscale: every colour the chart uses is a grey.
            foreach (var colour in svg.DescendantsAndSelf().SelectMany(e => new[] { (string?)e.Attribute("fill"), (string?)e.Attribute("stroke") }).Where(c => c is not null && c != "none"))
            {
                Assert.Matches("^#([0-9a-f]{2})\\1\\1$", colour);
            }
        }
    }

    [Fact]
    public void LargestSample_HasTheThreeKindsOfChart()
    {
        var svgs = Charts(ContractReport.ToHtml(Samples.Contract(Samples.Largest)));

        Assert.Contains(svgs, s => s.Attribute("id")!.Value.StartsWith("chart-credit-", StringComparison.Ordinal));
        // Charges against usage: a meter's cost curve, or a rate card's charge per request against its size (format 1.2).
        Assert.Contains(svgs, s => s.Attribute("id")!.Value.StartsWith("chart-cost-", StringComparison.Ordinal) || s.Attribute("id")!.Value.StartsWith("chart-request-", StringComparison.Ordinal));
        Assert.Contains(svgs, s => s.Attribute("id")!.Value.StartsWith("chart-exit-", StringComparison.Ordinal));
    }

    /// <summary>
    /// A rate card with request tiers gets a chart of one request's charge against its size: one per such card, and its
    /// points are the invoice calculator's charges for a request of that size (Sonnet 4 at 200,000 and 200,001 input
    /// tokens: 0.60 and 1.200006 USD, the whole request moving to the long-context prices).
    /// </summary>
    [Fact]
    public void RequestCurves_OfTheRateCardSample_ShowTheJumpAtTheRequestTier()
    {
        var contract = Samples.Contract("07-claude-api-rate-cards-1-2");
        var svgs = Charts(ContractReport.ToHtml(contract)).Where(s => s.Attribute("id")!.Value.StartsWith("chart-request-", StringComparison.Ordinal)).ToList();

        var svg = Assert.Single(svgs);
        var points = svg.Descendants(Svg + "polyline").Single().Attribute("data-points")!.Value.Split(' ')
            .Select(p => p.Split(',')).ToDictionary(p => decimal.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture), p => decimal.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0.60m, points[200_000m]);
        Assert.Equal(1.200006m, points[200_001m]);
        Assert.Equal(contract.Pricing!.RateCards.Count(r => r.RequestTiers.Count > 1), svgs.Count);
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void StepCharts_HaveOneStepPerCreditBand(string name)
    {
        var contract = Samples.Contract(name);
        var svgs = Charts(ContractReport.ToHtml(contract)).Where(s => s.Attribute("id")!.Value.StartsWith("chart-credit-", StringComparison.Ordinal)).ToList();
        var objectives = contract.ServiceLevels?.Objectives.ToDictionary(o => o.Id.Value) ?? [];

        Assert.NotEmpty(svgs);
        Assert.Equal(svgs.Count, svgs.Select(s => s.Attribute("data-objective")!.Value).Distinct().Count());
        foreach (var svg in svgs)
        {
            var objective = objectives[svg.Attribute("data-objective")!.Value];
            var steps = svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "band")
                .Select(g => (From: Decimal(g, "data-from"), To: Decimal(g, "data-to"), Credit: Decimal(g, "data-credit")!.Value)).ToList();
            Assert.Equal(objective.CreditBands.Select(b => (b.From, b.To, b.Credit.Value)), steps);
            Assert.Equal(objective.CreditBands.Count == 0, svg.Descendants(Svg + "line").Any(l => (string?)l.Attribute("class") == "no-credit"));
        }
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void CostCurves_AtThreeQuantities_EqualTheInvoiceCalculator(string name)
    {
        var contract = Samples.Contract(name);
        var svgs = Charts(ContractReport.ToHtml(contract)).Where(s => s.Attribute("id")!.Value.StartsWith("chart-cost-", StringComparison.Ordinal)).ToList();
        // A meter priced as a percentage of declared amounts has no curve against its quantity (format 1.1).
        var meters = (contract.Pricing?.Meters ?? []).Where(m => m.Model != PricingModel.PercentageOfAmount).ToList();

        Assert.Equal(meters.Count, svgs.Count);
        for (var i = 0; i < svgs.Count; i++)
        {
            var points = CurvePoints(svgs[i]);
            foreach (var (quantity, cost) in new[] { points[points.Count / 4], points[points.Count / 2], points[^1] })
            {
                Assert.Equal(MeterCharges(contract, meters[i], quantity), cost);
            }
        }
    }

    [Fact]
    public void CostCurve_OfASingleMeterContract_EqualsTheInvoiceTotal()
    {
        var meter = new Meter
        {
            Id = LocalId.From("meter-requests"), Name = "Requests", Unit = MeterUnit.Requests, Model = PricingModel.Volume,
            Tiers = [new PriceTier { UpTo = 1000, UnitPrice = Money.Of(0.02m, "EUR") }, new PriceTier { UpTo = 100_000, UnitPrice = Money.Of(0.015m, "EUR") }, new PriceTier { UnitPrice = Money.Of(0.01m, "EUR") }],
            Cap = new UsageCap { Quantity = 150_000, Behaviour = CapBehaviour.NotBilled },
        };
        var contract = Minimal() with { Pricing = new PricingTerms { Currency = Currency.Eur, BillingPeriod = BillingPeriod.Monthly, Meters = [meter] } };

        var points = CurvePoints(Charts(ContractReport.ToHtml(contract)).Single(s => s.Attribute("id")!.Value.StartsWith("chart-cost-", StringComparison.Ordinal)));

        Assert.True(points.Count >= 40);
        foreach (var (quantity, cost) in new[] { points[3], points[points.Count / 2], points[^1] })
        {
            var invoice = InvoiceCalculator.Calculate(contract, Usage(meter, quantity));
            Assert.Equal(invoice.Total!.Amount, cost);
        }
    }

    [Fact]
    public void ScriptInATitle_IsTextInBothFormats()
    {
        var contract = Minimal() with { Title = "<script>alert(1)</script> & <b>bold</b> [x](http://evil) | pipe" };

        var html = ContractReport.ToHtml(contract);
        var markdown = ContractReport.ToMarkdown(contract);

        var document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("script, b"));
        Assert.Equal("Contract report: " + contract.Title, document.Title);
        Assert.Equal("Contract report: " + contract.Title, document.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);

        Assert.DoesNotContain("<script>", markdown, StringComparison.Ordinal);
        var rendered = Markdig.Markdown.ToHtml(markdown, Markdig.MarkdownExtensions.UsePipeTables(new Markdig.MarkdownPipelineBuilder()).Build());
        var fromMarkdown = new HtmlParser().ParseDocument(rendered);
        Assert.Empty(fromMarkdown.QuerySelectorAll("script, b"));
        Assert.DoesNotContain(fromMarkdown.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.StartsWith("http", StringComparison.Ordinal));
        Assert.Equal("Contract report: " + contract.Title, fromMarkdown.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void ScriptInAMeterName_IsTextInTheChart()
    {
        var meter = new Meter { Id = LocalId.From("m"), Name = "</text><script>alert(1)</script>", Unit = MeterUnit.Requests, Model = PricingModel.PerUnit, UnitPrice = Money.Of(0.01m, "EUR") };
        var contract = Minimal() with { Pricing = new PricingTerms { Currency = Currency.Eur, Meters = [meter] } };

        var svg = Charts(ContractReport.ToHtml(contract)).Single();

        Assert.Equal("Cost curve: " + meter.Name, svg.Element(Svg + "title")!.Value);
        Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName == "script");
    }

    [Fact]
    public void ContractWithoutPricingServiceLevelsOrExit_SaysNotStatedAndStillRenders()
    {
        var contract = Minimal();

        var markdown = ContractReport.ToMarkdown(contract);
        var html = ContractReport.ToHtml(contract);

        Assert.Contains("## 3. Service levels\n\n_Service levels are not stated._", markdown, StringComparison.Ordinal);
        Assert.Contains("## 6. Pricing\n\n_Pricing is not stated._", markdown, StringComparison.Ordinal);
        Assert.Contains("## 7. Exit\n\n_Exit terms are not stated._", markdown, StringComparison.Ordinal);
        Assert.Contains("| Effective date | not stated |", markdown, StringComparison.Ordinal);
        Assert.Contains("<p class=\"note\">Pricing is not stated.</p>", html, StringComparison.Ordinal);
        Assert.Empty(Charts(html));
    }

    [Fact]
    public void Culture_FormatsMoneyPercentagesAndDates()
    {
        var contract = Samples.Contract("01-vendor-llm-api");

        var invariant = ContractReport.ToMarkdown(contract);
        var german = ContractReport.ToMarkdown(contract, new ReportOptions { Culture = CultureInfo.GetCultureInfo("de-DE") });

        Assert.Contains("| Minimum commitment | 6,000.00\u00a0EUR per month, trued up |", invariant, StringComparison.Ordinal);
        Assert.Contains("| Effective date | 2026-04-01 |", invariant, StringComparison.Ordinal);
        Assert.Contains("| Minimum commitment | 6.000,00\u00a0EUR per month, trued up |", german, StringComparison.Ordinal);
        Assert.Contains("| Effective date | Mittwoch, 1. April 2026 |", german, StringComparison.Ordinal);
        Assert.Contains("99,9\u00a0%", german, StringComparison.Ordinal);
    }

    [Fact]
    public void MeasurementsAndUsage_ShowTheCreditsAndTheInvoice()
    {
        var contract = Samples.Contract("01-vendor-llm-api");
        var measurements = Samples.Measurements("01-vendor-2026-05-measurements.json");
        var usage = Samples.Usage("01-vendor-2026-05-usage.json");

        var markdown = ContractReport.ToMarkdown(contract, new ReportOptions { Measurements = measurements, Usage = usage });

        var evaluation = Domain.Computations.ServiceCredits.SlaEvaluator.Evaluate(contract, measurements, usage);
        var invoice = InvoiceCalculator.Calculate(contract, usage, evaluation);
        Assert.Contains("### Service credits for 2026-05-01 to 2026-05-31", markdown, StringComparison.Ordinal);
        Assert.Contains("### Invoice for 2026-05-01 to 2026-05-31", markdown, StringComparison.Ordinal);
        Assert.Contains($"| Total |   |   | {invoice.Total!.Amount.ToString("#,##0.00", CultureInfo.InvariantCulture)}\u00a0EUR |", markdown, StringComparison.Ordinal);
        var html = ContractReport.ToHtml(contract, new ReportOptions { Measurements = measurements, Usage = usage });
        Assert.Contains("class=\"attained\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"usage\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ManyObjectives_DrawChartsForTheFirstOnlyWithANote()
    {
        var contract = Samples.Contract("01-vendor-llm-api");

        var html = ContractReport.ToHtml(contract, new ReportOptions { MaxCharts = 2 });

        Assert.Equal(2, Charts(html).Count(s => s.Attribute("id")!.Value.StartsWith("chart-credit-", StringComparison.Ordinal)));
        Assert.Contains("Step charts are drawn for the first 2 objectives;", html, StringComparison.Ordinal);
    }

    internal static AiContract Minimal() => new()
    {
        Id = ContractId.From("MIN-1"), Title = "Minimal draft", Status = ContractStatus.Draft,
    };

    private static UsageStatement Usage(Meter meter, decimal quantity) => new()
    {
        Period = new ComputationPeriod { FirstDay = new LocalDate(2026, 1, 1), LastDay = new LocalDate(2026, 1, 31) },
        Meters = [new MeterUsage { MeterId = meter.Id, Quantity = quantity }],
    };

    /// <summary>The meter's charges at a quantity as the invoice calculator computes them: the sum of the meter's lines.</summary>
    private static decimal MeterCharges(AiContract contract, Meter meter, decimal quantity)
    {
        var period = contract.EffectiveDate is { } start
            ? new ComputationPeriod { FirstDay = new LocalDate(start.Year, start.Month, 1), LastDay = new LocalDate(start.Year, start.Month, 1).PlusMonths(1).PlusDays(-1) }
            : Usage(meter, quantity).Period;
        var invoice = InvoiceCalculator.Calculate(contract with { EffectiveDate = null, Term = null }, new UsageStatement { Period = period, Meters = [new MeterUsage { MeterId = meter.Id, Quantity = quantity }] });
        Assert.DoesNotContain(invoice.Diagnostics, d => d.Severity == Domain.Diagnostics.DiagnosticSeverity.Error);
        return invoice.Lines.Where(l => l.MeterId == meter.Id).Sum(l => l.Amount.Amount);
    }

    /// <summary>Each inline SVG as written (not as an HTML parser re-serializes it), parsed as XML.</summary>
    internal static List<XElement> Charts(string html)
    {
        var charts = new List<XElement>();
        for (var start = html.IndexOf("<svg", StringComparison.Ordinal); start >= 0; start = html.IndexOf("<svg", start + 1, StringComparison.Ordinal))
        {
            var end = html.IndexOf("</svg>", start, StringComparison.Ordinal) + "</svg>".Length;
            charts.Add(XElement.Parse(html[start..end]));
        }

        Assert.Equal(new HtmlParser().ParseDocument(html).QuerySelectorAll("svg").Length, charts.Count);
        return charts;
    }

    private static List<(decimal Quantity, decimal Cost)> CurvePoints(XElement svg) =>
        [.. svg.Descendants(Svg + "polyline").Single(p => (string?)p.Attribute("class") == "cost-curve").Attribute("data-points")!.Value.Split(' ')
            .Select(p => p.Split(',')).Select(p => (decimal.Parse(p[0], CultureInfo.InvariantCulture), decimal.Parse(p[1], CultureInfo.InvariantCulture)))];

    private static decimal? Decimal(XElement element, string attribute) =>
        element.Attribute(attribute)?.Value is { Length: > 0 } text ? decimal.Parse(text, CultureInfo.InvariantCulture) : null;
}

/// <summary>A contract of 2,000 KPIs and objectives: both formats render, and the page draws only the first charts, with a note (10,000 is a benchmark row: ReportBenchmarks).</summary>
public sealed class LargeContractTests
{
    [Fact]
    public void ThousandsOfKpis_RenderInBothFormats_WithChartsForTheFirstObjectivesOnly()
    {
        var sample = Samples.Contract("01-vendor-llm-api");
        var levels = sample.ServiceLevels!;
        var kpis = new List<Domain.ServiceLevels.KpiDefinition>();
        var objectives = new List<Domain.ServiceLevels.ServiceLevelObjective>();
        for (var i = 0; i < 2_000; i++)
        {
            var objective = levels.Objectives[i % levels.Objectives.Count];
            var kpi = levels.Kpis.First(k => k.Id == objective.KpiId);
            var kpiId = Domain.Primitives.LocalId.From($"kpi-gen-{i}");
            kpis.Add(kpi with { Id = kpiId });
            objectives.Add(objective with { Id = Domain.Primitives.LocalId.From($"slo-gen-{i}"), KpiId = kpiId });
        }

        var contract = sample with
        {
            ServiceLevels = levels with { Kpis = Domain.Primitives.ValueArray.From(kpis), Objectives = Domain.Primitives.ValueArray.From(objectives), DriftMonitors = [] },
            Governance = sample.Governance! with { Reporting = sample.Governance!.Reporting! with { KpiIds = [] } },
        };

        var markdown = ContractReport.ToMarkdown(contract);
        var html = ContractReport.ToHtml(contract);

        Assert.Contains("<a id=\"objective-slo-gen-1999\"></a>", markdown, StringComparison.Ordinal);
        Assert.Contains("id=\"objective-slo-gen-1999\"", html, StringComparison.Ordinal);
        Assert.Equal(20, System.Text.RegularExpressions.Regex.Count(html, "<svg [^>]*id=\"chart-credit-"));
        Assert.Contains("Step charts are drawn for the first 20 objectives;", html, StringComparison.Ordinal);
    }
}

/// <summary>Contracts a renderer could trip on: huge numbers, integrity errors, odd text. Both formats render and stay well-formed.</summary>
public sealed class BadInputTests
{
    [Fact]
    public void HugeTierBoundary_AndTiersOutOfOrder_RenderWithANoteInsteadOfACurve()
    {
        Domain.Pricing.Meter Meter(string id, params decimal?[] upTo) => new()
        {
            Id = Domain.Primitives.LocalId.From(id), Name = id, Unit = Domain.Pricing.MeterUnit.Requests, Model = Domain.Pricing.PricingModel.Graduated,
            Tiers = Domain.Primitives.ValueArray.From(upTo.Select(u => new Domain.Pricing.PriceTier { UpTo = u, UnitPrice = Domain.Primitives.Money.Of(1m, "EUR") })),
        };
        var contract = HtmlReportTests.Minimal() with
        {
            Pricing = new Domain.Pricing.PricingTerms
            {
                Currency = Domain.Primitives.Currency.Eur,
                Meters = [Meter("huge", 50_000_000_000_000_000_000_000_000_000m, null), Meter("unordered", 1000, 10, null)],
            },
        };

        var html = ContractReport.ToHtml(contract);
        var markdown = ContractReport.ToMarkdown(contract);

        Assert.Contains("No cost curve for meter huge", html, StringComparison.Ordinal);
        Assert.Contains("No cost curve for meter unordered", html, StringComparison.Ordinal);
        Assert.Contains("### Meter huge: huge", markdown, StringComparison.Ordinal);
        Assert.Empty(HtmlReportTests.Charts(html));
    }

    [Fact]
    public void ControlCharactersInText_StayWellFormedXmlAndHtml()
    {
        var contract = HtmlReportTests.Minimal() with { Title = "a\u0001b\u000bc" };

        var html = ContractReport.ToHtml(contract);

        Assert.DoesNotContain('\u0001', html);
        Assert.Contains("a\uFFFDb\uFFFDc", html, StringComparison.Ordinal);
    }
}

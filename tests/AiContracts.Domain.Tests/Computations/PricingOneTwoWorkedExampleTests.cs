using AiContracts.Domain.Computations;
using AiContracts.Domain.Computations.Invoicing;
using AiContracts.Domain.Pricing;
using AiContracts.Domain.Primitives;
using NodaTime;
using NodaTime.Text;

namespace AiContracts.Domain.Tests.Computations;

/// <summary>
/// The format 1.2 AI price sheets computed on worked examples from AI vendors' public price pages. Each test names its
/// sources; the prices and rules are the vendor's, the counters are raw as the vendor's API reports them (no
/// pre-classification by the caller), and the totals were computed independently by hand with exact decimals.
/// </summary>
public sealed class PricingOneTwoWorkedExampleTests
{
    private static Money Usd(decimal amount) => new(amount, Currency.Usd);

    private static LocalId Id(string id) => LocalId.From(id);

    private static Instant At(string text) => InstantPattern.General.Parse(text).Value;

    private static AiContract Contract(PricingTerms pricing, string zone = "Etc/UTC") => new()
    {
        Id = ContractId.From("AI-1"),
        Title = "AI price sheet",
        Status = ContractStatus.Active,
        EffectiveDate = new LocalDate(2025, 1, 1),
        Term = new ContractTerm { InitialTerm = Period.FromYears(2) },
        TimeZone = DateTimeZoneProviders.Tzdb[zone],
        Pricing = pricing,
    };

    private static UsageCounter Counter(string id, string? containedIn = null) =>
        new() { Id = Id(id), Name = id, Unit = MeterUnit.Tokens, ContainedIn = containedIn is null ? null : Id(containedIn) };

    private static CounterPrice PerMillion(string counter, decimal price, string? tier = null) =>
        new() { Counter = Id(counter), Price = Usd(price), Per = 1_000_000m, Tier = tier is null ? null : Id(tier) };

    private static UsageRecord Request(string card, string at, params (string Counter, decimal Quantity)[] counters) => new()
    {
        RateCard = Id(card),
        At = At(at),
        Counters = ValueArray.From(counters.Select(c => new CounterQuantity { Counter = Id(c.Counter), Quantity = c.Quantity })),
    };

    private static UsageStatement Records(ComputationPeriod period, params UsageRecord[] records) => new() { Period = period, Records = ValueArray.From(records) };

    private static Invoice Complete(AiContract contract, UsageStatement usage)
    {
        var invoice = InvoiceCalculator.Calculate(contract, usage);
        Assert.True(invoice.IsComplete, string.Join("; ", invoice.Diagnostics.Select(d => $"{d.Code} {d.Pointer} {d.Message}")));
        return invoice;
    }

    private static decimal Lines(Invoice invoice, string card) => invoice.Lines.Where(l => l.RateCardId == Id(card)).Sum(l => l.Amount.Amount);

    // ---- Anthropic: separate cache counters, a tier chosen per request, batch, sub-cent amounts ------------------------

    /// <summary>
    /// Claude Sonnet 4 with the 1M-context beta, as Anthropic's pricing page states it (docs.claude.com and
    /// docs.anthropic.com, "Pricing"): per MTok input 3, 5-minute cache writes 3.75, 1-hour cache writes 6, cache reads
    /// 0.30, output 15; a request whose input tokens including cache reads and writes exceed 200,000 is charged 6, 7.50,
    /// 12, 0.60 and 22.50 for all its tokens; the Batch API halves input and output. The Messages API reports
    /// input_tokens, cache_creation_input_tokens and cache_read_input_tokens as separate counts (docs.claude.com, rate
    /// limits and prompt caching). The cost report states sub-cent amounts, so lines keep six decimals.
    /// </summary>
    private static readonly RateCard Sonnet = new()
    {
        Id = Id("sonnet-4"),
        Name = "Claude Sonnet 4",
        Counters = [Counter("input"), Counter("cache-write-5m"), Counter("cache-write-1h"), Counter("cache-read"), Counter("output")],
        RequestSize = [Id("input"), Id("cache-write-5m"), Id("cache-write-1h"), Id("cache-read")],
        RequestTiers = [new RequestTier { Id = Id("standard"), Name = "prompts up to 200K" }, new RequestTier { Id = Id("long"), Name = "prompts above 200K", Above = 200_000 }],
        Prices =
        [
            PerMillion("input", 3m), PerMillion("cache-write-5m", 3.75m), PerMillion("cache-write-1h", 6m), PerMillion("cache-read", 0.30m), PerMillion("output", 15m),
            PerMillion("input", 6m, "long"), PerMillion("cache-write-5m", 7.50m, "long"), PerMillion("cache-write-1h", 12m, "long"), PerMillion("cache-read", 0.60m, "long"), PerMillion("output", 22.50m, "long"),
        ],
        Modifiers = [new PriceModifier { Id = Id("batch"), Name = "Batch API", Multiplier = 0.5m, Counters = [Id("input"), Id("cache-write-5m"), Id("cache-write-1h"), Id("cache-read"), Id("output")] }],
    };

    private static readonly UsageStatement SonnetSeptember = Records(ComputationPeriod.Month(2025, 9),
        Request("sonnet-4", "2025-09-02T09:00:00Z", ("input", 1_200), ("cache-write-5m", 150_000), ("output", 2_000)),
        Request("sonnet-4", "2025-09-02T09:03:00Z", ("input", 1_500), ("cache-read", 150_000), ("output", 1_800)),
        Request("sonnet-4", "2025-09-10T14:00:00Z", ("input", 40_000), ("cache-write-1h", 20_000), ("cache-read", 150_000), ("output", 3_000)),
        Request("sonnet-4", "2025-09-15T02:00:00Z", ("input", 180_000), ("output", 5_000)) with { Modifiers = [Id("batch")] },
        Request("sonnet-4", "2025-09-20T11:30:00Z", ("input", 250_000), ("output", 500)));

    /// <summary>Five requests: 0.5961 + 0.0765 + 0.6375 (40,000 input tokens, but 210,000 with the cache counters: long) + 0.3075 (batch) + 1.51125 = 3.12885, USD 3.13.</summary>
    [Fact]
    public void Anthropic_Sonnet_RequestTiersByEachRequestsOwnSize_AndSubCentLines_TotalToTheCent()
    {
        var contract = Contract(new PricingTerms { Currency = Currency.Usd, RateCards = [Sonnet], LineAmountDecimals = 6 });

        var invoice = Complete(contract, SonnetSeptember);

        Assert.Equal(3.12885m, invoice.Lines.Where(l => l.Kind == InvoiceLineKind.Usage).Sum(l => l.Amount.Amount));
        Assert.Equal(Usd(3.13m), invoice.Total);
        var longInput = Assert.Single(invoice.Lines, l => l.CounterId == Id("input") && l.Tier == 2);
        Assert.Equal(290_000m, longInput.Quantity); // requests 3 and 5: the tier is each request's, not the month's
        Assert.Equal(1.74m, longInput.Amount.Amount);
        var batchInput = Assert.Single(invoice.Lines, l => l.CounterId == Id("input") && l.Description.Contains("Batch API", StringComparison.Ordinal));
        Assert.Equal(0.27m, batchInput.Amount.Amount);
    }

    /// <summary>The month's volume (590,000 input tokens) is far above 200K, but tiers are per request: a monthly-volume reading would bill every request long (USD 4.06).</summary>
    [Fact]
    public void Anthropic_Sonnet_ATierOfTheMonthsVolume_WouldOverstateTheBill()
    {
        var everyRequestLong = Sonnet with { RequestTiers = [new RequestTier { Id = Id("standard") }, new RequestTier { Id = Id("long"), AtLeast = 0 }] };

        var invoice = Complete(Contract(new PricingTerms { Currency = Currency.Usd, RateCards = [everyRequestLong], LineAmountDecimals = 6 }), SonnetSeptember);

        Assert.Equal(Usd(4.06m), invoice.Total);
    }

    /// <summary>Measuring the 200K on input_tokens alone (not Anthropic's rule) would leave request 3 standard: USD 2.82 instead of 3.13.</summary>
    [Fact]
    public void Anthropic_Sonnet_TheRequestSizeCountsTheCounters_TheContractNames()
    {
        var inputOnly = Sonnet with { RequestSize = [Id("input")] };

        var invoice = Complete(Contract(new PricingTerms { Currency = Currency.Usd, RateCards = [inputOnly], LineAmountDecimals = 6 }), SonnetSeptember);

        Assert.Equal(Usd(2.82m), invoice.Total);
    }

    /// <summary>Without lineAmountDecimals every line is rounded to the cent as in format 1.1: the long-context output line of 0.07875 is 0.08, the batch output of 0.0375 is 0.04 (half to even), and no rounding line is added.</summary>
    [Fact]
    public void Anthropic_Sonnet_WithoutLineAmountDecimals_EachLineIsRoundedToTheCent()
    {
        var invoice = Complete(Contract(new PricingTerms { Currency = Currency.Usd, RateCards = [Sonnet] }), SonnetSeptember);

        Assert.Equal(0.08m, Assert.Single(invoice.Lines, l => l.CounterId == Id("output") && l.Tier == 2).Amount.Amount);
        Assert.All(invoice.Lines, l => Assert.Equal(2, l.Amount.Amount.Scale));
        Assert.DoesNotContain(invoice.Lines, l => l.Kind == InvoiceLineKind.AmountRounding);
        Assert.Equal(Usd(3.13m), invoice.Total);
    }

    // ---- OpenAI: cached tokens inside prompt tokens, a price change on a date, batch and priority ----------------------

    /// <summary>
    /// OpenAI o3 (openai.com pricing; the 80 % price cut of 10 June 2025, reported by several third parties and by the
    /// price tables of open-source cost trackers changed that day): input 10, cached input 2.50, output 40 per MTok until
    /// 9 June 2025, then 2, 0.50 and 8. Usage reports cached_tokens inside prompt_tokens (OpenAI, prompt caching guide);
    /// the Batch API halves input and output (OpenAI, Batch guide); priority processing is 3.50, 0.875 and 14 per MTok,
    /// 1.75 times the standard prices (openai.com, API priority processing). Midnight UTC is taken as the change.
    /// </summary>
    private static readonly RateCard O3 = new()
    {
        Id = Id("o3"),
        Name = "o3",
        Counters = [Counter("input"), Counter("cached", containedIn: "input"), Counter("output")],
        Prices = [PerMillion("input", 10m), PerMillion("cached", 2.50m), PerMillion("output", 40m)],
        PriceVersions = [new PriceVersion { EffectiveFrom = new LocalDate(2025, 6, 10), Prices = [PerMillion("input", 2m), PerMillion("cached", 0.50m), PerMillion("output", 8m)] }],
        Modifiers =
        [
            new PriceModifier { Id = Id("batch"), Name = "Batch API", Multiplier = 0.5m, Counters = [Id("input"), Id("output")] },
            new PriceModifier { Id = Id("priority"), Name = "Priority processing", Multiplier = 1.75m, Counters = [Id("input"), Id("cached"), Id("output")] },
        ],
    };

    /// <summary>
    /// Five requests in June 2025: 0.17856 and 0.09 under the old prices (the second one second before midnight), 0.035712,
    /// 0.18 (batch) and 0.018312 (priority) under the new ones: 0.502584, USD 0.50.
    /// </summary>
    [Fact]
    public void OpenAi_O3_CachedTokensInsidePromptTokens_AndAPriceChangeMidPeriod_TotalToTheCent()
    {
        var contract = Contract(new PricingTerms { Currency = Currency.Usd, RateCards = [O3], LineAmountDecimals = 6 });
        var usage = Records(ComputationPeriod.Month(2025, 6),
            Request("o3", "2025-06-05T12:00:00Z", ("input", 12_000), ("cached", 8_192), ("output", 3_000)),
            Request("o3", "2025-06-09T23:59:59Z", ("input", 5_000), ("output", 1_000)),
            Request("o3", "2025-06-10T00:00:00Z", ("input", 12_000), ("cached", 8_192), ("output", 3_000)),
            Request("o3", "2025-06-20T08:00:00Z", ("input", 100_000), ("output", 20_000)) with { Modifiers = [Id("batch")] },
            Request("o3", "2025-06-25T16:00:00Z", ("input", 4_000), ("cached", 1_024), ("output", 500)) with { Modifiers = [Id("priority")] });

        var invoice = Complete(contract, usage);

        Assert.Equal(0.502584m, invoice.Lines.Where(l => l.Kind == InvoiceLineKind.Usage).Sum(l => l.Amount.Amount));
        Assert.Equal(Usd(0.50m), invoice.Total);
        var oldInput = Assert.Single(invoice.Lines, l => l.CounterId == Id("input") && !l.Description.Contains("prices from", StringComparison.Ordinal));
        Assert.Equal(3_808m + 5_000m, oldInput.Quantity); // prompt tokens less the cached tokens counted inside them
        Assert.Contains(invoice.Lines, l => l.Description.Contains("prices from 2025-06-10", StringComparison.Ordinal));
    }

    /// <summary>Stating the cached tokens as separate (Anthropic's way) for OpenAI's counters would bill them twice.</summary>
    [Fact]
    public void OpenAi_O3_CachedTokensStatedAsSeparate_WouldBeBilledTwice()
    {
        var separate = O3 with { Counters = [Counter("input"), Counter("cached"), Counter("output")] };
        var usage = Records(ComputationPeriod.Month(2025, 6), Request("o3", "2025-06-05T12:00:00Z", ("input", 12_000), ("cached", 8_192), ("output", 3_000)));

        var contained = Complete(Contract(new PricingTerms { Currency = Currency.Usd, RateCards = [O3], LineAmountDecimals = 6 }), usage);
        var twice = Complete(Contract(new PricingTerms { Currency = Currency.Usd, RateCards = [separate], LineAmountDecimals = 6 }), usage);

        Assert.Equal(0.17856m, contained.Lines.Where(l => l.Kind == InvoiceLineKind.Usage).Sum(l => l.Amount.Amount));
        Assert.Equal(0.17856m + (8_192m * 10m / 1_000_000m), twice.Lines.Where(l => l.Kind == InvoiceLineKind.Usage).Sum(l => l.Amount.Amount));
    }

    // ---- Google Gemini: cached tokens inside the prompt, tiers per prompt, batch, a daily grounding allowance ----------

    /// <summary>
    /// Gemini 2.5 Pro on the Gemini Developer API (ai.google.dev, Gemini API pricing): per MTok input 1.25 for prompts up to
    /// 200K tokens and 2.50 above, context caching 0.125 and 0.25, output (thinking tokens included) 10 and 15; cache
    /// storage 4.50 per MTok per hour; batch at half the interactive input and output prices, caching unchanged.
    /// promptTokenCount includes cachedContentTokenCount, and thoughtsTokenCount is reported beside
    /// candidatesTokenCount (ai.google.dev, UsageMetadata). Grounding with Google Search: 1,500 grounded prompts free
    /// per day, then 35 per 1,000, charged pro rata (the pricing page; Google staff on discuss.ai.google.dev), the day
    /// reckoned in Pacific time as Gemini API quotas are (ai.google.dev, rate limits).
    /// </summary>
    private static PricingTerms GeminiPricing() => new()
    {
        Currency = Currency.Usd,
        LineAmountDecimals = 6,
        RateCards =
        [
            new RateCard
            {
                Id = Id("gemini-2.5-pro"),
                Name = "Gemini 2.5 Pro",
                Counters = [Counter("prompt"), Counter("cached", containedIn: "prompt"), Counter("candidates"), Counter("thoughts"), Counter("cache-storage") with { Name = "cache storage (token-hours)" }],
                RequestSize = [Id("prompt")],
                RequestTiers = [new RequestTier { Id = Id("standard") }, new RequestTier { Id = Id("long"), Above = 200_000 }],
                Prices =
                [
                    PerMillion("prompt", 1.25m), PerMillion("cached", 0.125m), PerMillion("candidates", 10m), PerMillion("thoughts", 10m), PerMillion("cache-storage", 4.50m),
                    PerMillion("prompt", 2.50m, "long"), PerMillion("cached", 0.25m, "long"), PerMillion("candidates", 15m, "long"), PerMillion("thoughts", 15m, "long"),
                ],
                Modifiers = [new PriceModifier { Id = Id("batch"), Name = "Batch API", Multiplier = 0.5m, Counters = [Id("prompt"), Id("candidates"), Id("thoughts")] }],
            },
            new RateCard
            {
                Id = Id("grounding"),
                Name = "Grounding with Google Search",
                Counters = [new UsageCounter { Id = Id("grounded-prompts"), Name = "grounded prompts", Unit = MeterUnit.Requests }],
                Prices = [new CounterPrice { Counter = Id("grounded-prompts"), Price = Usd(35m), Per = 1_000m }],
            },
        ],
        Allowances = [new Allowance { Id = Id("free-grounding"), Name = "Free grounded prompts per day", Quantity = 1_500, Resets = AllowanceReset.Daily, Counters = [new CounterReference { RateCard = Id("grounding"), Counter = Id("grounded-prompts") }] }],
    };

    private static UsageRecord Grounded(string at, long prompts) =>
        Request("grounding", at, ("grounded-prompts", prompts)) with { Requests = prompts };

    /// <summary>November 2025: four requests (one above 200K prompt tokens, one batch), 2.5 hours of cache storage, and grounded prompts on three Pacific days.</summary>
    private static readonly UsageStatement GeminiNovember = Records(ComputationPeriod.Month(2025, 11),
        Request("gemini-2.5-pro", "2025-11-03T17:00:00Z", ("prompt", 150_000), ("cached", 100_000), ("candidates", 3_000), ("thoughts", 1_000)),
        Request("gemini-2.5-pro", "2025-11-03T18:00:00Z", ("prompt", 240_000), ("cached", 100_000), ("candidates", 2_000), ("thoughts", 3_000)),
        Request("gemini-2.5-pro", "2025-11-12T09:00:00Z", ("prompt", 120_000), ("candidates", 5_000)),
        Request("gemini-2.5-pro", "2025-11-20T01:00:00Z", ("prompt", 80_000), ("candidates", 10_000), ("thoughts", 2_000)) with { Modifiers = [Id("batch")] },
        Request("gemini-2.5-pro", "2025-11-03T20:00:00Z", ("cache-storage", 250_000)),
        Grounded("2025-11-03T20:00:00Z", 1_600),
        Grounded("2025-11-04T20:00:00Z", 1_400),
        Grounded("2025-11-05T20:00:00Z", 1_510));

    /// <summary>
    /// November 2025: tokens 0.115 + 0.45 (240,000-token prompt: long) + 0.20 + 0.11 (batch) = 0.875; cache storage of
    /// 100,000 tokens for 2.5 hours 1.125; grounding 1,600, 1,400 and 1,510 prompts on three Pacific days, 110 over the daily
    /// allowance, 3.85. USD 5.85.
    /// </summary>
    [Fact]
    public void Google_Gemini_PromptTiersCachedInsidePrompt_AndADailyAllowance_TotalToTheCent()
    {
        var contract = Contract(GeminiPricing(), "America/Los_Angeles");

        var invoice = Complete(contract, GeminiNovember);

        Assert.Equal(2.00m, Lines(invoice, "gemini-2.5-pro"));
        Assert.Equal(3.85m, Lines(invoice, "grounding"));
        Assert.Equal(Usd(5.85m), invoice.Total);
        var free = Assert.Single(invoice.Lines, l => l.Kind == InvoiceLineKind.UnbilledUsage);
        Assert.Equal(4_400m, free.Quantity);
    }

    /// <summary>Rounding each of the 13 lines to the cent instead of once (half to even: 0.2125, 0.0125, 1.125, 0.025 and 0.045 round down) gives USD 5.83: where the vendor states sub-cent amounts, the contract says so.</summary>
    [Fact]
    public void Google_Gemini_LinesRoundedToTheCent_GiveAnotherTotal()
    {
        var contract = Contract(GeminiPricing() with { LineAmountDecimals = null }, "America/Los_Angeles");

        Assert.Equal(Usd(5.83m), Complete(contract, GeminiNovember).Total);
    }

    /// <summary>A day in Pacific time is not a UTC day: at 07:30 UTC on 4 November it is still 3 November in California, so the 1,500 free prompts of 3 November are already used.</summary>
    [Fact]
    public void Google_Gemini_TheAllowanceDay_IsTheContractsTimeZonesDay()
    {
        var pacific = Contract(GeminiPricing(), "America/Los_Angeles");
        var utc = Contract(GeminiPricing());
        var usage = Records(ComputationPeriod.Month(2025, 11), Grounded("2025-11-03T20:00:00Z", 1_500), Grounded("2025-11-04T07:30:00Z", 100));

        Assert.Equal(3.50m, Lines(Complete(pacific, usage), "grounding"));
        Assert.Equal(0m, Lines(Complete(utc, usage), "grounding"));
    }

    /// <summary>
    /// A pooled allowance: on the Gemini API the 1,500 free grounded prompts a day of Gemini 2.5 Flash are shared with
    /// Flash-Lite (ai.google.dev, Gemini API pricing, both models: 1,500 requests a day free, shared, then 35 per 1,000
    /// grounded prompts). One Pacific day with 1,000 Flash and 800 Flash-Lite grounded prompts: 300 over the shared
    /// allowance, 10.50 USD, where two separate allowances would bill nothing.
    /// </summary>
    [Fact]
    public void Google_Gemini_APooledAllowance_IsSharedByTheRateCardsThatDrawOnIt()
    {
        static RateCard Grounding(string id) => new()
        {
            Id = Id(id),
            Name = id,
            Counters = [new UsageCounter { Id = Id("grounded-prompts"), Name = "grounded prompts", Unit = MeterUnit.Requests }],
            Prices = [new CounterPrice { Counter = Id("grounded-prompts"), Price = Usd(35m), Per = 1_000m }],
        };
        static CounterReference Draw(string card) => new() { RateCard = Id(card), Counter = Id("grounded-prompts") };
        var shared = new Allowance { Id = Id("free-grounding"), Name = "Free grounded prompts per day, Flash and Flash-Lite together", Quantity = 1_500, Resets = AllowanceReset.Daily, Counters = [Draw("flash"), Draw("flash-lite")] };
        var pricing = new PricingTerms { Currency = Currency.Usd, RateCards = [Grounding("flash"), Grounding("flash-lite")], Allowances = [shared] };
        var usage = Records(ComputationPeriod.Month(2025, 11),
            Request("flash", "2025-11-10T18:00:00Z", ("grounded-prompts", 1_000)) with { Requests = 1_000 },
            Request("flash-lite", "2025-11-10T20:00:00Z", ("grounded-prompts", 800)) with { Requests = 800 });

        var pooled = Complete(Contract(pricing, "America/Los_Angeles"), usage);
        var separate = Complete(Contract(pricing with { Allowances = [shared with { Counters = [Draw("flash")] }, shared with { Id = Id("free-lite"), Counters = [Draw("flash-lite")] }] }, "America/Los_Angeles"), usage);

        Assert.Equal(Usd(10.50m), pooled.Total);
        Assert.Equal(0m, Lines(pooled, "flash"));
        Assert.Equal(10.50m, Lines(pooled, "flash-lite")); // the first units used (Flash's, earlier that day) were free
        Assert.Equal(Usd(0.00m), separate.Total);
    }

    // ---- Cohere: quantities rounded per request ------------------------------------------------------------------

    /// <summary>
    /// Cohere Rerank 3.5: 2.00 per 1,000 searches, a search being one query with up to 100 documents (cohere.com pricing,
    /// as quoted by two third-party copies; AWS documents the same unit for Cohere rerank on Bedrock). Counting documents
    /// per call and rounding each call up to a multiple of 100: calls of 80, 250, 100, 150 and 1 documents are 8 searches,
    /// 0.016, USD 0.02.
    /// </summary>
    [Fact]
    public void Cohere_Rerank_DocumentsRoundedUpPerRequest_AreSearchUnits()
    {
        var rerank = new RateCard
        {
            Id = Id("rerank-3.5"),
            Name = "Rerank 3.5",
            Counters = [new UsageCounter { Id = Id("documents"), Name = "documents", Unit = MeterUnit.Documents, Rounding = new QuantityRounding { Increment = 100, Mode = RoundingMode.Up, Level = QuantityRoundingLevel.Request } }],
            Prices = [new CounterPrice { Counter = Id("documents"), Price = Usd(2.00m), Per = 100_000m }],
        };
        var contract = Contract(new PricingTerms { Currency = Currency.Usd, RateCards = [rerank], LineAmountDecimals = 6 });
        var usage = Records(ComputationPeriod.Month(2025, 10),
            Request("rerank-3.5", "2025-10-01T10:00:00Z", ("documents", 80)),
            Request("rerank-3.5", "2025-10-02T10:00:00Z", ("documents", 250)),
            Request("rerank-3.5", "2025-10-03T10:00:00Z", ("documents", 100)),
            Request("rerank-3.5", "2025-10-04T10:00:00Z", ("documents", 150)),
            Request("rerank-3.5", "2025-10-05T10:00:00Z", ("documents", 1)));

        var invoice = Complete(contract, usage);

        var line = Assert.Single(invoice.Lines, l => l.Kind == InvoiceLineKind.Usage);
        Assert.Equal(800m, line.Quantity);
        Assert.Equal(0.016m, line.Amount.Amount);
        Assert.Equal(Usd(0.02m), invoice.Total);
    }

    /// <summary>
    /// Anthropic's code execution tool: 0.05 per session-hour with a minimum of 5 minutes per session; web search 10 per
    /// 1,000 searches (docs.claude.com, Pricing). Sessions of 2, 12 and 61 minutes bill 78 minutes, 0.065; 1,234 searches
    /// 12.34; 12.405 rounded once, half away from zero, USD 12.41.
    /// </summary>
    [Fact]
    public void Anthropic_CodeExecution_AMinimumQuantityPerRequest_IsBilled()
    {
        var tools = new RateCard
        {
            Id = Id("server-tools"),
            Name = "Server tools",
            Counters =
            [
                new UsageCounter { Id = Id("session-minutes"), Name = "code execution minutes", Unit = MeterUnit.ComputeHours, Rounding = new QuantityRounding { Increment = 1, Minimum = 5 } },
                new UsageCounter { Id = Id("web-searches"), Name = "web searches", Unit = MeterUnit.Requests },
            ],
            Prices = [new CounterPrice { Counter = Id("session-minutes"), Price = Usd(0.05m), Per = 60m }, new CounterPrice { Counter = Id("web-searches"), Price = Usd(10m), Per = 1_000m }],
        };
        var contract = Contract(new PricingTerms { Currency = Currency.Usd, RateCards = [tools], LineAmountDecimals = 6, Rounding = RoundingMode.HalfAwayFromZero });
        var usage = Records(ComputationPeriod.Month(2025, 10),
            Request("server-tools", "2025-10-01T10:00:00Z", ("session-minutes", 2)),
            Request("server-tools", "2025-10-02T10:00:00Z", ("session-minutes", 12)),
            Request("server-tools", "2025-10-03T10:00:00Z", ("session-minutes", 61), ("web-searches", 1_234)));

        var invoice = Complete(contract, usage);

        Assert.Equal(78m, Assert.Single(invoice.Lines, l => l.CounterId == Id("session-minutes")).Quantity);
        Assert.Equal(Usd(12.41m), invoice.Total);
    }

    // ---- Mistral: a minimum fee per job and a monthly fee per stored model ------------------------------------------

    /// <summary>
    /// Mistral fine-tuning: every job has a minimum fee of 4 and every fine-tuned model a storage fee of 2 a month
    /// (docs.mistral.ai, Fine-tuning); Mistral NeMo training at 1 per MTok (mistral.ai price table as of 2024-12-22, quoted
    /// by a third party). Jobs of 1,500,000, 9,000,000 and 3,999,999 training tokens bill 4.00, 9.00 and 4.00; three
    /// stored models 6.00: USD 23.00.
    /// </summary>
    [Fact]
    public void Mistral_FineTuning_AMinimumPerJob_AndAMonthlyFeePerStoredModel()
    {
        var fineTuning = new RateCard
        {
            Id = Id("nemo-fine-tuning"),
            Name = "Mistral NeMo fine-tuning",
            Counters = [Counter("training-tokens"), new UsageCounter { Id = Id("stored-models"), Name = "stored models (per month)" }],
            Prices = [PerMillion("training-tokens", 1m), new CounterPrice { Counter = Id("stored-models"), Price = Usd(2m) }],
            MinimumPerJob = Usd(4m),
        };
        var contract = Contract(new PricingTerms { Currency = Currency.Usd, RateCards = [fineTuning] });
        var usage = Records(ComputationPeriod.Month(2025, 10),
            Request("nemo-fine-tuning", "2025-10-01T10:00:00Z", ("training-tokens", 1_500_000)) with { Job = "ftjob-1" },
            Request("nemo-fine-tuning", "2025-10-08T10:00:00Z", ("training-tokens", 9_000_000)) with { Job = "ftjob-2" },
            Request("nemo-fine-tuning", "2025-10-15T10:00:00Z", ("training-tokens", 3_999_999)) with { Job = "ftjob-3" },
            new UsageRecord { RateCard = Id("nemo-fine-tuning"), Counters = [new CounterQuantity { Counter = Id("stored-models"), Quantity = 3 }] });

        var invoice = Complete(contract, usage);

        var shortfalls = invoice.Lines.Where(l => l.Kind == InvoiceLineKind.JobMinimumTrueUp).ToList();
        Assert.Equal(2, shortfalls.Count);
        Assert.Equal(2.50m, shortfalls[0].Amount.Amount); // ftjob-1: 1.50 charged, 4 minimum
        Assert.Equal(Usd(23.00m), invoice.Total);
    }
}

using System.Text;
using System.Text.Json;
using AiContracts.Domain;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.Validation;
using AiContracts.Json.Internal;
using NodaTime;
using NodaTime.Text;

namespace AiContracts.Json;

/// <summary>
/// Reads and writes playbooks as JSON documents (schema: <see cref="PlaybookSchema"/>). Reading never throws for bad
/// input: a malformed or invalid document gets diagnostics with the same codes, pointers and positions as a contract
/// document (AIC0001 malformed JSON, AIC0010 wrong type, AIC0011 missing member, AIC0012 unknown member, AIC0013
/// unknown name, AIC0014 wrong form, AIC0015 out of range).
/// </summary>
/// <example>
/// <code>
/// {"name": "procurement-2026", "version": "1.0", "extends": "ai-deployment-baseline",
///  "parameters": {"longestRetention": "P1Y"}, "severities": {"AIC6002": "Error"}}
/// </code>
/// </example>
/// <remarks>Custom rules exist only in C#: a JSON playbook names built-in rules. Thread safety: all members are safe to call from any thread.</remarks>
public static class PlaybookJson
{
    private const int MaxDepth = 16;

    private static readonly string[] Members = ["$schema", "name", "version", "description", "extends", "rules", "parameters", "severities", "allFindingsAreErrors"];

    private static readonly string[] ParameterMembers =
    [
        "longestRetention", "latestBreachNotification", "smallestCredit", "upfrontFeeThreshold", "largestPriceIncrease",
        "shortestDeprecationNotice", "leastFrequentReporting", "latestCriticalIncidentNotification", "shortestModelChangeNotice",
        "latestPortabilityDeadline",
    ];

    /// <summary>Reads a playbook document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The playbook, or the findings that keep the document from being one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static DocumentResult<Playbook> Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Result(DocumentPipeline.Read<Playbook>(json, Spec, ReadDocument));
    }

    /// <summary>Reads a playbook document given as UTF-8 bytes (a leading byte-order mark is allowed), as a file holds it.</summary>
    /// <param name="utf8Json">The UTF-8 JSON.</param>
    /// <returns>The playbook, or the findings that keep the document from being one.</returns>
    public static DocumentResult<Playbook> Read(ReadOnlyMemory<byte> utf8Json) => Result(DocumentPipeline.Read<Playbook>(utf8Json, Spec, ReadDocument));

    /// <summary>Reads a playbook document from a stream of UTF-8 JSON (a leading byte-order mark is allowed); the stream is read to its end, not closed.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The playbook, or the findings that keep the document from being one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">Reading the stream failed; the stream's own exceptions surface as they are.</exception>
    public static DocumentResult<Playbook> Read(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return Result(DocumentPipeline.Read<Playbook>(utf8Json, Spec, ReadDocument));
    }

    /// <summary>Reads a playbook document asynchronously from a stream of UTF-8 JSON; the stream is read to its end, not closed.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="cancellationToken">Cancels reading the stream and, once it is read, reading the playbook.</param>
    /// <returns>The playbook, or the findings that keep the document from being one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="IOException">Reading the stream failed; the stream's own exceptions surface as they are.</exception>
    public static async ValueTask<DocumentResult<Playbook>> ReadAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return Result(await DocumentPipeline.ReadAsync<Playbook>(utf8Json, Spec, ReadDocument, cancellationToken).ConfigureAwait(false));
    }

    private static DocumentSpec Spec { get; } = new(DocumentKind.Playbook, AiContractJsonOptions.Default.MaxDocumentBytes, MaxDepth, 1000, AiContractSerializer.Default.JsonSerializerOptions, null);

    private static Playbook? ReadDocument(SourceDocument source, List<Diagnostic> findings) => new Reader(findings).Read(source.Root);

    private static DocumentResult<Playbook> Result((Playbook? Value, List<Diagnostic> Findings) read)
    {
        var report = new ValidationReport(ValueArray.From(read.Findings));
        return new(report.IsValid ? read.Value : null, report);
    }

    /// <summary>Writes a playbook as an indented JSON document; its custom rules, which exist only in C#, are left out.</summary>
    /// <param name="playbook">The playbook.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="playbook"/> is null.</exception>
    public static string Write(Playbook playbook)
    {
        ArgumentNullException.ThrowIfNull(playbook);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            var p = playbook.Parameters;
            w.WriteStartObject();
            w.WriteString("$schema", PlaybookSchema.Id);
            w.WriteString("name", playbook.Name);
            w.WriteString("version", playbook.Version);
            if (playbook.Description is not null)
            {
                w.WriteString("description", playbook.Description);
            }

            w.WriteStartArray("rules");
            foreach (var id in playbook.RuleIds)
            {
                w.WriteStringValue(id);
            }

            w.WriteEndArray();
            w.WriteStartObject("parameters");
            w.WriteString("longestRetention", Format(p.LongestRetention));
            w.WriteString("latestBreachNotification", Format(p.LatestBreachNotification));
            w.WriteNumber("smallestCredit", p.SmallestCredit.Value);
            if (p.UpfrontFeeThreshold is { } fee)
            {
                w.WriteStartObject("upfrontFeeThreshold");
                w.WriteNumber("amount", fee.Amount);
                w.WriteString("currency", fee.Currency.Code);
                w.WriteEndObject();
            }

            w.WriteNumber("largestPriceIncrease", p.LargestPriceIncrease.Value);
            w.WriteString("shortestDeprecationNotice", Format(p.ShortestDeprecationNotice));
            w.WriteString("leastFrequentReporting", p.LeastFrequentReporting.Name);
            w.WriteString("latestCriticalIncidentNotification", Format(p.LatestCriticalIncidentNotification));
            w.WriteString("shortestModelChangeNotice", Format(p.ShortestModelChangeNotice));
            w.WriteString("latestPortabilityDeadline", Format(p.LatestPortabilityDeadline));
            w.WriteEndObject();
            w.WriteStartObject("severities");
            foreach (var s in playbook.Severities)
            {
                w.WriteString(s.Code, s.Severity.Name);
            }

            w.WriteEndObject();
            w.WriteBoolean("allFindingsAreErrors", playbook.AllFindingsAreErrors);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Format(Period period) =>
        period.Milliseconds == 0 && period.Ticks == 0 && period.Nanoseconds == 0 ? PeriodPattern.Roundtrip.Format(period) : PeriodPattern.NormalizingIso.Format(period);

    /// <summary>Walks one document, collecting every finding rather than stopping at the first.</summary>
    private sealed class Reader(List<Diagnostic> findings)
    {
        private const string Rule = "schema";

        public Playbook? Read(JsonElement root)
        {
            if (!Is(root, JsonValueKind.Object, JsonPointer.Root, "an object"))
            {
                return null;
            }

            Unknown(root, JsonPointer.Root, Members, "a playbook");
            var name = RequiredString(root, "name");
            var version = RequiredString(root, "version");
            var playbook = new Playbook { Name = name ?? string.Empty, Version = version ?? string.Empty };
            if (root.TryGetProperty("extends", out var extends) && Is(extends, JsonValueKind.String, JsonPointer.Root / "extends", "a string"))
            {
                var baseName = extends.GetString()!;
                var known = Playbook.BuiltIn.FirstOrDefault(p => p.Name == baseName);
                if (known is null)
                {
                    Add(DiagnosticCatalogue.UnknownName, JsonPointer.Root / "extends", ("value", baseName), ("type", "built-in playbook"), ("allowed", string.Join(", ", Playbook.BuiltIn.Select(p => p.Name))));
                }
                else
                {
                    playbook = known with { Name = playbook.Name, Version = playbook.Version };
                }
            }

            if (root.TryGetProperty("description", out var description) && Is(description, JsonValueKind.String, JsonPointer.Root / "description", "a string"))
            {
                playbook = playbook with { Description = description.GetString() };
            }

            if (root.TryGetProperty("rules", out var rules) && Is(rules, JsonValueKind.Array, JsonPointer.Root / "rules", "an array of rule identifiers"))
            {
                var ids = new List<string>();
                var i = 0;
                foreach (var rule in rules.EnumerateArray())
                {
                    var at = JsonPointer.Root / "rules" / i++;
                    if (!Is(rule, JsonValueKind.String, at, "a rule identifier"))
                    {
                        continue;
                    }

                    var id = rule.GetString()!;
                    if (BuiltInRules.Contains(id))
                    {
                        ids.Add(id);
                    }
                    else
                    {
                        Add(DiagnosticCatalogue.UnknownName, at, ("value", id), ("type", "built-in rule"), ("allowed", string.Join(", ", BuiltInRules.Ids)));
                    }
                }

                playbook = playbook with { RuleIds = ValueArray.From(ids) };
            }
            else if (!root.TryGetProperty("extends", out _))
            {
                Add(DiagnosticCatalogue.MissingMember, JsonPointer.Root, ("type", "A playbook that extends no built-in playbook"), ("member", "rules"));
            }

            if (root.TryGetProperty("parameters", out var parameters) && Is(parameters, JsonValueKind.Object, JsonPointer.Root / "parameters", "an object"))
            {
                playbook = playbook with { Parameters = Parameters(parameters, playbook.Parameters) };
            }

            if (root.TryGetProperty("severities", out var severities) && Is(severities, JsonValueKind.Object, JsonPointer.Root / "severities", "an object of codes and severities"))
            {
                var overrides = new List<SeverityOverride>();
                foreach (var entry in severities.EnumerateObject())
                {
                    var at = JsonPointer.Root / "severities" / entry.Name;
                    if (!DiagnosticCatalogue.All.Any(d => d.Code == entry.Name))
                    {
                        Add(DiagnosticCatalogue.UnknownName, at, ("value", entry.Name), ("type", "diagnostic code"), ("allowed", "the codes of docs/rules.md, such as AIC6002"));
                    }
                    else if (Is(entry.Value, JsonValueKind.String, at, "a severity") && Named<DiagnosticSeverity>(entry.Value.GetString()!, at) is { } severity)
                    {
                        overrides.Add(new SeverityOverride { Code = entry.Name, Severity = severity });
                    }
                }

                playbook = playbook with { Severities = ValueArray.From(overrides) };
            }

            if (root.TryGetProperty("allFindingsAreErrors", out var all))
            {
                if (all.ValueKind is JsonValueKind.True or JsonValueKind.False)
                {
                    playbook = playbook with { AllFindingsAreErrors = all.GetBoolean() };
                }
                else
                {
                    WrongType(JsonPointer.Root / "allFindingsAreErrors", "a boolean", all);
                }
            }

            return playbook;
        }

        private PlaybookParameters Parameters(JsonElement element, PlaybookParameters parameters)
        {
            Unknown(element, JsonPointer.Root / "parameters", ParameterMembers, "the playbook parameters");
            return parameters with
            {
                LongestRetention = PeriodOf(element, "longestRetention") ?? parameters.LongestRetention,
                LatestBreachNotification = PeriodOf(element, "latestBreachNotification") ?? parameters.LatestBreachNotification,
                SmallestCredit = PercentageOf(element, "smallestCredit") ?? parameters.SmallestCredit,
                UpfrontFeeThreshold = MoneyOf(element, "upfrontFeeThreshold") ?? parameters.UpfrontFeeThreshold,
                LargestPriceIncrease = PercentageOf(element, "largestPriceIncrease") ?? parameters.LargestPriceIncrease,
                ShortestDeprecationNotice = PeriodOf(element, "shortestDeprecationNotice") ?? parameters.ShortestDeprecationNotice,
                LeastFrequentReporting = element.TryGetProperty("leastFrequentReporting", out var cadence) && Is(cadence, JsonValueKind.String, JsonPointer.Root / "parameters" / "leastFrequentReporting", "a cadence")
                    ? Named<Cadence>(cadence.GetString()!, JsonPointer.Root / "parameters" / "leastFrequentReporting") ?? parameters.LeastFrequentReporting
                    : parameters.LeastFrequentReporting,
                LatestCriticalIncidentNotification = PeriodOf(element, "latestCriticalIncidentNotification") ?? parameters.LatestCriticalIncidentNotification,
                ShortestModelChangeNotice = PeriodOf(element, "shortestModelChangeNotice") ?? parameters.ShortestModelChangeNotice,
                LatestPortabilityDeadline = PeriodOf(element, "latestPortabilityDeadline") ?? parameters.LatestPortabilityDeadline,
            };
        }

        private Period? PeriodOf(JsonElement parent, string member)
        {
            var at = JsonPointer.Root / "parameters" / member;
            if (!parent.TryGetProperty(member, out var value) || !Is(value, JsonValueKind.String, at, "an ISO 8601 period"))
            {
                return null;
            }

            // Roundtrip keeps the units as written (PT72H stays PT72H); NormalizingIso also takes fractional seconds.
            var result = PeriodPattern.Roundtrip.Parse(value.GetString()!);
            if (!result.Success)
            {
                result = PeriodPattern.NormalizingIso.Parse(value.GetString()!);
            }

            if (result.Success)
            {
                return result.Value;
            }

            Add(DiagnosticCatalogue.WrongForm, at, ("value", value.GetString()!), ("expected", "an ISO 8601 period such as P1Y, P30D or PT72H"));
            return null;
        }

        private Percentage? PercentageOf(JsonElement parent, string member)
        {
            var at = JsonPointer.Root / "parameters" / member;
            if (!parent.TryGetProperty(member, out var value) || !Is(value, JsonValueKind.Number, at, "a percentage between 0 and 100"))
            {
                return null;
            }

            if (value.TryGetDecimal(out var number) && Percentage.TryFromPercent(number, out var percentage))
            {
                return percentage;
            }

            Add(DiagnosticCatalogue.OutOfRange, at, ("value", value.GetRawText()), ("range", "a percentage is between 0 and 100"));
            return null;
        }

        private Money? MoneyOf(JsonElement parent, string member)
        {
            var at = JsonPointer.Root / "parameters" / member;
            if (!parent.TryGetProperty(member, out var value) || !Is(value, JsonValueKind.Object, at, "an amount of money"))
            {
                return null;
            }

            Unknown(value, at, ["amount", "currency"], "an amount of money");
            decimal? amount = null;
            Currency? currency = null;
            if (!value.TryGetProperty("amount", out var a))
            {
                Add(DiagnosticCatalogue.MissingMember, at, ("type", "An amount of money"), ("member", "amount"));
            }
            else if (Is(a, JsonValueKind.Number, at / "amount", "a number"))
            {
                amount = a.TryGetDecimal(out var d) ? d : null;
                if (amount is null)
                {
                    Add(DiagnosticCatalogue.OutOfRange, at / "amount", ("value", a.GetRawText()), ("range", "an amount must fit a decimal"));
                }
            }

            if (!value.TryGetProperty("currency", out var c))
            {
                Add(DiagnosticCatalogue.MissingMember, at, ("type", "An amount of money"), ("member", "currency"));
            }
            else if (Is(c, JsonValueKind.String, at / "currency", "an ISO 4217 currency code"))
            {
                if (!Currency.TryFromCode(c.GetString(), out currency))
                {
                    Add(DiagnosticCatalogue.UnknownName, at / "currency", ("value", c.GetString()!), ("type", "currency"), ("allowed", "an active ISO 4217 code such as EUR, USD or GBP"));
                }
            }

            return amount is { } x && currency is not null ? new Money(x, currency) : null;
        }

        private T? Named<T>(string name, JsonPointer at)
            where T : Ardalis.SmartEnum.SmartEnum<T>
        {
            if (Ardalis.SmartEnum.SmartEnum<T>.TryFromName(name, ignoreCase: false, out var value))
            {
                return value;
            }

            Add(DiagnosticCatalogue.UnknownName, at, ("value", name), ("type", typeof(T).Name), ("allowed", string.Join(", ", Ardalis.SmartEnum.SmartEnum<T>.List.OrderBy(v => v.Value).Select(v => v.Name))));
            return null;
        }

        private string? RequiredString(JsonElement root, string member)
        {
            if (!root.TryGetProperty(member, out var value))
            {
                Add(DiagnosticCatalogue.MissingMember, JsonPointer.Root, ("type", "A playbook"), ("member", member));
                return null;
            }

            return Is(value, JsonValueKind.String, JsonPointer.Root / member, "a string") ? value.GetString() : null;
        }

        private void Unknown(JsonElement element, JsonPointer at, string[] allowed, string type)
        {
            foreach (var property in element.EnumerateObject().Where(p => !allowed.Contains(p.Name, StringComparer.Ordinal)))
            {
                Add(DiagnosticCatalogue.UnknownMember, at / property.Name, ("member", property.Name), ("type", type), ("allowed", string.Join(", ", allowed)));
            }
        }

        private bool Is(JsonElement element, JsonValueKind kind, JsonPointer at, string expected)
        {
            if (element.ValueKind == kind)
            {
                return true;
            }

            WrongType(at, expected, element);
            return false;
        }

        private void WrongType(JsonPointer at, string expected, JsonElement found) =>
            Add(DiagnosticCatalogue.WrongType, at, ("expected", expected), ("found", found.ValueKind switch
            {
                JsonValueKind.Object => "an object",
                JsonValueKind.Array => "an array",
                JsonValueKind.String => "a string",
                JsonValueKind.Number => "a number",
                JsonValueKind.True or JsonValueKind.False => "a boolean",
                _ => "null",
            }));

        private void Add(DiagnosticDescriptor descriptor, JsonPointer pointer, params (string Name, string Value)[] arguments) =>
            findings.Add(descriptor.Create(pointer, Rule, arguments));
    }
}

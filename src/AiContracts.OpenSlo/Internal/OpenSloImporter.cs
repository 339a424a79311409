using System.Globalization;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Internal;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.ServiceLevels;
using NodaTime;
using NodaTime.Text;
using static AiContracts.OpenSlo.Internal.OpenSloVocabulary;

namespace AiContracts.OpenSlo.Internal;

/// <summary>Maps OpenSLO v1 documents to KPIs and objectives; see docs/openslo.md for the table.</summary>
internal sealed class OpenSloImporter(Findings findings)
{
    private const string Rule = "openslo-import";

    private readonly Dictionary<string, (YamlNode Node, JsonPointer Pointer)> slis = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> dataSourceTypes = new(StringComparer.Ordinal);
    private readonly List<KpiDefinition> kpis = [];
    private readonly List<ServiceLevelObjective> objectives = [];
    private readonly Dictionary<string, JsonPointer> kpiPointers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonPointer> objectivePointers = new(StringComparer.Ordinal);
    private DateTimeZone? zone;

    /// <summary>Reads UTF-8: refused at the first byte that is not UTF-8 (never replaced), else read as text.</summary>
    internal static OpenSloImport Import(ReadOnlyMemory<byte> utf8, OpenSloOptions options)
    {
        utf8 = TextInput.WithoutByteOrderMark(utf8);
        if (utf8.Length > options.MaxBytes)
        {
            return Refused(new LineIndex(utf8, LineBreaks.Yaml), f => f.Add(ReaderFindings.TooLarge(options.MaxBytes)));
        }

        if (TextInput.FirstInvalidUtf8(utf8.Span) is var invalid and >= 0)
        {
            var detail = TextInput.InvalidUtf8Detail(utf8.Span, invalid);
            return Refused(new LineIndex(utf8, LineBreaks.Yaml), f => f.AtByte(OpenSloDiagnostics.MalformedYaml, JsonPointer.Root, invalid, ("detail", detail)));
        }

        return Import(System.Text.Encoding.UTF8.GetString(utf8.Span), options);
    }

    internal static OpenSloImport Import(string text, OpenSloOptions options)
    {
        if (TextInput.LoneSurrogate(text) is var surrogate and >= 0)
        {
            // A lone surrogate has no UTF-8 form: refused where it is, as the JSON pipeline refuses it.
            return Refused(new LineIndex(text, LineBreaks.Yaml), f =>
            {
                var (line, column) = f.Source.AtChar(surrogate);
                f.AtLine(OpenSloDiagnostics.MalformedYaml, JsonPointer.Root, line, column, ("detail", "the text has a lone surrogate, which is not valid Unicode."));
            });
        }

        text = YamlReader.WithoutDocumentByteOrderMarks(text);
        var findings = new Findings(new LineIndex(text, LineBreaks.Yaml), DocumentKind.OpenSlo, Rule);
        var documents = YamlReader.Read(text, findings, options);
        var importer = new OpenSloImporter(findings);
        importer.Run(documents);
        return new OpenSloImport
        {
            Kpis = findings.HasErrors ? [] : ValueArray.From(importer.kpis),
            Objectives = findings.HasErrors ? [] : ValueArray.From(importer.objectives),
            TimeZone = findings.HasErrors ? null : importer.zone,
            Report = findings.ToReport(),
        };
    }

    private static OpenSloImport Refused(LineIndex source, Action<Findings> report)
    {
        var findings = new Findings(source, DocumentKind.OpenSlo, Rule);
        report(findings);
        return new OpenSloImport { Report = findings.ToReport() };
    }

    private void Run(List<YamlNode> documents)
    {
        // First pass: check each document's envelope and index the SLIs and data sources that SLOs refer to.
        var slos = new List<(YamlNode Node, JsonPointer Pointer, string Name)>();
        for (var i = 0; i < documents.Count; i++)
        {
            var p = JsonPointer.Root / i;
            var doc = documents[i];
            if (doc.IsNull && doc.Kind == YamlNodeKind.Scalar)
            {
                continue; // an empty document, as after a trailing '---'
            }

            if (!Envelope(doc, p, out var kind, out var name))
            {
                continue;
            }

            switch (kind)
            {
                case "SLO":
                    slos.Add((doc, p, name));
                    break;
                case "SLI":
                    if (!slis.TryAdd(name, (doc, p)))
                    {
                        findings.At(DiagnosticCatalogue.DuplicateId, p / "metadata" / "name", doc["metadata"]!["name"]!, ("value", name), ("what", "an SLI"), ("first", slis[name].Pointer.ToString()));
                    }

                    break;
                case "DataSource":
                    if (Mapping(doc["spec"], p / "spec", required: false) is { } ds && Text(ds["type"], p / "spec" / "type") is { } type)
                    {
                        dataSourceTypes[name] = type;
                    }

                    break;
                case "Service":
                    findings.At(OpenSloDiagnostics.Assumed, p, doc, ("detail", $"Service '{name}' is read as the group of the file's SLOs; a contract is that group, so the Service itself adds nothing."));
                    break;
                default:
                    findings.At(OpenSloDiagnostics.NotImported, p / "kind", doc["kind"]!, ("what", $"{kind} '{name}'"),
                        ("detail", "alerting (AlertPolicy, AlertCondition, AlertNotificationTarget) is the operators' business, not a term of the contract."));
                    break;
            }
        }

        foreach (var (node, p, name) in slos)
        {
            Slo(node, p, name);
        }
    }

    /// <summary>Checks apiVersion, kind and metadata.name; false when the document is not to be read further.</summary>
    private bool Envelope(YamlNode doc, JsonPointer p, out string kind, out string name)
    {
        kind = string.Empty;
        name = string.Empty;
        if (doc.Kind != YamlNodeKind.Mapping)
        {
            findings.At(DiagnosticCatalogue.WrongType, p, doc, ("expected", "a mapping (an OpenSLO document)"), ("found", doc.Describe()));
            return false;
        }

        var version = Text(doc["apiVersion"], p / "apiVersion");
        if (version is null)
        {
            Missing(doc, p, "an OpenSLO document", "apiVersion");
            return false;
        }

        if (version != ApiVersion)
        {
            findings.At(DiagnosticCatalogue.UnsupportedVersion, p / "apiVersion", doc["apiVersion"]!, ("value", version), ("supported", ApiVersion));
            return false;
        }

        var kindText = Text(doc["kind"], p / "kind");
        if (kindText is null)
        {
            Missing(doc, p, "an OpenSLO document", "kind");
            return false;
        }

        if (!Kinds.Contains(kindText, StringComparer.Ordinal))
        {
            findings.At(OpenSloDiagnostics.UnknownKind, p / "kind", doc["kind"]!, ("value", kindText), ("allowed", string.Join(", ", Kinds)));
            return false;
        }

        var metadata = Mapping(doc["metadata"], p / "metadata", required: true, doc, "an OpenSLO document", "metadata");
        var nameText = metadata is null ? null : Text(metadata["name"], p / "metadata" / "name");
        if (metadata is not null && nameText is null)
        {
            Missing(metadata, p / "metadata", "metadata", "name");
        }

        kind = kindText;
        name = nameText ?? string.Empty;
        return nameText is not null;
    }

    private void Slo(YamlNode doc, JsonPointer p, string name)
    {
        var metadata = doc["metadata"]!;
        var annotations = Annotations(metadata, p / "metadata");
        var spec = Mapping(doc["spec"], p / "spec", required: true, doc, "an SLO", "spec");
        if (spec is null)
        {
            return;
        }

        var sp = p / "spec";
        var errorsBefore = findings.HasErrors;

        // The indicator: inline, or by reference to an SLI of the file.
        YamlNode? indicatorSpec = null;
        var indicatorPointer = sp / "indicator" / "spec";
        if (spec["indicator"] is { } inline)
        {
            if (Mapping(inline, sp / "indicator", required: true) is { } i)
            {
                indicatorSpec = Mapping(i["spec"], sp / "indicator" / "spec", required: true, i, "an indicator", "spec");
            }
        }
        else if (Text(spec["indicatorRef"], sp / "indicatorRef") is { } reference)
        {
            if (slis.TryGetValue(reference, out var sli))
            {
                indicatorPointer = sli.Pointer / "spec";
                indicatorSpec = Mapping(sli.Node["spec"], indicatorPointer, required: true, sli.Node, "an SLI", "spec");
            }
            else
            {
                findings.At(DiagnosticCatalogue.UnknownReference, sp / "indicatorRef", spec["indicatorRef"]!, ("value", reference), ("what", "SLI in the file"),
                    ("allowed", slis.Count == 0 ? "(none)" : string.Join(", ", slis.Keys.Order(StringComparer.Ordinal))));
            }
        }
        else
        {
            Missing(spec, sp, "an SLO", "indicator' or 'indicatorRef");
        }

        var budgeting = Text(spec["budgetingMethod"], sp / "budgetingMethod");
        if (budgeting is null)
        {
            Missing(spec, sp, "an SLO", "budgetingMethod");
        }
        else if (budgeting is not ("Occurrences" or "Timeslices" or "RatioTimeslices"))
        {
            findings.At(DiagnosticCatalogue.UnknownName, sp / "budgetingMethod", spec["budgetingMethod"]!, ("value", budgeting), ("type", "budgeting method"), ("allowed", "Occurrences, Timeslices, RatioTimeslices"));
            budgeting = null;
        }

        if (spec["service"] is { } service && Text(service, sp / "service") is { } serviceName)
        {
            findings.At(OpenSloDiagnostics.Assumed, sp / "service", service, ("detail", $"The SLO's service '{serviceName}' is not carried: the KPIs belong to the contract the file is imported into."));
        }

        if (spec["alertPolicies"] is { } alerts)
        {
            findings.At(OpenSloDiagnostics.NotImported, sp / "alertPolicies", alerts, ("what", "alertPolicies"), ("detail", "alerting is the operators' business, not a term of the contract."));
        }

        var window = Window(spec["timeWindow"], sp / "timeWindow");
        var indicator = indicatorSpec is null ? null : Indicator(indicatorSpec, indicatorPointer);
        var objectiveList = spec["objectives"];
        if (objectiveList is null)
        {
            Missing(spec, sp, "an SLO", "objectives");
            return;
        }

        if (objectiveList.Kind != YamlNodeKind.Sequence || objectiveList.Items.Count == 0)
        {
            findings.At(DiagnosticCatalogue.WrongType, sp / "objectives", objectiveList, ("expected", "a non-empty sequence of objectives"), ("found", objectiveList.Describe()));
            return;
        }

        if (indicator is null || budgeting is null || (findings.HasErrors && !errorsBefore))
        {
            return;
        }

        var baseId = annotations.GetValueOrDefault(Annotation.KpiId) ?? name;
        // Written by this package: the ids of the contract's objectives on the KPI, possibly none.
        var objectiveIds = annotations.GetValueOrDefault(Annotation.ObjectiveIds)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var count = objectiveList.Items.Count;
        for (var k = 0; k < count; k++)
        {
            var op = sp / "objectives" / k;
            var id = count == 1 ? baseId : string.Create(CultureInfo.InvariantCulture, $"{baseId}-{k + 1}");
            Objective(objectiveList.Items[k], op, id, k == 0 ? objectiveIds : null, doc, p, metadata, annotations, spec, indicator, budgeting, window);
        }
    }

    private void Objective(
        YamlNode node, JsonPointer op, string id, string[]? objectiveIds, YamlNode doc, JsonPointer p, YamlNode metadata, Dictionary<string, string> annotations,
        YamlNode spec, IndicatorShape indicator, string budgeting, MeasurementWindow? window)
    {
        var o = Mapping(node, op, required: true);
        if (o is null)
        {
            return;
        }

        if (!LocalId.TryFrom(id, out var kpiId))
        {
            findings.At(DiagnosticCatalogue.WrongForm, p / "metadata" / "name", metadata["name"]!, ("value", id), ("expected", $"usable as a KPI id (pattern {LocalId.Pattern})"));
            return;
        }

        if (kpiPointers.TryGetValue(id, out var first))
        {
            findings.At(DiagnosticCatalogue.DuplicateId, p / "metadata" / "name", metadata["name"]!, ("value", id), ("what", "a KPI"), ("first", first.ToString()));
            return;
        }

        foreach (var composite in new[] { "indicator", "indicatorRef", "compositeWeight" })
        {
            if (o[composite] is { } part)
            {
                findings.At(OpenSloDiagnostics.NotImported, op / composite, part, ("what", composite),
                    ("detail", "composite SLOs (an indicator per objective, weights) have no counterpart; each KPI of a contract has one indicator."));
            }
        }

        var fraction = Target(o, op);
        // A file this package wrote carries the KPI's members in annotations, and an absent one means the KPI had none;
        // in any other file the defaults below say what an OpenSLO SLO means.
        var ours = annotations.ContainsKey(Annotation.Metric);
        var metric = Vocabulary<KpiMetric>(annotations, Annotation.Metric, KpiMetric.TryFromName, metadata, p) ?? (indicator.IsRatio ? KpiMetric.Availability : KpiMetric.Custom);
        var unit = Vocabulary<KpiUnit>(annotations, Annotation.Unit, KpiUnit.TryFromName, metadata, p);
        var direction = Vocabulary<Domain.ServiceLevels.Direction>(annotations, Annotation.Direction, Domain.ServiceLevels.Direction.TryFromName, metadata, p);
        var aggregation = Vocabulary<Domain.ServiceLevels.Aggregation>(annotations, Annotation.Aggregation, Domain.ServiceLevels.Aggregation.TryFromName, metadata, p);
        var category = Vocabulary<KpiCategory>(annotations, Annotation.Category, KpiCategory.TryFromName, metadata, p) ?? metric.TypicalCategory;
        decimal? target = null;
        AvailabilityDefinition? availability = null;
        if (indicator.IsRatio)
        {
            if (!ours)
            {
                unit ??= KpiUnit.Percent;
                direction ??= Domain.ServiceLevels.Direction.HigherIsBetter;
            }

            if (fraction is { } f)
            {
                var good = unit == KpiUnit.Ratio ? f : f * 100m;
                target = direction == Domain.ServiceLevels.Direction.LowerIsBetter ? (unit == KpiUnit.Ratio ? 1m : 100m) - good : good;
            }

            foreach (var member in new[] { "op", "value" })
            {
                if (o[member] is { } extra)
                {
                    findings.At(OpenSloDiagnostics.NotImported, op / member, extra, ("what", member), ("detail", "a ratio metric's objective has no threshold value; only a threshold metric has one."));
                }
            }

            if (budgeting == "Occurrences")
            {
                aggregation ??= ours ? null : Domain.ServiceLevels.Aggregation.Ratio;
            }
            else
            {
                availability = TimeSlices(o, op, budgeting, annotations, metadata, p);
            }
        }
        else
        {
            (target, var thresholdDirection) = Threshold(o, op);
            direction ??= ours ? null : thresholdDirection;
            if (fraction is { } f)
            {
                var percentile = f switch
                {
                    0.5m => Domain.ServiceLevels.Aggregation.Median,
                    0.9m => Domain.ServiceLevels.Aggregation.P90,
                    0.95m => Domain.ServiceLevels.Aggregation.P95,
                    0.99m => Domain.ServiceLevels.Aggregation.P99,
                    _ => null,
                };
                if (percentile is null && aggregation is null)
                {
                    findings.At(OpenSloDiagnostics.NotImported, op / "target", o["target"] ?? o["targetPercent"]!, ("what", $"The target {Number(f)} of a threshold metric"),
                        ("detail", "it is a share of good events the KPI model has no member for (it holds the percentiles P50, P90, P95 and P99 as aggregations)."));
                }

                aggregation ??= ours ? null : percentile;
            }

            if (budgeting != "Occurrences")
            {
                findings.At(OpenSloDiagnostics.NotImported, op, o, ("what", $"{budgeting} on a threshold metric"),
                    ("detail", "the contract measures a threshold KPI over its whole window; time slices of a threshold metric have no counterpart."));
            }
        }

        var description = Text(spec["description"], p / "spec" / "description") ?? indicator.Description;
        var displayName = Text(metadata["displayName"], p / "metadata" / "displayName");
        var objectiveName = Text(o["displayName"], op / "displayName");
        var kpi = new KpiDefinition
        {
            Id = kpiId,
            Name = (displayName ?? id) + (objectiveName is not null && objectiveIds is null && spec["objectives"]!.Items.Count > 1 ? $": {objectiveName}" : string.Empty),
            Category = category,
            Metric = metric,
            Description = description,
            Unit = unit,
            Direction = direction,
            Target = target is { } t ? Normal(t) : null,
            BreachThreshold = Decimal(annotations, Annotation.BreachThreshold, metadata, p),
            Aggregation = aggregation,
            Window = window,
            Method = indicator.Method,
            DataSource = ours && indicator.DataSource == Unspecified ? null : indicator.DataSource,
            BusinessOutcome = annotations.GetValueOrDefault(Annotation.BusinessOutcome),
            AvailabilityDefinition = availability,
            AiSystemIds = Ids(annotations.GetValueOrDefault(Annotation.AiSystems), metadata, p),
        };
        kpis.Add(kpi);
        kpiPointers[id] = p;

        var ids = objectiveIds ?? [id];
        for (var j = 0; j < ids.Length; j++)
        {
            if (!LocalId.TryFrom(ids[j], out var objectiveId) || !objectivePointers.TryAdd(ids[j], op))
            {
                findings.At(DiagnosticCatalogue.WrongForm, p / "metadata" / "annotations", metadata, ("value", ids[j]), ("expected", "a new objective id"));
                continue;
            }

            objectives.Add(new ServiceLevelObjective { Id = objectiveId, KpiId = kpiId, Name = j == 0 ? objectiveName : null });
        }
    }

    /// <summary>The objective's target as a fraction of good events, from target or targetPercent.</summary>
    private decimal? Target(YamlNode o, JsonPointer op)
    {
        var target = o["target"];
        var percent = o["targetPercent"];
        if (target is not null && percent is not null)
        {
            findings.At(OpenSloDiagnostics.MalformedYaml, op / "targetPercent", percent, ("detail", "an objective has both target and targetPercent; give one."));
            return null;
        }

        if (target is null && percent is null)
        {
            Missing(o, op, "an objective", "target' or 'targetPercent");
            return null;
        }

        var isPercent = target is null;
        var node = target ?? percent!;
        var member = isPercent ? "targetPercent" : "target";
        if (Decimal(node, op / member) is not { } value)
        {
            return null;
        }

        var max = isPercent ? 100m : 1m;
        if (value < 0m || value >= max)
        {
            findings.At(DiagnosticCatalogue.OutOfRange, op / member, node, ("value", Number(value)), ("range", isPercent ? "0 to 100, 100 excluded (a percentage)" : "0 to 1, 1 excluded (a fraction: 0.999 is 99.9 %)"));
            return null;
        }

        return Normal(isPercent ? value / 100m : value);
    }

    /// <summary>A threshold objective's value and the direction its operator implies.</summary>
    private (decimal? Value, Direction? Direction) Threshold(YamlNode o, JsonPointer op)
    {
        var opNode = o["op"];
        var valueNode = o["value"];
        if (opNode is null || valueNode is null)
        {
            Missing(o, op, "an objective of a threshold metric", opNode is null ? "op" : "value");
            return (null, null);
        }

        var text = Text(opNode, op / "op");
        Direction? direction = text switch
        {
            "lte" or "lt" => Domain.ServiceLevels.Direction.LowerIsBetter,
            "gte" or "gt" => Domain.ServiceLevels.Direction.HigherIsBetter,
            _ => null,
        };
        if (text is not null && direction is null)
        {
            findings.At(DiagnosticCatalogue.UnknownName, op / "op", opNode, ("value", text), ("type", "operator"), ("allowed", "lte, gte, lt, gt"));
        }
        else if (text is "lt" or "gt")
        {
            findings.At(OpenSloDiagnostics.Assumed, op / "op", opNode, ("detail", $"The strict operator '{text}' is read as '{text}e': a KPI's target is met when the value equals it."));
        }

        var value = Decimal(valueNode, op / "value");
        return (value is { } v ? Normal(v) : null, direction);
    }

    private AvailabilityDefinition? TimeSlices(YamlNode o, JsonPointer op, string budgeting, Dictionary<string, string> annotations, YamlNode metadata, JsonPointer p)
    {
        var windowNode = o["timeSliceWindow"];
        if (windowNode is null)
        {
            Missing(o, op, $"an objective of a {budgeting} SLO", "timeSliceWindow");
            return null;
        }

        Duration? length = null;
        var text = Text(windowNode, op / "timeSliceWindow");
        if (text is not null && windowNode.IsPlain && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) && minutes is > 0 and < 1_000_000)
        {
            length = Duration.FromMinutes(minutes); // "Default interpretation of unit if specified as a number in minutes"
        }
        else if (text is not null && TryParse(text, out var count, out var unit) && unit is 'm' or 'h' or 'd')
        {
            length = unit switch { 'm' => Duration.FromMinutes(count), 'h' => Duration.FromHours(count), _ => Duration.FromDays(count) };
        }
        else if (text is not null)
        {
            findings.At(DiagnosticCatalogue.WrongForm, op / "timeSliceWindow", windowNode, ("value", text), ("expected", "a time slice in minutes, hours or days (5m, 1h, 1d, or a number of minutes)"));
        }

        var empty = Vocabulary<EmptyIntervalRule>(annotations, Annotation.EmptyIntervals, EmptyIntervalRule.TryFromName, metadata, p);
        if (budgeting == "RatioTimeslices")
        {
            if (o["timeSliceTarget"] is { } unused)
            {
                findings.At(OpenSloDiagnostics.NotImported, op / "timeSliceTarget", unused, ("what", "timeSliceTarget"), ("detail", "RatioTimeslices averages the slices' ratios; a slice target only applies to Timeslices."));
            }

            return length is null ? null : new AvailabilityDefinition { Method = AvailabilityMethod.ErrorRateIntervals, IntervalLength = length, EmptyIntervals = empty };
        }

        var sliceTarget = o["timeSliceTarget"];
        if (sliceTarget is null)
        {
            Missing(o, op, "an objective of a Timeslices SLO", "timeSliceTarget");
            return null;
        }

        if (Decimal(sliceTarget, op / "timeSliceTarget") is not { } good)
        {
            return null;
        }

        if (good <= 0m || good > 1m)
        {
            findings.At(DiagnosticCatalogue.OutOfRange, op / "timeSliceTarget", sliceTarget, ("value", Number(good)), ("range", "above 0, at most 1"));
            return null;
        }

        return length is null ? null : new AvailabilityDefinition
        {
            Method = AvailabilityMethod.UptimeMinutes,
            IntervalLength = length,
            DowntimeErrorRate = Percentage.FromPercent(Normal((1m - good) * 100m)),
            EmptyIntervals = empty,
        };
    }

    private MeasurementWindow? Window(YamlNode? node, JsonPointer wp)
    {
        if (node is null)
        {
            return null;
        }

        if (node.Kind != YamlNodeKind.Sequence || node.Items.Count != 1)
        {
            findings.At(DiagnosticCatalogue.WrongType, wp, node, ("expected", "a sequence of exactly one time window"), ("found", node.Kind == YamlNodeKind.Sequence ? $"{node.Items.Count} items" : node.Describe()));
            return null;
        }

        var ip = wp / 0;
        var w = Mapping(node.Items[0], ip, required: true);
        if (w is null)
        {
            return null;
        }

        var durationNode = w["duration"];
        var duration = Text(durationNode, ip / "duration");
        if (duration is null)
        {
            Missing(w, ip, "a time window", "duration");
            return null;
        }

        if (!TryParse(duration, out var count, out var unit))
        {
            findings.At(DiagnosticCatalogue.WrongForm, ip / "duration", durationNode!, ("value", duration), ("expected", "a duration shorthand: a positive whole number and one of m h d w M Q Y (1m is a minute, 1M a month)"));
            return null;
        }

        var calendar = w["calendar"];
        bool rolling;
        if (w["isRolling"] is { } isRolling)
        {
            var flag = Text(isRolling, ip / "isRolling");
            if (flag is not ("true" or "false"))
            {
                findings.At(DiagnosticCatalogue.WrongType, ip / "isRolling", isRolling, ("expected", "true or false"), ("found", flag ?? isRolling.Describe()));
                return null;
            }

            rolling = flag == "true";
        }
        else
        {
            rolling = calendar is null;
            findings.At(OpenSloDiagnostics.Assumed, ip, w, ("detail", rolling ? "The time window states neither isRolling nor calendar; it is read as rolling." : "The time window has a calendar but no isRolling; it is read as calendar-aligned, as the specification says."));
        }

        if (rolling)
        {
            if (calendar is not null)
            {
                findings.At(OpenSloDiagnostics.NotImported, ip / "calendar", calendar, ("what", "calendar"), ("detail", "a rolling window (isRolling: true) has no calendar alignment."));
            }

            return new MeasurementWindow { Kind = WindowKind.Rolling, RollingPeriod = ToPeriod(count, unit) };
        }

        WindowKind? kind = (count, unit) switch
        {
            (1, 'd') => WindowKind.CalendarDay,
            (1, 'w') => WindowKind.CalendarWeek,
            (1, 'M') => WindowKind.CalendarMonth,
            (1, 'Q') or (3, 'M') => WindowKind.CalendarQuarter,
            _ => null,
        };
        if (kind is null)
        {
            var hint = unit == 'm' ? $" '{duration}' is {count} minute{(count == 1 ? string.Empty : "s")}, not months: a calendar month is '{count}M' (the suffix is case-sensitive)." : string.Empty;
            findings.At(OpenSloDiagnostics.NotImported, ip / "duration", durationNode!, ("what", $"The calendar-aligned window '{duration}'"),
                ("detail", "contracts measure calendar days, weeks, months or quarters (1d, 1w, 1M, 1Q); the KPI gets no window." + hint));
            return null;
        }

        if (calendar is not null && Mapping(calendar, ip / "calendar", required: true) is { } c)
        {
            Calendar(c, ip / "calendar", kind);
        }

        return new MeasurementWindow { Kind = kind };
    }

    private void Calendar(YamlNode c, JsonPointer cp, WindowKind kind)
    {
        if (Text(c["timeZone"], cp / "timeZone") is { } id)
        {
            var found = DateTimeZoneProviders.Tzdb.GetZoneOrNull(id);
            if (found is null)
            {
                findings.At(DiagnosticCatalogue.InvalidValue, cp / "timeZone", c["timeZone"]!, ("detail", $"'{id}' is not a time zone of the IANA database."));
            }
            else if (zone is not null && zone.Id != found.Id)
            {
                findings.At(OpenSloDiagnostics.NotImported, cp / "timeZone", c["timeZone"]!, ("what", $"The time zone {found.Id}"),
                    ("detail", $"an earlier window is in {zone.Id}, and a contract reckons every window in its one time zone."));
            }
            else
            {
                zone = found;
            }
        }

        if (Text(c["startTime"], cp / "startTime") is { } start)
        {
            var parsed = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm':'ss").Parse(start);
            if (!parsed.Success)
            {
                findings.At(DiagnosticCatalogue.WrongForm, cp / "startTime", c["startTime"]!, ("value", start), ("expected", "a date and time as 2020-01-21 12:30:00"));
                return;
            }

            var t = parsed.Value;
            var aligned = t.TimeOfDay == LocalTime.Midnight
                && (kind == WindowKind.CalendarDay
                    || (kind == WindowKind.CalendarWeek && t.DayOfWeek == IsoDayOfWeek.Monday)
                    || (kind == WindowKind.CalendarMonth && t.Day == 1)
                    || (kind == WindowKind.CalendarQuarter && t.Day == 1 && (t.Month - 1) % 3 == 0));
            if (!aligned)
            {
                findings.At(OpenSloDiagnostics.NotImported, cp / "startTime", c["startTime"]!, ("what", $"The window start {start}"),
                    ("detail", "a contract's calendar windows start at midnight on a calendar boundary (the 1st of a month, a Monday, the first month of a quarter); the offset is not carried."));
            }
        }
    }

    private IndicatorShape? Indicator(YamlNode spec, JsonPointer ip)
    {
        var description = Text(spec["description"], ip / "description");
        if (spec["thresholdMetric"] is { } threshold)
        {
            var (source, query) = MetricSource(threshold, ip / "thresholdMetric");
            return new IndicatorShape(false, query, source, description);
        }

        if (spec["ratioMetric"] is not { } ratioNode || Mapping(ratioNode, ip / "ratioMetric", required: true) is not { } ratio)
        {
            if (spec["ratioMetric"] is null)
            {
                Missing(spec, ip, "an indicator", "ratioMetric' or 'thresholdMetric");
            }

            return null;
        }

        var rp = ip / "ratioMetric";
        if (ratio["raw"] is { } raw)
        {
            var (source, query) = MetricSource(raw, rp / "raw");
            var rawType = Text(ratio["rawType"], rp / "rawType");
            if (rawType is not ("success" or "failure"))
            {
                findings.At(DiagnosticCatalogue.UnknownName, rp / "rawType", ratio["rawType"] ?? ratio, ("value", rawType ?? "(missing)"), ("type", "raw ratio type"), ("allowed", "success, failure"));
                return null;
            }

            return new IndicatorShape(true, rawType == "failure" ? "failure ratio: " + query : query, source, description);
        }

        var numerator = ratio["good"] is not null ? "good" : ratio["bad"] is not null ? "bad" : null;
        if (numerator is null || ratio["total"] is null)
        {
            Missing(ratio, rp, "a ratio metric", numerator is null ? "good' or 'bad" : "total");
            return null;
        }

        var (goodSource, goodQuery) = MetricSource(ratio[numerator]!, rp / numerator);
        var (totalSource, totalQuery) = MetricSource(ratio["total"]!, rp / "total");
        return new IndicatorShape(true, $"{numerator}: {goodQuery}\ntotal: {totalQuery}", goodSource ?? totalSource, description);
    }

    /// <summary>A metric's source: its type (or its DataSource's type) and its query.</summary>
    private (string? Source, string? Query) MetricSource(YamlNode metric, JsonPointer mp)
    {
        if (Mapping(metric, mp, required: true) is not { } m || Mapping(m["metricSource"], mp / "metricSource", required: true, m, "a metric", "metricSource") is not { } source)
        {
            return (null, null);
        }

        var sp = mp / "metricSource";
        var type = Text(source["type"], sp / "type");
        if (Text(source["metricSourceRef"], sp / "metricSourceRef") is { } reference)
        {
            type ??= dataSourceTypes.GetValueOrDefault(reference);
            findings.At(OpenSloDiagnostics.Assumed, sp / "metricSourceRef", source["metricSourceRef"]!,
                ("detail", $"The reference to DataSource '{reference}' is not carried; the KPI's data source is its type ({type ?? "not stated"})."));
            type ??= reference;
        }

        string? query = null;
        if (Mapping(source["spec"], sp / "spec", required: false) is { } spec)
        {
            query = Text(spec["query"], sp / "spec" / "query");
            foreach (var (key, value) in spec.Entries.Where(e => e.Key.Value != "query"))
            {
                findings.At(OpenSloDiagnostics.NotImported, sp / "spec" / key.Value!, key, ("what", $"The data source field '{key.Value}'"),
                    ("detail", "only the query is kept, as the KPI's method; connection details stay with the operators."));
            }
        }

        return (type, query);
    }

    private Dictionary<string, string> Annotations(YamlNode metadata, JsonPointer mp)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Mapping(metadata["annotations"], mp / "annotations", required: false) is { } annotations)
        {
            foreach (var (key, value) in annotations.Entries)
            {
                if (key.Value!.StartsWith(Prefix, StringComparison.Ordinal) && Text(value, mp / "annotations" / key.Value) is { } text)
                {
                    result[key.Value] = text;
                }
            }
        }

        return result;
    }

    private T? Vocabulary<T>(Dictionary<string, string> annotations, string key, TryFrom<T> tryFrom, YamlNode metadata, JsonPointer p)
        where T : class
    {
        if (!annotations.TryGetValue(key, out var name))
        {
            return null;
        }

        if (tryFrom(name, false, out var value))
        {
            return value;
        }

        findings.At(DiagnosticCatalogue.UnknownName, p / "metadata" / "annotations" / key, metadata["annotations"]!, ("value", name), ("type", key[Prefix.Length..]), ("allowed", "the names of the AiContracts vocabulary"));
        return null;
    }

    private delegate bool TryFrom<T>(string name, bool ignoreCase, out T result);

    private decimal? Decimal(Dictionary<string, string> annotations, string key, YamlNode metadata, JsonPointer p)
    {
        if (!annotations.TryGetValue(key, out var text))
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return Normal(value);
        }

        findings.At(DiagnosticCatalogue.WrongForm, p / "metadata" / "annotations" / key, metadata["annotations"]!, ("value", text), ("expected", "a number"));
        return null;
    }

    private ValueArray<LocalId> Ids(string? text, YamlNode metadata, JsonPointer p)
    {
        if (text is null)
        {
            return [];
        }

        var ids = new List<LocalId>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (LocalId.TryFrom(part, out var id))
            {
                ids.Add(id);
            }
            else
            {
                findings.At(DiagnosticCatalogue.WrongForm, p / "metadata" / "annotations" / Annotation.AiSystems, metadata["annotations"]!, ("value", part), ("expected", "an AI system id"));
            }
        }

        return ValueArray.From(ids);
    }

    private decimal? Decimal(YamlNode node, JsonPointer pointer)
    {
        var text = Text(node, pointer);
        if (text is null)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        findings.At(DiagnosticCatalogue.WrongForm, pointer, node, ("value", text), ("expected", "a number"));
        return null;
    }

    /// <summary>A scalar's text; a finding and null for a collection or a null.</summary>
    private string? Text(YamlNode? node, JsonPointer pointer)
    {
        if (node is null)
        {
            return null;
        }

        if (node.Kind != YamlNodeKind.Scalar || node.IsNull)
        {
            findings.At(DiagnosticCatalogue.WrongType, pointer, node, ("expected", "a scalar"), ("found", node.Describe()));
            return null;
        }

        return node.Value;
    }

    private YamlNode? Mapping(YamlNode? node, JsonPointer pointer, bool required, YamlNode? parent = null, string? type = null, string? member = null)
    {
        if (node is null)
        {
            if (required && parent is not null)
            {
                Missing(parent, pointer.GetParent(), type!, member!);
            }

            return null;
        }

        if (node.Kind != YamlNodeKind.Mapping)
        {
            findings.At(DiagnosticCatalogue.WrongType, pointer, node, ("expected", "a mapping"), ("found", node.Describe()));
            return null;
        }

        return node;
    }

    private void Missing(YamlNode parent, JsonPointer pointer, string type, string member) =>
        findings.At(DiagnosticCatalogue.MissingMember, pointer, parent, ("type", type), ("member", member));

    /// <summary>What an indicator says: ratio or threshold, its queries as the KPI's method, its data source, its description.</summary>
    private sealed record IndicatorShape(bool IsRatio, string? Method, string? DataSource, string? Description);
}

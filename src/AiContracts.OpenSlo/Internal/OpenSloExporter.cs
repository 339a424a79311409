using System.Globalization;
using System.Text;
using AiContracts.Domain;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.ServiceLevels;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using static AiContracts.OpenSlo.Internal.OpenSloVocabulary;

namespace AiContracts.OpenSlo.Internal;

/// <summary>Writes a contract's measurable KPIs as OpenSLO v1 SLO documents with YamlDotNet's emitter.</summary>
internal static class OpenSloExporter
{
    private const string Rule = "openslo-export";
    private const int MaxDescription = 1050;

    internal static OpenSloExport Export(AiContract contract)
    {
        var findings = new List<Diagnostic>();
        var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var emitter = new Emitter(writer);
        emitter.Emit(new StreamStart());
        var service = Name(contract.Id.Value);
        Document(emitter, () =>
        {
            Envelope(emitter, "Service", service, contract.Title, []);
            Key(emitter, "spec");
            Map(emitter, () => Pair(emitter, "description", Shorten($"The services of contract {contract.Id.Value}.")));
        });

        var count = 0;
        var names = new HashSet<string>(StringComparer.Ordinal) { service };
        var levels = contract.ServiceLevels;
        var kpis = levels?.Kpis ?? [];
        for (var i = 0; i < kpis.Count; i++)
        {
            var kpi = kpis[i];
            var pointer = JsonPointer.Root / "serviceLevels" / "kpis" / i;
            var onKpi = levels!.Objectives.Where(o => o.KpiId == kpi.Id).ToList();
            if (MakePlan(kpi, pointer, findings) is not { } plan)
            {
                continue;
            }

            count++;
            var name = Name(kpi.Id.Value);
            for (var n = 2; !names.Add(name); n++)
            {
                // Ids that differ only in case or punctuation (kpi.a, kpi-a) would give the same RFC 1123 name.
                name = Name(kpi.Id.Value, string.Create(CultureInfo.InvariantCulture, $"-{n}"));
            }

            Document(emitter, () => Slo(emitter, contract, kpi, name, plan, onKpi, service, pointer, findings));
        }

        emitter.Emit(new StreamEnd());
        return new OpenSloExport { Yaml = writer.ToString(), SloCount = count, Report = new ValidationReport([.. findings]) };
    }

    /// <summary>How a KPI is written: as a ratio or a threshold metric, with which target; null (and a finding) when it cannot be.</summary>
    private static Plan? MakePlan(KpiDefinition kpi, JsonPointer pointer, List<Diagnostic> findings)
    {
        if (kpi.Target is not { } target)
        {
            return Skip(findings, pointer, kpi, "it states no target, and an OpenSLO objective needs one.");
        }

        var direction = kpi.Direction ?? Direction.HigherIsBetter;
        var shareUnit = kpi.Unit == KpiUnit.Percent || kpi.Unit == KpiUnit.Ratio;
        var percentile = kpi.Aggregation is { } a ? Percentile(a) : null;
        if (percentile is not null || !shareUnit)
        {
            if (percentile is null)
            {
                return Skip(findings, pointer, kpi, $"an OpenSLO threshold objective is met by a share of good events (a percentile: P50, P90, P95, P99); the KPI is aggregated as {kpi.Aggregation?.Name ?? "nothing stated"} in {kpi.Unit?.Name ?? "no unit"}.");
            }

            if (kpi.AvailabilityDefinition is not null)
            {
                findings.Add(Lost(pointer / "availabilityDefinition", $"The availability definition of KPI '{kpi.Id}'", "a threshold KPI is written without time slices (they apply to ratio metrics here)."));
            }

            return new Plan(false, percentile.Value, Number(target), direction, null);
        }

        if (kpi.Aggregation is { } aggregation && aggregation != Aggregation.Ratio)
        {
            return Skip(findings, pointer, kpi, $"a ratio KPI is written as good events over all events, but this one is aggregated as {aggregation.Name}.");
        }

        var scale = kpi.Unit == KpiUnit.Ratio ? 1m : 100m;
        var good = direction == Direction.LowerIsBetter ? scale - target : target;
        var fraction = good / scale;
        if (fraction < 0m || fraction >= 1m)
        {
            return Skip(findings, pointer / "target", kpi, $"its target is {Number(fraction)} of good events, and OpenSLO's target is at least 0 and below 1.");
        }

        string? sliceWindow = null;
        if (kpi.AvailabilityDefinition is { } definition)
        {
            sliceWindow = ToShorthand(definition.IntervalLength ?? NodaTime.Duration.FromMinutes(1));
            if (sliceWindow is null)
            {
                return Skip(findings, pointer / "availabilityDefinition" / "intervalLength", kpi, $"its interval of {definition.IntervalLength} is not whole minutes, the unit of an OpenSLO time slice.");
            }

            if (definition.Method == AvailabilityMethod.UptimeMinutes && definition.DowntimeErrorRate is null)
            {
                return Skip(findings, pointer / "availabilityDefinition" / "downtimeErrorRate", kpi,
                    "it counts uptime intervals down by outages only (no downtimeErrorRate); OpenSLO's Timeslices needs the good-slice ratio (timeSliceTarget).");
            }

            // The format 1.1 terms of how intervals count have no OpenSLO field and no annotation yet: said, not dropped.
            foreach (var (member, stated) in new[]
            {
                ("minimumDowntimeRun", definition.MinimumDowntimeRun is not null),
                ("partialMinutes", definition.PartialMinutes is not null),
                ("minimumRequests", definition.MinimumRequests is not null),
                ("repeatedErrorWindow", definition.RepeatedErrorWindow is not null),
            })
            {
                if (stated)
                {
                    findings.Add(Lost(pointer / "availabilityDefinition" / member, $"The {member} of KPI '{kpi.Id}'", "OpenSLO has no field for it (a format 1.1 term of how intervals count), and the export does not carry it."));
                }
            }
        }

        return new Plan(true, Normal(fraction), null, direction, sliceWindow);
    }

    private static void Slo(Emitter e, AiContract contract, KpiDefinition kpi, string name, Plan plan, List<ServiceLevelObjective> onKpi, string service, JsonPointer pointer, List<Diagnostic> findings)
    {
        var annotations = new List<(string, string)>();
        if (name != kpi.Id.Value)
        {
            annotations.Add((Annotation.KpiId, kpi.Id.Value));
        }

        annotations.Add((Annotation.Metric, kpi.Metric.Name));
        annotations.Add((Annotation.Category, kpi.Category.Name));
        if (kpi.Unit is { } unit)
        {
            annotations.Add((Annotation.Unit, unit.Name));
        }

        if (kpi.Direction is { } direction)
        {
            annotations.Add((Annotation.Direction, direction.Name));
        }

        if (kpi.Aggregation is { } aggregation)
        {
            annotations.Add((Annotation.Aggregation, aggregation.Name));
        }

        if (kpi.BreachThreshold is { } breach)
        {
            annotations.Add((Annotation.BreachThreshold, Number(breach)));
        }

        if (kpi.BusinessOutcome is { } outcome)
        {
            annotations.Add((Annotation.BusinessOutcome, outcome));
        }

        if (!kpi.AiSystemIds.IsEmpty)
        {
            annotations.Add((Annotation.AiSystems, string.Join(",", kpi.AiSystemIds.Select(s => s.Value))));
        }

        if (kpi.AvailabilityDefinition?.EmptyIntervals is { } empty)
        {
            annotations.Add((Annotation.EmptyIntervals, empty.Name));
        }

        if (onKpi.Count != 1 || onKpi[0].Id != kpi.Id)
        {
            annotations.Add((Annotation.ObjectiveIds, string.Join(",", onKpi.Select(o => o.Id.Value))));
        }

        Envelope(e, "SLO", name, kpi.Name, annotations);
        Key(e, "spec");
        Map(e, () =>
        {
            if (kpi.Description is { } description)
            {
                if (description.Length > MaxDescription)
                {
                    findings.Add(Lost(pointer / "description", $"The description of KPI '{kpi.Id}' beyond {MaxDescription} characters", "OpenSLO allows at most 1,050; the rest is cut."));
                }

                Pair(e, "description", Shorten(description));
            }

            Pair(e, "service", service);
            Key(e, "indicator");
            Map(e, () =>
            {
                Key(e, "metadata");
                Map(e, () => Pair(e, "name", Name(name, "-sli")));
                Key(e, "spec");
                Map(e, () => Indicator(e, kpi, plan));
            });
            if (kpi.Window is { } window)
            {
                Window(e, contract, kpi, window, pointer, findings);
            }

            Pair(e, "budgetingMethod", kpi.AvailabilityDefinition is not { } d || !plan.IsRatio ? "Occurrences"
                : d.Method == AvailabilityMethod.UptimeMinutes ? "Timeslices" : "RatioTimeslices");
            Key(e, "objectives");
            Seq(e, () => Map(e, () =>
            {
                if (onKpi.FirstOrDefault()?.Name is { } objectiveName)
                {
                    Pair(e, "displayName", objectiveName);
                }

                if (!plan.IsRatio)
                {
                    Pair(e, "op", plan.Direction == Direction.LowerIsBetter ? "lte" : "gte");
                    Pair(e, "value", plan.Value!, plain: true);
                }

                Pair(e, "target", Number(plan.Target), plain: true);
                if (plan.SliceWindow is { } slice)
                {
                    if (kpi.AvailabilityDefinition!.Method == AvailabilityMethod.UptimeMinutes)
                    {
                        Pair(e, "timeSliceTarget", Number(Normal(1m - kpi.AvailabilityDefinition.DowntimeErrorRate!.Value.Value / 100m)), plain: true);
                    }

                    Pair(e, "timeSliceWindow", slice);
                }
            }));
        });

        if (onKpi.Count > 1 && onKpi.Skip(1).Any(o => o.Name is not null))
        {
            findings.Add(Lost(pointer, $"The names of the objectives of KPI '{kpi.Id}' after the first", "one OpenSLO objective stands for them all; their ids are in an annotation."));
        }
    }

    private static void Indicator(Emitter e, KpiDefinition kpi, Plan plan)
    {
        var method = kpi.Method;
        if (!plan.IsRatio)
        {
            Key(e, "thresholdMetric");
            Source(e, kpi.DataSource, method);
            return;
        }

        Key(e, "ratioMetric");
        Map(e, () =>
        {
            if (method is not null && SplitRatio(method) is { } parts)
            {
                Pair(e, "counter", "true", plain: true);
                Key(e, parts.Numerator);
                Source(e, kpi.DataSource, parts.Good);
                Key(e, "total");
                Source(e, kpi.DataSource, parts.Total);
                return;
            }

            var failure = method?.StartsWith("failure ratio: ", StringComparison.Ordinal) == true;
            Pair(e, "rawType", failure ? "failure" : "success");
            Key(e, "raw");
            Source(e, kpi.DataSource, failure ? method!["failure ratio: ".Length..] : method);
        });
    }

    /// <summary>A method written as "good: Q\ntotal: Q" (or bad), the form the import makes of a good/total ratio metric.</summary>
    private static (string Numerator, string Good, string Total)? SplitRatio(string method)
    {
        var newline = method.IndexOf("\ntotal: ", StringComparison.Ordinal);
        if (newline < 0 || method.IndexOf("\ntotal: ", newline + 1, StringComparison.Ordinal) >= 0)
        {
            return null;
        }

        var head = method[..newline];
        var numerator = head.StartsWith("good: ", StringComparison.Ordinal) ? "good" : head.StartsWith("bad: ", StringComparison.Ordinal) ? "bad" : null;
        return numerator is null ? null : (numerator, head[(numerator.Length + 2)..], method[(newline + "\ntotal: ".Length)..]);
    }

    private static void Source(Emitter e, string? dataSource, string? query) => Map(e, () =>
    {
        Key(e, "metricSource");
        Map(e, () =>
        {
            Pair(e, "type", dataSource ?? Unspecified);
            Key(e, "spec");
            Map(e, () =>
            {
                if (query is not null)
                {
                    Pair(e, "query", query);
                }
            });
        });
    });

    private static void Window(Emitter e, AiContract contract, KpiDefinition kpi, MeasurementWindow window, JsonPointer pointer, List<Diagnostic> findings)
    {
        if (window.Kind == WindowKind.Rolling)
        {
            var shorthand = window.RollingPeriod is { } period ? ToShorthand(period) : null;
            if (shorthand is null)
            {
                findings.Add(Lost(pointer / "window" / "rollingPeriod", $"The window of KPI '{kpi.Id}'", $"the rolling period {window.RollingPeriod?.ToString() ?? "(none)"} is not one whole number of minutes, hours, days, weeks, months or years."));
                return;
            }

            Key(e, "timeWindow");
            Seq(e, () => Map(e, () =>
            {
                Pair(e, "duration", shorthand);
                Pair(e, "isRolling", "true", plain: true);
            }));
            return;
        }

        var (duration, start) = window.Kind.Name switch
        {
            nameof(WindowKind.CalendarDay) => ("1d", "2000-01-01 00:00:00"),
            nameof(WindowKind.CalendarWeek) => ("1w", "2000-01-03 00:00:00"), // a Monday: contract weeks are ISO weeks
            nameof(WindowKind.CalendarMonth) => ("1M", "2000-01-01 00:00:00"),
            _ => ("1Q", "2000-01-01 00:00:00"),
        };
        Key(e, "timeWindow");
        Seq(e, () => Map(e, () =>
        {
            Pair(e, "duration", duration);
            Pair(e, "isRolling", "false", plain: true);
            Key(e, "calendar");
            Map(e, () =>
            {
                Pair(e, "startTime", start);
                Pair(e, "timeZone", contract.TimeZone?.Id ?? "UTC");
            });
        }));
        if (contract.TimeZone is null)
        {
            // At the contract, which holds the absent timeZone: a pointer names an element that is in the document.
            findings.Add(OpenSloDiagnostics.Assumed.Create(JsonPointer.Root, Rule, ("detail", $"The contract states no time zone; the calendar window of KPI '{kpi.Id}' is written in UTC.")));
        }
    }

    private static void Envelope(Emitter e, string kind, string name, string? displayName, List<(string Key, string Value)> annotations)
    {
        Pair(e, "apiVersion", ApiVersion);
        Pair(e, "kind", kind);
        Key(e, "metadata");
        Map(e, () =>
        {
            Pair(e, "name", name);
            if (displayName is not null)
            {
                Pair(e, "displayName", displayName);
            }

            if (annotations.Count > 0)
            {
                Key(e, "annotations");
                Map(e, () =>
                {
                    foreach (var (key, value) in annotations)
                    {
                        Pair(e, key, value);
                    }
                });
            }
        });
    }

    /// <summary>An RFC 1123 name (lowercase letters, digits and '-', at most 63, alphanumeric at both ends), as OpenSLO requires.</summary>
    internal static string Name(string id, string suffix = "")
    {
        var text = new StringBuilder(id.Length);
        foreach (var c in id.ToLowerInvariant())
        {
            text.Append(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c : '-');
        }

        var name = text.ToString().Trim('-');
        var room = 63 - suffix.Length;
        name = (name.Length > room ? name[..room] : name).TrimEnd('-');
        return (name.Length == 0 ? "x" : name) + suffix;
    }

    private static decimal? Percentile(Aggregation aggregation) => aggregation.Name switch
    {
        nameof(Aggregation.Median) => 0.5m,
        nameof(Aggregation.P90) => 0.9m,
        nameof(Aggregation.P95) => 0.95m,
        nameof(Aggregation.P99) => 0.99m,
        _ => null,
    };

    private static string Shorten(string text) => text.Length > MaxDescription ? text[..MaxDescription] : text;

    private static Plan? Skip(List<Diagnostic> findings, JsonPointer pointer, KpiDefinition kpi, string detail)
    {
        findings.Add(OpenSloDiagnostics.NotExported.Create(pointer, Rule, ("what", $"KPI '{kpi.Id}'"), ("detail", detail)));
        return null;
    }

    private static Diagnostic Lost(JsonPointer pointer, string what, string detail) =>
        OpenSloDiagnostics.NotExported.Create(pointer, Rule, ("what", what), ("detail", detail));

    private static void Document(Emitter e, Action content)
    {
        e.Emit(new DocumentStart(null, null, isImplicit: false));
        Map(e, content);
        e.Emit(new DocumentEnd(isImplicit: true));
    }

    private static void Map(Emitter e, Action content)
    {
        e.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, MappingStyle.Block));
        content();
        e.Emit(new MappingEnd());
    }

    private static void Seq(Emitter e, Action content)
    {
        e.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Block));
        content();
        e.Emit(new SequenceEnd());
    }

    private static void Key(Emitter e, string key) => e.Emit(new Scalar(key));

    /// <summary>A key and a value; text values are quoted when they would otherwise read as a number, boolean or null.</summary>
    private static void Pair(Emitter e, string key, string value, bool plain = false)
    {
        Key(e, key);
        if (plain)
        {
            e.Emit(new Scalar(value));
            return;
        }

        // A lone surrogate cannot be written as YAML (or UTF-8): it becomes U+FFFD.
        value = value.Any(char.IsSurrogate) ? Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(value)) : value;
        e.Emit(new Scalar(AnchorName.Empty, TagName.Empty, value, NeedsQuotes(value) || value.Any(Unprintable) ? ScalarStyle.DoubleQuoted : ScalarStyle.Any, true, true));
    }

    /// <summary>
    /// Characters YamlDotNet 18.1.0 loses in its block styles (NEL and the Unicode line and paragraph separators are
    /// folded away; found by the round-trip property test) or that are not printable: written double-quoted, escaped.
    /// </summary>
    private static bool Unprintable(char c) => c < ' ' || c is (>= '\u007f' and <= '\u009f') or '\u2028' or '\u2029' or '\ufeff' || char.IsSurrogate(c);

    private static bool NeedsQuotes(string value) =>
        value.Length == 0 || value is "true" or "false" or "null" or "~" or "True" or "False" or "Null" or "NULL" or "TRUE" or "FALSE" or "yes" or "no" or "on" or "off"
        || decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
        || value.Contains('\n', StringComparison.Ordinal) || value.Contains('\t', StringComparison.Ordinal) || value != value.Trim();

    private sealed record Plan(bool IsRatio, decimal Target, string? Value, Direction Direction, string? SliceWindow);
}

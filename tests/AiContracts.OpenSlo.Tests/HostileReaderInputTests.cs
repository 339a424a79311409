using System.Globalization;
using System.Text;
using AiContracts.Domain.Computations;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;
using AiContracts.OpenSlo.Internal;
using CsCheck;

namespace AiContracts.OpenSlo.Tests;

/// <summary>
/// The hostile inputs of issue 24 against the OpenSLO, Prometheus and CSV readers: each gives a finding with a line and
/// a column, and no exception escapes.
/// </summary>
public sealed class HostileReaderInputTests
{
    /// <summary>2026-05-01T00:00:00Z.</summary>
    private const long May1 = 1_777_593_600;

    /// <summary>9999-12-01T00:00:00Z.</summary>
    private const long December9999 = 253_399_622_400;

    // 1. The duplicate-key check: linear in the keys of a mapping.

    [Fact]
    public void Looking_for_a_repeated_key_compares_a_bounded_number_of_keys_per_key()
    {
        const int keys = 4_000;
        var yaml = FlatMapping(keys) + "k17: again\n";

        YamlNode.KeyComparisons = 0;
        var import = OpenSloConverter.Import(yaml);
        var comparisons = YamlNode.KeyComparisons;

        var finding = Assert.Single(import.Report.Diagnostics, d => d.Code == "AIC8003");
        Assert.Equal((keys + 1, 1), (finding.Line, finding.Column));
        // A scan of the keys read so far makes keys^2 / 2 (8 million) comparisons; a set of keys a few per key.
        Assert.True(comparisons <= 10L * keys, $"{comparisons} key comparisons for {keys} keys");
    }

    [Fact]
    public void A_flat_mapping_of_200000_keys_is_read_and_its_one_repeated_key_reported_at_its_line()
    {
        const int keys = 200_000;
        var yaml = FlatMapping(keys) + "k123456: again\n";

        var import = OpenSloConverter.Import(yaml, new OpenSloOptions { MaxNodes = 1_000_000 });

        var finding = Assert.Single(import.Report.Diagnostics, d => d.Code == "AIC8003");
        Assert.Equal(("/0", keys + 1, 1), (finding.Pointer, finding.Line, finding.Column));
        Assert.Contains("'k123456'", finding.Message, StringComparison.Ordinal);
    }

    // 2. Prometheus JSON: an escaped lone surrogate, invalid UTF-8.

    [Theory]
    [InlineData("{\"status\":\"\\ud800\"}", 1, 12)]
    [InlineData("{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[\n{\"metric\":{\"job\":\"a\\udc00b\"},\"values\":[]}]}}", 2, 20)]
    [InlineData("{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[\n{\"metric\":{\"j\\ud800\":\"a\"},\"values\":[]}]}}", 2, 14)]
    public void An_escaped_lone_surrogate_in_prometheus_json_is_malformed_data_at_the_escape(string json, int line, int column)
    {
        var import = MonitoringMeasurements.FromPrometheus(Encoding.UTF8.GetBytes(json), null, Options());

        var finding = Assert.Single(import.Report.Diagnostics);
        Assert.Equal(("AIC8101", line, column), (finding.Code, finding.Line, finding.Column));
        Assert.Contains("lone surrogate", finding.Message, StringComparison.Ordinal);
        Assert.Null(import.Measurements);
    }

    [Fact]
    public void Invalid_utf8_in_prometheus_json_is_malformed_data_at_the_byte()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[\n{\"metric\":{\"job\":\"aXb\"},\"values\":[]}]}}");
        bytes[Array.IndexOf(bytes, (byte)'X')] = 0xFF;

        var import = MonitoringMeasurements.FromPrometheus(bytes, null, Options());

        var finding = Assert.Single(import.Report.Diagnostics);
        Assert.Equal(("AIC8101", 2, 20), (finding.Code, finding.Line, finding.Column));
        Assert.Contains("0xFF is not valid UTF-8", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_in_csv_bytes_is_malformed_data_at_the_byte_and_a_byte_order_mark_is_skipped()
    {
        var options = Options() with { Series = [Options().Series[0] with { Role = SeriesRole.KpiValue }] };
        byte[] bad = [0xEF, 0xBB, 0xBF, .. "1777593900,1\n1777594200,2"u8, 0xB5, .. "\n"u8];

        var import = MonitoringMeasurements.FromCsv(bad, null, options);
        var good = MonitoringMeasurements.FromCsv(bad.AsMemory(0, bad.Length - 2), null, options);

        var finding = Assert.Single(import.Report.Diagnostics);
        Assert.Equal(("AIC8101", 2, 13), (finding.Code, finding.Line, finding.Column));
        Assert.True(good.IsValid, good.Report.ToString());
        Assert.Equal(1.5m, good.Measurements!.Kpis[0].Attained); // both samples read: the mark does not make the first line a header
    }

    // 3. YAML: invalid UTF-8 is refused at the byte, never replaced.

    [Fact]
    public void Invalid_utf8_in_yaml_is_malformed_yaml_at_the_byte()
    {
        var bytes = Encoding.UTF8.GetBytes("apiVersion: openslo/v1\nkind: SXO\nmetadata:\n  name: x\n");
        bytes[Array.IndexOf(bytes, (byte)'X')] = 0xC3; // a lead byte followed by 'O', not a continuation byte

        var import = OpenSloConverter.Import(bytes);

        var finding = Assert.Single(import.Report.Diagnostics);
        Assert.Equal(("AIC8001", 2, 8), (finding.Code, finding.Line, finding.Column));
        Assert.Contains("0xC3 is not valid UTF-8", finding.Message, StringComparison.Ordinal);
        Assert.Empty(import.Kpis);
    }

    [Theory]
    [InlineData("a: \"\\ud800\\u0041\"\n", 1, 5)]
    [InlineData("a: 1\nkind: \"\u00e9\\udc00\\udc00\"\n", 2, 10)]
    public void A_pair_of_escapes_that_is_not_a_surrogate_pair_is_malformed_yaml_at_the_first(string yaml, int line, int column)
    {
        var import = OpenSloConverter.Import(yaml);

        var finding = Assert.Single(import.Report.Diagnostics);
        Assert.Equal(("AIC8001", line, column), (finding.Code, finding.Line, finding.Column));
        Assert.Contains("lone surrogate", finding.Message, StringComparison.Ordinal);
    }

    // 4. Times in December 9999: the period's end is beyond the calendar.

    [Fact]
    public void A_prometheus_sample_in_december_9999_measured_for_that_month_is_a_date_beyond_the_calendar()
    {
        var json = "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[\n{\"metric\":{\"outcome\":\"requests\"},\"values\":[[" + (December9999 + 300) + ",\"1\"]]},\n"
            + "{\"metric\":{\"outcome\":\"failed\"},\"values\":[[" + (December9999 + 300) + ",\"0\"]]}]}}";

        var import = MonitoringMeasurements.FromPrometheus(json, null, Options() with { Period = ComputationPeriod.Month(9999, 12) });

        var finding = Assert.Single(import.Report.Diagnostics);
        Assert.Equal(("AIC7020", 1, 1), (finding.Code, finding.Line, finding.Column));
        Assert.Equal(DocumentKind.MonitoringData, finding.Document);
        Assert.Null(import.Measurements);
    }

    [Fact]
    public void A_csv_sample_in_december_9999_measured_for_that_month_is_a_date_beyond_the_calendar()
    {
        var options = Options() with { Period = ComputationPeriod.Month(9999, 12), Series = [Options().Series[0] with { Role = SeriesRole.KpiValue }] };

        var import = MonitoringMeasurements.FromCsv("9999-12-31T23:55:00Z,1\n", null, options);

        var finding = Assert.Single(import.Report.Diagnostics);
        Assert.Equal(("AIC7020", 1, 1), (finding.Code, finding.Line, finding.Column));
    }

    [Theory]
    [InlineData("Europe/Berlin")]
    [InlineData("America/New_York")]
    public void A_period_at_either_end_of_the_calendar_in_any_zone_gives_findings_not_an_exception(string zoneId)
    {
        var zone = NodaTime.DateTimeZoneProviders.Tzdb[zoneId];
        foreach (var period in new[] { ComputationPeriod.Month(1, 1), ComputationPeriod.Month(9999, 12), ComputationPeriod.Month(9999, 11) })
        {
            var options = Options() with { Period = period, TimeZone = zone, Series = [Options().Series[0] with { Role = SeriesRole.Up }] };

            var import = MonitoringMeasurements.FromCsv("1,1\n253402300799,0\n", null, options);

            Assert.All(import.Report.Diagnostics, d => Assert.True(d.Line >= 1, d.ToString()));
        }
    }

    [Fact]
    public void The_last_second_of_the_calendar_as_a_sample_time_is_read_without_an_exception()
    {
        var csv = "253402300799,1\n";
        var options = Options() with { Series = [Options().Series[0] with { Role = SeriesRole.KpiValue }] };

        var import = MonitoringMeasurements.FromCsv(csv, null, options);

        Assert.Equal(("AIC8105", 1), (import.Report.Diagnostics[0].Code, import.Report.Diagnostics[0].Line)); // outside May 2026
    }

    // 5. A byte-order mark may start each document of a YAML stream.

    [Theory]
    [InlineData("apiVersion: openslo/v1\nkind: Service\nmetadata:\n  name: a\n---\n\uFEFFapiVersion: openslo/v1\nkind: Service\nmetadata:\n  name: b\n")]
    [InlineData("apiVersion: openslo/v1\nkind: Service\nmetadata:\n  name: a\n\uFEFF---\napiVersion: openslo/v1\nkind: Service\nmetadata:\n  name: b\n")]
    [InlineData("\uFEFFapiVersion: openslo/v1\nkind: Service\nmetadata:\n  name: a\n...\n\uFEFF---\napiVersion: openslo/v1\nkind: Service\nmetadata:\n  name: b\n")]
    public void A_byte_order_mark_at_the_start_of_a_later_document_is_read_as_yaml_allows(string yaml)
    {
        foreach (var import in new[] { OpenSloConverter.Import(yaml), OpenSloConverter.Import(Encoding.UTF8.GetBytes(yaml)) })
        {
            Assert.True(import.IsValid, import.Report.ToString());
            Assert.Equal(["/0", "/1"], import.Report.Diagnostics.Select(d => d.Pointer)); // one note per Service
        }
    }

    [Fact]
    public void Columns_on_a_line_after_a_byte_order_mark_count_from_after_the_mark_like_the_json_pipeline()
    {
        var import = OpenSloConverter.Import("apiVersion: openslo/v1\nkind: Service\nmetadata:\n  name: a\n---\n\uFEFFapiVersion: openslo/v2alpha\nkind: SLO\n");

        var finding = Assert.Single(import.Report.Diagnostics, d => d.Code == "AIC0016");
        Assert.Equal(("/1/apiVersion", 6, 13), (finding.Pointer, finding.Line, finding.Column));
    }

    // 6. A flow collection left open at the end of the file.

    [Theory]
    [InlineData("kind: [a, b", 1, 7)]
    [InlineData("kind: [a, b\n", 1, 7)]
    [InlineData("apiVersion: openslo/v1\nkind: {a: b,\n  c: d\n", 2, 7)]
    [InlineData("a: 1\nb: [x, [y,\n  z]\n", 2, 4)]
    public void An_unterminated_flow_collection_is_reported_where_it_opens(string yaml, int line, int column)
    {
        var import = OpenSloConverter.Import(yaml);

        var finding = Assert.Single(import.Report.Diagnostics);
        Assert.Equal(("AIC8001", line, column), (finding.Code, finding.Line, finding.Column));
        Assert.True(finding.Line <= yaml.TrimEnd('\n').Split('\n').Length, "the line exists");
    }

    // 7. The findings cap: AIC0004 at the finding that overflowed it.

    [Fact]
    public void Too_many_yaml_findings_end_with_AIC0004_at_the_first_finding_left_out()
    {
        var yaml = string.Concat(Enumerable.Repeat("a: 1\n", 1_002)); // 1,001 repetitions of 'a', on lines 2 to 1,002

        var findings = OpenSloConverter.Import(yaml).Report.Diagnostics;

        Assert.Equal(1_001, findings.Count);
        var last = findings[^1];
        Assert.Equal(("AIC0004", 1_002, 1, DocumentKind.OpenSlo), (last.Code, last.Line, last.Column, last.Document));
    }

    [Fact]
    public void Too_many_monitoring_findings_end_with_AIC0004_at_the_first_finding_left_out()
    {
        var csv = string.Join("\n", Enumerable.Range(1, 1_001).Select(k => (May1 + (300L * k)).ToString(CultureInfo.InvariantCulture) + ",NaN")) + "\n";
        var options = Options() with { Series = [Options().Series[0] with { Role = SeriesRole.KpiValue }] };

        var findings = MonitoringMeasurements.FromCsv(csv, null, options).Report.Diagnostics;

        var last = findings[^1];
        Assert.Equal(("AIC0004", 1_001, 12), (last.Code, last.Line, last.Column));
    }

    // Any bytes: hostile fragments (escaped surrogates, invalid UTF-8, byte-order marks, times at the calendar's end)
    // give findings, each with a position, and never an exception.

    [Fact]
    public void Any_bytes_give_findings_with_positions_and_never_an_exception()
    {
        var fragments = Gen.OneOf(
            Gen.Const("{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[{\"metric\":{\"a\":\""u8.ToArray()),
            Gen.Const("\\ud800"u8.ToArray()), Gen.Const("\\udc00"u8.ToArray()), Gen.Const("\"},\"values\":[["u8.ToArray()),
            Gen.Const("253402300799,\"1\"]"u8.ToArray()), Gen.Const("9999-12-31T23:55:00Z,1\n"u8.ToArray()), Gen.Const(new byte[] { 0xFF }),
            Gen.Const(new byte[] { 0xEF, 0xBB, 0xBF }), Gen.Const("---\n"u8.ToArray()), Gen.Const("kind: [a, {b: "u8.ToArray()),
            Gen.Const("a: 1\n"u8.ToArray()), Gen.Const("\n"u8.ToArray()), Gen.Byte.Array[0, 4]);
        var december = Options() with { Period = ComputationPeriod.Month(9999, 12) };
        var csv = december with { Series = [Options().Series[0] with { Role = SeriesRole.KpiValue }] };
        fragments.Array[0, 20].Select(parts => parts.SelectMany(p => p).ToArray()).Sample(bytes =>
        {
            var reports = new[]
            {
                OpenSloConverter.Import(bytes).Report,
                MonitoringMeasurements.FromPrometheus(bytes, null, december).Report,
                MonitoringMeasurements.FromCsv(Encoding.UTF8.GetString(bytes), null, csv).Report,
                MonitoringMeasurements.FromCsv(bytes, null, csv).Report,
            };
            Assert.All(reports.SelectMany(r => r.Diagnostics), d => Assert.True(d.Line >= 1 && d.Column >= 1, d.ToString()));
        }, iter: 3000);
    }

    private static string FlatMapping(int keys)
    {
        var text = new StringBuilder(keys * 12);
        for (var k = 0; k < keys; k++)
        {
            text.Append('k').Append(k.ToString(CultureInfo.InvariantCulture)).Append(": ").Append(k.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        return text.ToString();
    }

    private static MonitoringOptions Options() => new()
    {
        Period = ComputationPeriod.Month(2026, 5),
        Series =
        [
            new SeriesMapping { KpiId = LocalId.From("kpi-x"), Role = SeriesRole.Requests, Selector = "{outcome=\"requests\"}" },
            new SeriesMapping { KpiId = LocalId.From("kpi-x"), Role = SeriesRole.FailedRequests, Selector = "{outcome=\"failed\"}" },
        ],
    };
}

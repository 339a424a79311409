using AiContracts.Domain.Computations;
using AiContracts.Domain.Primitives;

namespace AiContracts.OpenSlo.Tests;

/// <summary>
/// Findings about a YAML key or a Prometheus label point at it with the key escaped as RFC 6901 says (<c>/</c> as
/// <c>~1</c>, <c>~</c> as <c>~0</c>): a key holding either character is one segment, not two or a broken escape.
/// </summary>
public sealed class PointerEscapingTests
{
    [Fact]
    public void A_finding_about_an_annotation_of_this_package_points_at_its_key_with_the_slash_escaped()
    {
        // Every annotation this package reads is named aicontracts.dev/..., so its key always holds a '/'.
        var import = OpenSloConverter.Import(Slo("""
              annotations:
                aicontracts.dev/unit: Parsecs
            """, string.Empty));

        var finding = Assert.Single(import.Report.Diagnostics, d => d.Code == "AIC0013");
        Assert.Equal("/0/metadata/annotations/aicontracts.dev~1unit", finding.Pointer);
    }

    [Fact]
    public void A_finding_about_a_data_source_field_points_at_its_key_with_slash_and_tilde_escaped()
    {
        var import = OpenSloConverter.Import(Slo(string.Empty, """
                        a/b~c: somewhere
            """));

        var finding = Assert.Single(import.Report.Diagnostics, d => d.Code == "AIC8005");
        Assert.Equal("/0/spec/indicator/spec/thresholdMetric/metricSource/spec/a~1b~0c", finding.Pointer);
    }

    [Fact]
    public void A_finding_about_a_Prometheus_label_points_at_it_with_the_tilde_escaped()
    {
        const string json = """{"status":"success","data":{"resultType":"matrix","result":[{"metric":{"x~y":5},"values":[]}]}}""";

        var import = MonitoringMeasurements.FromPrometheus(json, null, new MonitoringOptions
        {
            Period = ComputationPeriod.Month(2026, 5),
            Series = [new SeriesMapping { KpiId = LocalId.From("kpi-x"), Role = SeriesRole.Requests, Selector = "{outcome=\"requests\"}" }],
        });

        var finding = Assert.Single(import.Report.Diagnostics, d => d.Code == "AIC8101");
        Assert.Equal("/data/result/0/metric/x~0y", finding.Pointer);
    }

    /// <summary>A threshold SLO with its indicator inline; <paramref name="metadata"/> and <paramref name="sourceSpec"/> are indented lines added to its metadata and to its metric source's spec.</summary>
    private static string Slo(string metadata, string sourceSpec) => $"""
        apiVersion: openslo/v1
        kind: SLO
        metadata:
          name: assistant-latency
        {metadata}
        spec:
          indicator:
            metadata:
              name: assistant-latency
            spec:
              thresholdMetric:
                metricSource:
                  type: Prometheus
                  spec:
                    query: latency_p95_ms
        {sourceSpec}
          timeWindow:
            - duration: 28d
              isRolling: true
          budgetingMethod: Occurrences
          objectives:
            - op: lte
              value: 1200
              target: 0.95
        """;
}

using System.Globalization;
using System.Text;
using AiContracts.Domain;
using AiContracts.Domain.Computations;
using AiContracts.Domain.Computations.ServiceCredits;
using AiContracts.Domain.Primitives;
using AiContracts.Json;
using AiContracts.TestUtilities;
using NodaTime;

namespace AiContracts.OpenSlo.Tests;

/// <summary>
/// End to end: a Prometheus range-query result for a whole month at 5-minute resolution (8,928 points per series)
/// becomes measurements, and SlaEvaluator evaluates them; the expected attainment and credit are computed here from the
/// generated counts, with integer arithmetic and the credit table written out, not with the package's code.
/// </summary>
public sealed class MonthOfPrometheusTests
{
    private const int Intervals = 31 * 24 * 12; // May 2026 in Europe/Berlin: no clock change, 8,928 five-minute intervals

    [Fact]
    public void A_month_of_five_minute_requests_and_failures_is_evaluated_to_the_attainment_and_credit_computed_independently()
    {
        var (requests, failed) = Traffic();
        var contract = Contract();
        var json = RangeResult(requests, failed, out var points);
        Assert.Equal(2 * 8_928, points);

        var import = MonitoringMeasurements.FromPrometheus(Encoding.UTF8.GetBytes(json), contract, Options());

        Assert.True(import.IsValid, import.Report.ToString());
        var kpi = Assert.Single(import.Measurements!.Kpis);
        Assert.Equal(Intervals, kpi.Intervals.Count);
        var evaluation = SlaEvaluator.Evaluate(contract, import.Measurements);
        var objective = evaluation.Objectives.Single(o => o.ObjectiveId.Value == "slo-availability");

        // Independently: an interval is down when more than 5 % of its requests failed (failed * 100 > 5 * requests).
        var down = Enumerable.Range(0, Intervals).Count(k => failed[k] * 100L > 5L * requests[k]);
        var expectedAttained = (Intervals - down) * 100m / Intervals;
        var expectedCredit = expectedAttained >= 99.9m ? 0m : expectedAttained >= 99.0m ? 10m : expectedAttained >= 95.0m ? 25m : 100m;
        Assert.Equal(123, down); // 30 outage intervals and 93 intervals with 6 % errors; the 1-error intervals stay up
        Assert.Equal(expectedAttained, objective.Attained);
        Assert.Equal(expectedCredit, objective.CreditPercentage.Value);
        Assert.Equal(down, objective.Availability!.DownIntervals);
    }

    [Fact]
    public void The_measurements_file_written_from_the_month_reads_back_as_the_same_measurements()
    {
        var (requests, failed) = Traffic();
        var import = MonitoringMeasurements.FromPrometheus(RangeResult(requests, failed, out _), Contract(), Options());

        var json = ComputationJson.Serialize(import.Measurements!);

        Assert.Equal(import.Measurements, ComputationJson.Deserialize<SlaMeasurements>(json));
        Assert.Contains("\"start\": \"2026-04-30T22:00:00Z\"", json, StringComparison.Ordinal); // midnight of 1 May in Berlin
    }

    /// <summary>The first sample (00:05 local) closes the first interval (00:00 to 00:05); requests vary, failures are rare.</summary>
    internal static (long[] Requests, long[] Failed) Traffic()
    {
        var requests = new long[Intervals];
        var failed = new long[Intervals];
        for (var k = 0; k < Intervals; k++)
        {
            requests[k] = 800 + (k * 37 % 400);
            failed[k] = k is >= 2000 and < 2030 ? requests[k]                 // a 2.5-hour outage
                : k % 97 == 0 ? (requests[k] * 6 + 99) / 100                  // 6 %: down
                : k % 13 == 0 ? 1                                             // one failure: up
                : 0;
        }

        return (requests, failed);
    }

    internal static string RangeResult(long[] requests, long[] failed, out int points)
    {
        var start = Instant.FromUtc(2026, 4, 30, 22, 0);
        var json = new StringBuilder("{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[");
        points = 0;
        foreach (var (outcome, values) in new[] { ("total", requests), ("failed", failed) })
        {
            json.Append(outcome == "total" ? string.Empty : ",").Append("{\"metric\":{\"job\":\"llm-api\",\"outcome\":\"").Append(outcome).Append("\"},\"values\":[");
            for (var k = 0; k < values.Length; k++)
            {
                var time = (start + Duration.FromMinutes(5 * (k + 1))).ToUnixTimeSeconds();
                // Prometheus writes times as seconds with up to three decimals and values as strings, here as increase() does.
                json.Append(k == 0 ? "\n[" : ",\n[").Append(time.ToString(CultureInfo.InvariantCulture)).Append(".000,\"").Append(values[k].ToString(CultureInfo.InvariantCulture)).Append("\"]");
                points++;
            }

            json.Append("]}");
        }

        return json.Append("]}}").ToString();
    }

    internal static MonitoringOptions Options() => new()
    {
        Period = ComputationPeriod.Month(2026, 5),
        Series =
        [
            new SeriesMapping { KpiId = LocalId.From("kpi-availability"), Role = SeriesRole.Requests, Selector = "{job=\"llm-api\",outcome=\"total\"}" },
            new SeriesMapping { KpiId = LocalId.From("kpi-availability"), Role = SeriesRole.FailedRequests, Selector = "{outcome=\"failed\"}" },
        ],
    };

    /// <summary>The vendor sample, with five-minute availability intervals and without the objective's exclusions (the test's arithmetic stays simple).</summary>
    internal static AiContract Contract()
    {
        var sample = AiContractSerializer.Default.Deserialize(File.ReadAllText(Path.Combine(SampleFiles.ContractsFolder, "01-vendor-llm-api.json")));
        var levels = sample.ServiceLevels!;
        return sample with
        {
            ServiceLevels = levels with
            {
                Kpis = ValueArray.From(levels.Kpis.Select(k => k.Id.Value == "kpi-availability"
                    ? k with { AvailabilityDefinition = k.AvailabilityDefinition! with { IntervalLength = Duration.FromMinutes(5) } }
                    : k)),
                Objectives = ValueArray.From(levels.Objectives.Select(o => o.Id.Value == "slo-availability" ? o with { Exclusions = [] } : o)),
            },
        };
    }
}

using Ardalis.SmartEnum;

namespace AiContracts.OpenSlo;

/// <summary>What the samples of a monitoring series are, and so which measurement of its KPI they make.</summary>
/// <remarks>A closed vocabulary. Thread safety: immutable.</remarks>
public sealed class SeriesRole : SmartEnum<SeriesRole>
{
    /// <summary>Values of the KPI itself (a latency, an accuracy...), aggregated over the period as the KPI says into its attained value.</summary>
    public static readonly SeriesRole KpiValue = new(nameof(KpiValue), 1);

    /// <summary>1 when the service was up during the interval the sample closes, 0 when it was down (Prometheus <c>up</c>); the down intervals become outages.</summary>
    public static readonly SeriesRole Up = new(nameof(Up), 2);

    /// <summary>The requests of each interval (for example <c>sum(increase(http_requests_total[5m]))</c>).</summary>
    public static readonly SeriesRole Requests = new(nameof(Requests), 3);

    /// <summary>The failed requests of each interval; with <see cref="Requests"/> they make intervals or event counts.</summary>
    public static readonly SeriesRole FailedRequests = new(nameof(FailedRequests), 4);

    private SeriesRole(string name, int value)
        : base(name, value)
    {
    }
}

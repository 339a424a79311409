using System.Globalization;
using AiContracts.Domain.Computations.Invoicing;
using AiContracts.Domain.Computations.ServiceCredits;
using AiContracts.Domain.Exit;
using AiContracts.Domain.Validation;
using NodaTime;

namespace AiContracts.Reporting;

/// <summary>What a <see cref="ContractReport"/> shows beyond the contract itself, and how it formats numbers and dates.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record ReportOptions
{
    /// <summary>The default options: the <c>ai-deployment-baseline</c> playbook, the invariant culture, no measurements or usage.</summary>
    public static ReportOptions Default { get; } = new();

    /// <summary>The playbook whose findings and completeness checklist the report shows.</summary>
    /// <value><see cref="Playbook.AiDeploymentBaseline"/>, the library's one default.</value>
    public Playbook Playbook { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = Playbook.AiDeploymentBaseline;

    /// <summary>A period's measurements; when set, the report shows each objective's attainment and service credit for that period.</summary>
    /// <value>None by default.</value>
    public SlaMeasurements? Measurements { get; init; }

    /// <summary>A billing period's usage; when set, the report shows the period's invoice (with the credits of <see cref="Measurements"/> when both are set).</summary>
    /// <value>None by default.</value>
    public UsageStatement? Usage { get; init; }

    /// <summary>The culture that formats numbers, money, percentages and dates; null for the invariant culture (ISO dates).</summary>
    /// <value>Null: the invariant culture, so that a report is the same on every machine.</value>
    public CultureInfo? Culture { get; init; }

    /// <summary>The date of the notice the exit timeline assumes; null for the earliest day the right can be exercised (the effective date plus any lock-in).</summary>
    /// <value>Null by default.</value>
    public LocalDate? ExitNoticeDate { get; init; }

    /// <summary>The trigger of the termination right the exit timeline assumes; null for the customer's convenience right, else the first right the contract lists.</summary>
    /// <value>Null by default.</value>
    public TerminationTrigger? ExitTrigger { get; init; }

    /// <summary>The largest number of charts of each kind (credit step charts, cost curves) the HTML page draws; the rest are listed as tables with a note.</summary>
    /// <value>20. A contract with thousands of objectives still renders, and its page stays usable.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int MaxCharts
    {
        get;
        init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "MaxCharts must be 0 or more.");
    } = 20;
}

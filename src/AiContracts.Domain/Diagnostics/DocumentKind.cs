using Ardalis.SmartEnum;

namespace AiContracts.Domain.Diagnostics;

/// <summary>
/// The kind of document a finding is about, so that findings about several documents (a calculator's findings about
/// the contract and about its usage file, say) are told apart; a finding's pointer points into that document.
/// </summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class DocumentKind : SmartEnum<DocumentKind>
{
    /// <summary>A contract: a contract document or an <see cref="AiContract"/> built in C#.</summary>
    public static readonly DocumentKind Contract = new(nameof(Contract), 1);

    /// <summary>A playbook document.</summary>
    public static readonly DocumentKind Playbook = new(nameof(Playbook), 2);

    /// <summary>A period's measurements, the input of an SLA evaluation.</summary>
    public static readonly DocumentKind Measurements = new(nameof(Measurements), 3);

    /// <summary>A billing period's usage statement, the input of an invoice.</summary>
    public static readonly DocumentKind Usage = new(nameof(Usage), 4);

    /// <summary>An SLA evaluation (for example the one whose credits an invoice applies).</summary>
    public static readonly DocumentKind Evaluation = new(nameof(Evaluation), 5);

    /// <summary>The history of SLA evaluations a chronic-breach assessment reads; pointers start with the evaluation's index.</summary>
    public static readonly DocumentKind EvaluationHistory = new(nameof(EvaluationHistory), 6);

    /// <summary>A termination notice, the input of an exit timeline.</summary>
    public static readonly DocumentKind TerminationNotice = new(nameof(TerminationNotice), 7);

    /// <summary>An invoice.</summary>
    public static readonly DocumentKind Invoice = new(nameof(Invoice), 8);

    /// <summary>A chronic-breach assessment.</summary>
    public static readonly DocumentKind ChronicBreachAssessment = new(nameof(ChronicBreachAssessment), 9);

    /// <summary>An exit timeline.</summary>
    public static readonly DocumentKind ExitTimeline = new(nameof(ExitTimeline), 10);

    /// <summary>An OpenSLO YAML file (one or more documents); pointers start with the document's index in the file.</summary>
    public static readonly DocumentKind OpenSlo = new(nameof(OpenSlo), 11);

    /// <summary>Monitoring data: a Prometheus HTTP API query result (JSON) or a timestamp,value CSV file.</summary>
    public static readonly DocumentKind MonitoringData = new(nameof(MonitoringData), 12);

    private DocumentKind(string name, int value)
        : base(name, value)
    {
    }
}

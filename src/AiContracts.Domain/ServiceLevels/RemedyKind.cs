using Ardalis.SmartEnum;

namespace AiContracts.Domain.ServiceLevels;

/// <summary>What happens when an objective is breached or drift crosses a threshold.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class RemedyKind : SmartEnum<RemedyKind>
{
    /// <summary>A credit against future fees, from the objective's credit bands.</summary>
    public static readonly RemedyKind ServiceCredit = new(nameof(ServiceCredit), 1);

    /// <summary>A refund of fees paid.</summary>
    public static readonly RemedyKind Refund = new(nameof(Refund), 2);

    /// <summary>The provider retrains the model.</summary>
    public static readonly RemedyKind Retrain = new(nameof(Retrain), 3);

    /// <summary>The provider rolls back to the last accepted model version.</summary>
    public static readonly RemedyKind Rollback = new(nameof(Rollback), 4);

    /// <summary>The provider notifies the customer.</summary>
    public static readonly RemedyKind Notify = new(nameof(Notify), 5);

    /// <summary>The provider delivers a root-cause analysis.</summary>
    public static readonly RemedyKind RootCauseAnalysis = new(nameof(RootCauseAnalysis), 6);

    /// <summary>The provider delivers and carries out a remediation plan.</summary>
    public static readonly RemedyKind RemediationPlan = new(nameof(RemediationPlan), 7);

    /// <summary>The issue goes to the escalation contacts.</summary>
    public static readonly RemedyKind Escalation = new(nameof(Escalation), 8);

    private RemedyKind(string name, int value)
        : base(name, value)
    {
    }
}

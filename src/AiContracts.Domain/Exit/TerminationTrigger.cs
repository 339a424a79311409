using Ardalis.SmartEnum;

namespace AiContracts.Domain.Exit;

/// <summary>What entitles a party to terminate.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class TerminationTrigger : SmartEnum<TerminationTrigger>
{
    /// <summary>No reason needed, on notice.</summary>
    public static readonly TerminationTrigger Convenience = new(nameof(Convenience), 1);

    /// <summary>A material breach not cured within the cure period.</summary>
    public static readonly TerminationTrigger MaterialBreach = new(nameof(MaterialBreach), 2);

    /// <summary>Repeated breaches of service levels, as the objectives define.</summary>
    public static readonly TerminationTrigger ChronicSlaBreach = new(nameof(ChronicSlaBreach), 3);

    /// <summary>Insolvency of the other party.</summary>
    public static readonly TerminationTrigger Insolvency = new(nameof(Insolvency), 4);

    /// <summary>A change of control of the other party.</summary>
    public static readonly TerminationTrigger ChangeOfControl = new(nameof(ChangeOfControl), 5);

    /// <summary>A change of law that makes the deployment unlawful or materially harder.</summary>
    public static readonly TerminationTrigger RegulatoryChange = new(nameof(RegulatoryChange), 6);

    /// <summary>Fees unpaid past the payment terms.</summary>
    public static readonly TerminationTrigger NonPayment = new(nameof(NonPayment), 7);

    private TerminationTrigger(string name, int value)
        : base(name, value)
    {
    }
}

using Ardalis.SmartEnum;

namespace AiContracts.Domain.Pricing;

/// <summary>A mechanism that returns money to the customer.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class RefundKind : SmartEnum<RefundKind>
{
    /// <summary>Credits against future invoices for missed service levels.</summary>
    public static readonly RefundKind ServiceCredit = new(nameof(ServiceCredit), 1);

    /// <summary>Refund of prepaid fees not drawn down.</summary>
    public static readonly RefundKind PrepaidFeeRefund = new(nameof(PrepaidFeeRefund), 2);

    /// <summary>Pro-rata refund of fees paid for a period not served.</summary>
    public static readonly RefundKind ProRataRefund = new(nameof(ProRataRefund), 3);

    /// <summary>A reduction of future fees.</summary>
    public static readonly RefundKind FeeReduction = new(nameof(FeeReduction), 4);

    private RefundKind(string name, int value)
        : base(name, value)
    {
    }
}

using Ardalis.SmartEnum;

namespace AiContracts.Domain.DataProcessing;

/// <summary>How long a category of data is kept.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class RetentionKind : SmartEnum<RetentionKind>
{
    /// <summary>Not stored beyond processing the request (zero data retention).</summary>
    public static readonly RetentionKind NotRetained = new(nameof(NotRetained), 1);

    /// <summary>Kept for a stated period.</summary>
    public static readonly RetentionKind FixedPeriod = new(nameof(FixedPeriod), 2);

    /// <summary>Kept until the contract ends, then deleted under the deletion terms.</summary>
    public static readonly RetentionKind UntilContractEnd = new(nameof(UntilContractEnd), 3);

    /// <summary>Kept without a time limit.</summary>
    public static readonly RetentionKind Indefinite = new(nameof(Indefinite), 4);

    private RetentionKind(string name, int value)
        : base(name, value)
    {
    }
}

using Ardalis.SmartEnum;

namespace AiContracts.Domain.Pricing;

/// <summary>What a meter counts.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class MeterUnit : SmartEnum<MeterUnit>
{
    /// <summary>Tokens, input and output together.</summary>
    public static readonly MeterUnit Tokens = new(nameof(Tokens), 1);

    /// <summary>Input (prompt) tokens.</summary>
    public static readonly MeterUnit InputTokens = new(nameof(InputTokens), 2);

    /// <summary>Output (completion) tokens.</summary>
    public static readonly MeterUnit OutputTokens = new(nameof(OutputTokens), 3);

    /// <summary>API requests.</summary>
    public static readonly MeterUnit Requests = new(nameof(Requests), 4);

    /// <summary>Predictions or scored records.</summary>
    public static readonly MeterUnit Predictions = new(nameof(Predictions), 5);

    /// <summary>Images processed or generated.</summary>
    public static readonly MeterUnit Images = new(nameof(Images), 6);

    /// <summary>Minutes of audio.</summary>
    public static readonly MeterUnit AudioMinutes = new(nameof(AudioMinutes), 7);

    /// <summary>Characters of text.</summary>
    public static readonly MeterUnit Characters = new(nameof(Characters), 8);

    /// <summary>Documents processed.</summary>
    public static readonly MeterUnit Documents = new(nameof(Documents), 9);

    /// <summary>Pages processed.</summary>
    public static readonly MeterUnit Pages = new(nameof(Pages), 10);

    /// <summary>Hours of compute.</summary>
    public static readonly MeterUnit ComputeHours = new(nameof(ComputeHours), 11);

    /// <summary>Hours of GPU time.</summary>
    public static readonly MeterUnit GpuHours = new(nameof(GpuHours), 12);

    /// <summary>Named users.</summary>
    public static readonly MeterUnit Seats = new(nameof(Seats), 13);

    /// <summary>Business transactions handled.</summary>
    public static readonly MeterUnit Transactions = new(nameof(Transactions), 14);

    /// <summary>Storage, in gigabyte-months.</summary>
    public static readonly MeterUnit GigabyteMonths = new(nameof(GigabyteMonths), 15);

    /// <summary>Nothing is counted: a subscription priced with a flat fee.</summary>
    public static readonly MeterUnit Subscription = new(nameof(Subscription), 16);

    private MeterUnit(string name, int value)
        : base(name, value)
    {
    }
}

using Ardalis.SmartEnum;

namespace AiContracts.Domain.Pricing;

/// <summary>What a reserved-capacity price is for: one unit for an hour, a month or a year. Introduced in format 1.2.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class ReservationPriceBasis : SmartEnum<ReservationPriceBasis>
{
    /// <summary>The price of one unit for one hour; a part of an hour is charged pro rata.</summary>
    public static readonly ReservationPriceBasis UnitHour = new(nameof(UnitHour), 1);

    /// <summary>The price of one unit for one month of the commitment, counted from its start; a part of such a month inside the billing period is charged pro rata by time.</summary>
    public static readonly ReservationPriceBasis UnitMonth = new(nameof(UnitMonth), 2);

    /// <summary>The price of one unit for one year of the commitment, counted from its start; a part of such a year inside the billing period is charged pro rata by time.</summary>
    public static readonly ReservationPriceBasis UnitYear = new(nameof(UnitYear), 3);

    private ReservationPriceBasis(string name, int value)
        : base(name, value)
    {
    }
}

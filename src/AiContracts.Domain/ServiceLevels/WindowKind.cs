using Ardalis.SmartEnum;

namespace AiContracts.Domain.ServiceLevels;

/// <summary>The kind of window a KPI is measured over.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class WindowKind : SmartEnum<WindowKind>
{
    /// <summary>A calendar day in the contract's time zone.</summary>
    public static readonly WindowKind CalendarDay = new(nameof(CalendarDay), 1);

    /// <summary>An ISO calendar week (Monday to Sunday) in the contract's time zone.</summary>
    public static readonly WindowKind CalendarWeek = new(nameof(CalendarWeek), 2);

    /// <summary>A calendar month in the contract's time zone.</summary>
    public static readonly WindowKind CalendarMonth = new(nameof(CalendarMonth), 3);

    /// <summary>A calendar quarter in the contract's time zone.</summary>
    public static readonly WindowKind CalendarQuarter = new(nameof(CalendarQuarter), 4);

    /// <summary>A rolling period of fixed length ending at the time of measurement.</summary>
    public static readonly WindowKind Rolling = new(nameof(Rolling), 5);

    private WindowKind(string name, int value)
        : base(name, value)
    {
    }
}

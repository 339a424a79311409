using AiContracts.Domain.Internal;
using NodaTime;

namespace AiContracts.Domain.ServiceLevels;

/// <summary>A weekly maintenance window in the contract's time zone.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record MaintenanceWindow
{
    /// <summary>The day of the week the window starts.</summary>
    public required IsoDayOfWeek Day { get; init; }

    /// <summary>The local time the window starts.</summary>
    public required LocalTime Start { get; init; }

    /// <summary>How long the window lasts.</summary>
    public required Duration Length { get; init; }

    /// <summary>How long before maintenance the provider must announce it.</summary>
    public Period? AdvanceNotice { get; init; }

    /// <summary>The record's members as the compiler would write them, formatted with the invariant culture (numbers with a dot, dates in ISO 8601).</summary>
    /// <returns>The text, the same on every machine.</returns>
    public override string ToString() => InvariantText.Record(nameof(MaintenanceWindow), PrintMembers);
}

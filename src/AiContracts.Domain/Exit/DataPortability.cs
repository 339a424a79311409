using AiContracts.Domain.Primitives;
using NodaTime;

namespace AiContracts.Domain.Exit;

/// <summary>What data the customer gets back at exit, in which formats, by when.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record DataPortability
{
    /// <summary>What is handed over.</summary>
    public ValueArray<PortableAsset> Scope { get; init; }

    /// <summary>The formats it is handed over in.</summary>
    public ValueArray<DataFormat> Formats { get; init; }

    /// <summary>How soon after termination the handover is complete.</summary>
    public Period? Deadline { get; init; }

    /// <summary>How the export is paid for.</summary>
    public CostBasis? Cost { get; init; }

    /// <summary>The fee, for a fixed fee.</summary>
    public Money? Fee { get; init; }
}

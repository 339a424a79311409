using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Integration;

/// <summary>An acceptance test case the system must pass.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record AcceptanceTestCase
{
    /// <summary>The test case's identifier.</summary>
    public required LocalId Id { get; init; }

    /// <summary>A short title.</summary>
    public required string Title { get; init; }

    /// <summary>What the test checks.</summary>
    public AcceptanceTestKind? Kind { get; init; }

    /// <summary>The interface under test.</summary>
    public LocalId? InterfaceId { get; init; }

    /// <summary>How the test is run.</summary>
    public string? Procedure { get; init; }

    /// <summary>What counts as a pass.</summary>
    public string? ExpectedResult { get; init; }
}

namespace AiContracts.Domain;

/// <summary>A person to contact.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record Contact
{
    /// <summary>The person's name.</summary>
    public required string Name { get; init; }

    /// <summary>The person's role, for example "Head of Procurement".</summary>
    public string? Role { get; init; }

    /// <summary>An e-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>A telephone number.</summary>
    public string? Phone { get; init; }
}

using AiContracts.Domain.Primitives;

namespace AiContracts.Domain;

/// <summary>A party to the contract.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record Party
{
    /// <summary>The party's name, for example "Northwind Insurance plc" or "Group Data Science".</summary>
    public required string Name { get; init; }

    /// <summary>A registration number or LEI that identifies the legal entity.</summary>
    public string? LegalEntityIdentifier { get; init; }

    /// <summary>For an internal department: the cost centre charged or credited.</summary>
    public string? CostCentre { get; init; }

    /// <summary>The country of establishment, as an ISO 3166-1 alpha-2 code such as DE.</summary>
    public string? Country { get; init; }

    /// <summary>The registered address.</summary>
    public string? Address { get; init; }

    /// <summary>People to contact about the contract.</summary>
    public ValueArray<Contact> Contacts { get; init; }
}

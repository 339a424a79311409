using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.DataProcessing;

/// <summary>Terms for one category of data: protection, purposes, training, retention, deletion and access.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record DataCategoryTerms
{
    /// <summary>The category of data.</summary>
    public required DataCategory Category { get; init; }

    /// <summary>What the data is, in the contract's words.</summary>
    public string? Description { get; init; }

    /// <summary>Whether the data includes personal data; null when the contract does not say.</summary>
    public bool? ContainsPersonalData { get; init; }

    /// <summary>The types of personal data, for example "name", "claim history".</summary>
    public ValueArray<string> PersonalDataTypes { get; init; }

    /// <summary>The categories of people the personal data is about.</summary>
    public ValueArray<DataSubjectCategory> DataSubjects { get; init; }

    /// <summary>How the data is protected before it reaches the provider.</summary>
    public ProtectionLevel? ProtectionLevel { get; init; }

    /// <summary>Why raw data is needed, when the protection level is raw.</summary>
    public string? RawDataJustification { get; init; }

    /// <summary>The purposes the provider may process the data for.</summary>
    public ValueArray<ProcessingPurpose> PermittedPurposes { get; init; }

    /// <summary>Whether the provider may use the data to train or improve its own models; false unless stated.</summary>
    public bool VendorMayTrain { get; init; }

    /// <summary>How long the data is kept.</summary>
    public RetentionTerms? Retention { get; init; }

    /// <summary>How and by when the data is deleted.</summary>
    public DeletionTerms? Deletion { get; init; }

    /// <summary>Who may access the data and how.</summary>
    public ValueArray<AccessRole> AccessRoles { get; init; }

    /// <summary>Where this category may be stored, when it differs from the clause group's residency.</summary>
    public ValueArray<string> Residency { get; init; }

    /// <summary>The sub-processors that receive this category.</summary>
    public ValueArray<LocalId> SubProcessorIds { get; init; }
}

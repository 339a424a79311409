using Ardalis.SmartEnum;

namespace AiContracts.Domain.Integration;

/// <summary>How interface versions are numbered.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class VersioningScheme : SmartEnum<VersioningScheme>
{
    /// <summary>Semantic Versioning: breaking changes only in a new major version.</summary>
    public static readonly VersioningScheme SemanticVersioning = new(nameof(SemanticVersioning), 1);

    /// <summary>Versions named by release date.</summary>
    public static readonly VersioningScheme DateBased = new(nameof(DateBased), 2);

    /// <summary>Sequential version numbers.</summary>
    public static readonly VersioningScheme Sequential = new(nameof(Sequential), 3);

    /// <summary>No versioning: changes are not announced by version.</summary>
    public static readonly VersioningScheme Unversioned = new(nameof(Unversioned), 4);

    private VersioningScheme(string name, int value)
        : base(name, value)
    {
    }
}

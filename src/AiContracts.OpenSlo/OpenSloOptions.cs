namespace AiContracts.OpenSlo;

/// <summary>Limits for reading OpenSLO YAML, so that hostile input costs bounded time and memory.</summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record OpenSloOptions
{
    /// <summary>The default options.</summary>
    public static OpenSloOptions Default { get; } = new();

    /// <summary>The largest input read, in UTF-8 bytes; larger input gets AIC0003 and nothing is read.</summary>
    /// <value>10 MiB, the JSON pipeline's default.</value>
    public long MaxBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>The deepest nesting of sequences and mappings; deeper input gets AIC0002.</summary>
    /// <value>64.</value>
    public int MaxDepth { get; init; } = 64;

    /// <summary>The most nodes (scalars, sequences, mappings) read from a file; more gets AIC8008, so that memory stays bounded.</summary>
    /// <value>100,000: real OpenSLO files have hundreds.</value>
    public long MaxNodes { get; init; } = 100_000;

    /// <summary>How many nodes aliases may add to a file in all (a node reached through an alias counts each time); more gets AIC8002.</summary>
    /// <value>10,000: far more than real OpenSLO files use, far less than a YAML bomb expands to.</value>
    public long MaxAliasNodes { get; init; } = 10_000;
}

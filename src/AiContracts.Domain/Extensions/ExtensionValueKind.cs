namespace AiContracts.Domain.Extensions;

/// <summary>The kind of a JSON-like <see cref="ExtensionValue"/>.</summary>
/// <remarks>A plain enum rather than a smart enum: it describes the JSON data model, not contract vocabulary.</remarks>
public enum ExtensionValueKind
{
    /// <summary>The null value.</summary>
    Null,

    /// <summary>True or false.</summary>
    Boolean,

    /// <summary>A number, kept as its exact literal text.</summary>
    Number,

    /// <summary>A string.</summary>
    String,

    /// <summary>An ordered list of values.</summary>
    Array,

    /// <summary>A set of named values (an <see cref="ExtensionObject"/>).</summary>
    Object,
}

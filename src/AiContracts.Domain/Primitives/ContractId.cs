using System.Diagnostics.CodeAnalysis;

namespace AiContracts.Domain.Primitives;

/// <summary>
/// The identifier of a contract: 1 to 128 characters, starting with a letter or digit, then letters, digits and
/// <c>- _ . : /</c> (for example <c>ACME-LLM-2026-001</c> or <c>urn:contract:42</c>).
/// </summary>
/// <remarks>Compared ordinally (case-sensitive). Thread safety: immutable; safe to share across threads.</remarks>
public sealed record ContractId
{
    /// <summary>The longest allowed identifier.</summary>
    public const int MaxLength = 128;

    /// <summary>The pattern every contract identifier matches (also published in the JSON Schema).</summary>
    public const string Pattern = "^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$";

    private ContractId(string value) => Value = value;

    /// <summary>The identifier text.</summary>
    public string Value { get; }

    /// <summary>Creates a contract identifier.</summary>
    /// <param name="value">The identifier text.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> does not match <see cref="Pattern"/>.</exception>
    public static ContractId From(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return TryFrom(value, out var id)
            ? id
            : throw new ArgumentException(IdentifierRules.Describe(value, "contract identifier", MaxLength, "- _ . : /"), nameof(value));
    }

    /// <summary>Tries to create a contract identifier.</summary>
    /// <param name="value">The candidate text.</param>
    /// <param name="id">The identifier when valid; otherwise null.</param>
    /// <returns>True when <paramref name="value"/> matches <see cref="Pattern"/>.</returns>
    public static bool TryFrom(string? value, [NotNullWhen(true)] out ContractId? id)
    {
        id = IdentifierRules.IsValid(value, MaxLength, "._:/-") ? new ContractId(value!) : null;
        return id is not null;
    }

    /// <summary>Returns the identifier text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value;
}

using System.Diagnostics.CodeAnalysis;

namespace AiContracts.Domain.Primitives;

/// <summary>
/// The identifier of an element inside a contract (a KPI, an objective, a meter, an AI system, an interface...),
/// used to refer from one element to another: 1 to 64 characters, starting with a letter or digit, then letters,
/// digits and <c>- _ .</c> (for example <c>availability</c> or <c>kpi-latency-p95</c>).
/// </summary>
/// <remarks>Compared ordinally (case-sensitive). Thread safety: immutable; safe to share across threads.</remarks>
public sealed record LocalId
{
    /// <summary>The longest allowed identifier.</summary>
    public const int MaxLength = 64;

    /// <summary>The pattern every local identifier matches (also published in the JSON Schema).</summary>
    public const string Pattern = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";

    private LocalId(string value) => Value = value;

    /// <summary>The identifier text.</summary>
    public string Value { get; }

    /// <summary>Creates a local identifier.</summary>
    /// <param name="value">The identifier text.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> does not match <see cref="Pattern"/>.</exception>
    public static LocalId From(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return TryFrom(value, out var id)
            ? id
            : throw new ArgumentException(IdentifierRules.Describe(value, "local identifier", MaxLength, "- _ ."), nameof(value));
    }

    /// <summary>Tries to create a local identifier.</summary>
    /// <param name="value">The candidate text.</param>
    /// <param name="id">The identifier when valid; otherwise null.</param>
    /// <returns>True when <paramref name="value"/> matches <see cref="Pattern"/>.</returns>
    public static bool TryFrom(string? value, [NotNullWhen(true)] out LocalId? id)
    {
        id = IdentifierRules.IsValid(value, MaxLength, "._-") ? new LocalId(value!) : null;
        return id is not null;
    }

    /// <summary>Returns the identifier text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value;
}

using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Extensions;

/// <summary>
/// An open JSON object of organisation-specific data (the contract's <c>extensions</c>): member names are unique,
/// their order is kept for output, and equality ignores the order.
/// </summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1710:Identifiers should have correct suffix", Justification = "Named after the JSON object it models.")]
public sealed class ExtensionObject : IEquatable<ExtensionObject>, IReadOnlyCollection<KeyValuePair<string, ExtensionValue>>
{
    /// <summary>Objects with at most this many members find a member by a linear search, without a dictionary.</summary>
    private const int SmallObject = 8;

    private readonly ValueArray<KeyValuePair<string, ExtensionValue>> _members;

    /// <summary>The members by name, for a larger object; built once, on the first lookup (extensions are often only carried, never looked into).</summary>
    private Dictionary<string, ExtensionValue>? _byName;

    private ExtensionObject(ValueArray<KeyValuePair<string, ExtensionValue>> members, Dictionary<string, ExtensionValue>? byName)
    {
        _members = members;
        _byName = byName;
        Depth = 1 + (members.IsEmpty ? 0 : members.Max(m => m.Value.Depth));
    }

    /// <summary>How deeply arrays and objects nest in this object: 1 when its members are scalars.</summary>
    public int Depth { get; }

    /// <summary>The object with no members.</summary>
    public static ExtensionObject Empty { get; } = new([], null);

    /// <summary>The number of members.</summary>
    public int Count => _members.Count;

    /// <summary>Whether the object has no members.</summary>
    public bool IsEmpty => _members.IsEmpty;

    /// <summary>The member names, in order.</summary>
    public IEnumerable<string> Names => _members.Select(m => m.Key);

    /// <summary>The value of the member named <paramref name="name"/>.</summary>
    /// <param name="name">The member name.</param>
    /// <returns>The value.</returns>
    /// <exception cref="KeyNotFoundException">There is no such member.</exception>
    public ExtensionValue this[string name] =>
        TryGetValue(name, out var value) ? value : throw new KeyNotFoundException($"The extensions object has no member '{name}'.");

    /// <summary>Creates an object from members in order.</summary>
    /// <param name="members">The members; names must be unique (compared ordinally).</param>
    /// <returns>The object.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="members"/>, a name or a value is null.</exception>
    /// <exception cref="ArgumentException">A member name occurs twice or is not valid Unicode text (a lone surrogate).</exception>
    public static ExtensionObject Create(IEnumerable<KeyValuePair<string, ExtensionValue>> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var list = members.ToArray();
        if (list.Length == 0)
        {
            return Empty;
        }

        var byName = list.Length > SmallObject ? new Dictionary<string, ExtensionValue>(list.Length, StringComparer.Ordinal) : null;
        for (var i = 0; i < list.Length; i++)
        {
            var (name, value) = list[i];
            ArgumentNullException.ThrowIfNull(name, nameof(members));
            Internal.Preconditions.CheckValidText(name, nameof(members));
            if (value is null)
            {
                throw new ArgumentNullException(nameof(members), $"The value of member '{name}' is null; use ExtensionValue.Null for a JSON null.");
            }

            if (byName is null ? Array.FindIndex(list, 0, i, m => string.Equals(m.Key, name, StringComparison.Ordinal)) >= 0 : !byName.TryAdd(name, value))
            {
                throw new ArgumentException($"The member name '{name}' occurs more than once; names in an extensions object must be unique.", nameof(members));
            }
        }

        return new ExtensionObject(ValueArray.From(list), byName);
    }

    /// <summary>Creates an object from name and value pairs in order.</summary>
    /// <param name="members">The members; names must be unique.</param>
    /// <returns>The object.</returns>
    /// <exception cref="ArgumentException">A member name occurs twice.</exception>
    public static ExtensionObject Create(params (string Name, ExtensionValue Value)[] members)
    {
        ArgumentNullException.ThrowIfNull(members);
        return Create(members.Select(m => new KeyValuePair<string, ExtensionValue>(m.Name, m.Value)));
    }

    /// <summary>Tries to get the value of a member.</summary>
    /// <param name="name">The member name.</param>
    /// <param name="value">The value when found; otherwise null.</param>
    /// <returns>True when the member exists.</returns>
    public bool TryGetValue(string name, [NotNullWhen(true)] out ExtensionValue? value)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (_members.Count <= SmallObject)
        {
            foreach (var (key, member) in _members)
            {
                if (string.Equals(key, name, StringComparison.Ordinal))
                {
                    value = member;
                    return true;
                }
            }

            value = null;
            return false;
        }

        if (_byName is not { } byName)
        {
            // Built at most a few times under a race, each equal; the last one written stays.
            byName = new Dictionary<string, ExtensionValue>(_members.Count, StringComparer.Ordinal);
            foreach (var (key, member) in _members)
            {
                byName[key] = member;
            }

            _byName = byName;
        }

        return byName.TryGetValue(name, out value);
    }

    /// <summary>Whether a member with this name exists.</summary>
    /// <param name="name">The member name.</param>
    /// <returns>True when it exists.</returns>
    public bool Contains(string name) => TryGetValue(name, out _);

    /// <summary>Enumerates the members in order.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<KeyValuePair<string, ExtensionValue>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, ExtensionValue>>)_members).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ExtensionObject? other)
    {
        if (other is null || other.Count != Count)
        {
            return false;
        }

        foreach (var (name, value) in _members)
        {
            if (!other.TryGetValue(name, out var otherValue) || !value.Equals(otherValue))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ExtensionObject);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        // Order-independent: equal objects with members in another order hash alike.
        var hash = 0;
        foreach (var (name, value) in _members)
        {
            hash ^= HashCode.Combine(StringComparer.Ordinal.GetHashCode(name), value);
        }

        return HashCode.Combine(Count, hash);
    }

    /// <summary>Whether two objects have the same members.</summary>
    /// <param name="left">The first object.</param>
    /// <param name="right">The second object.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(ExtensionObject? left, ExtensionObject? right) => Equals(left, right);

    /// <summary>Whether two objects differ.</summary>
    /// <param name="left">The first object.</param>
    /// <param name="right">The second object.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(ExtensionObject? left, ExtensionObject? right) => !Equals(left, right);

    /// <summary>A short description for debugging.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder("{");
        foreach (var (name, value) in _members)
        {
            text.Append(text.Length > 1 ? ", " : string.Empty).Append('"').Append(name).Append("\": ").Append(value);
        }

        return text.Append('}').ToString();
    }
}

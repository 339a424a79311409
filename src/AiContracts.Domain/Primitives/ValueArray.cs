using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace AiContracts.Domain.Primitives;

/// <summary>
/// An immutable list compared by content: two arrays with equal elements in the same order are equal and have the
/// same hash code. Records in this library use it so that two contracts with the same content are equal.
/// </summary>
/// <typeparam name="T">The element type; its own equality decides element equality.</typeparam>
/// <remarks>
/// The default value is an empty array. Build one with a collection expression (<c>[a, b]</c>),
/// <see cref="ValueArray.Create{T}(ReadOnlySpan{T})"/> or from an <see cref="ImmutableArray{T}"/>.
/// <para>Thread safety: immutable; safe to share across threads.</para>
/// </remarks>
[CollectionBuilder(typeof(ValueArray), nameof(ValueArray.Create))]
public readonly struct ValueArray<T> : IReadOnlyList<T>, IEquatable<ValueArray<T>>
{
    private readonly ImmutableArray<T> _items;

    /// <summary>Wraps an immutable array.</summary>
    /// <param name="items">The elements; a default array counts as empty.</param>
    public ValueArray(ImmutableArray<T> items) => _items = items.IsDefault ? [] : items;

    /// <summary>An empty array.</summary>
    public static ValueArray<T> Empty => default;

    /// <summary>The elements as an <see cref="ImmutableArray{T}"/>.</summary>
    public ImmutableArray<T> Items => _items.IsDefault ? [] : _items;

    /// <summary>The number of elements.</summary>
    public int Count => _items.IsDefault ? 0 : _items.Length;

    /// <summary>Whether the array has no elements.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>The element at <paramref name="index"/>.</summary>
    /// <param name="index">A zero-based index.</param>
    /// <returns>The element.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside the array.</exception>
    public T this[int index] => Items[index];

    /// <summary>Converts an immutable array.</summary>
    /// <param name="items">The elements.</param>
    public static implicit operator ValueArray<T>(ImmutableArray<T> items) => new(items);

    /// <summary>Whether two arrays have equal elements in the same order.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(ValueArray<T> left, ValueArray<T> right) => left.Equals(right);

    /// <summary>Whether two arrays differ.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(ValueArray<T> left, ValueArray<T> right) => !left.Equals(right);

    /// <summary>Converts an immutable array.</summary>
    /// <param name="items">The elements.</param>
    /// <returns>The value array.</returns>
    public static ValueArray<T> FromImmutableArray(ImmutableArray<T> items) => new(items);

    /// <summary>Returns a struct enumerator over the elements.</summary>
    /// <returns>The enumerator.</returns>
    public ImmutableArray<T>.Enumerator GetEnumerator() => Items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)Items).GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ValueArray<T> other)
    {
        var a = Items;
        var b = other.Items;
        if (a.Length != b.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < a.Length; i++)
        {
            if (!comparer.Equals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueArray<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in Items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Lists the elements, for debugging, each formatted with the invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var items = Items;
        return Internal.InvariantText.InCulture(() => $"[{string.Join(", ", items)}]");
    }
}

/// <summary>Factory methods for <see cref="ValueArray{T}"/>; the collection-expression builder.</summary>
public static class ValueArray
{
    /// <summary>Creates an array from a span (used by collection expressions such as <c>[a, b]</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements.</param>
    /// <returns>The array.</returns>
    public static ValueArray<T> Create<T>(ReadOnlySpan<T> items) => new([.. items]);

    /// <summary>Creates an array from a sequence.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements.</param>
    /// <returns>The array.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public static ValueArray<T> From<T>(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return new([.. items]);
    }
}

using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace AiContracts.Domain.Primitives;

/// <summary>
/// The version of the contract document format, <c>major.minor</c> (for example <c>1.0</c>). A new major version is a
/// breaking change and is refused by older readers; a minor version only adds members. A reader accepts every minor
/// version of the major versions it knows, but still refuses members it does not know, so a document that uses
/// members added in a later minor version needs a reader of that version.
/// </summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record SchemaVersion : IComparable<SchemaVersion>
{
    private SchemaVersion(int major, int minor)
    {
        Major = major;
        Minor = minor;
    }

    /// <summary>The largest major or minor version: nine digits.</summary>
    public const int MaxComponent = 999_999_999;

    /// <summary>The version this library writes: 1.2 (a contract built in code declares it unless told otherwise; a document read keeps the version it declares).</summary>
    public static SchemaVersion Current { get; } = new(1, 2);

    /// <summary>The major version: a change here breaks readers.</summary>
    public int Major { get; }

    /// <summary>The minor version: additions to the format within the same major version.</summary>
    public int Minor { get; }

    /// <summary>Whether this library can read documents of this version (its major version is known).</summary>
    public bool IsSupported => Major == Current.Major;

    /// <summary>Creates a version.</summary>
    /// <param name="major">The major version, between 1 and <see cref="MaxComponent"/>.</param>
    /// <param name="minor">The minor version, between 0 and <see cref="MaxComponent"/>.</param>
    /// <returns>The version.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A component is out of range.</exception>
    public static SchemaVersion Of(int major, int minor)
    {
        if (major is < 1 or > MaxComponent)
        {
            throw new ArgumentOutOfRangeException(nameof(major), major, $"Value {major} for 'major' is out of range: it must be between 1 and {MaxComponent}.");
        }

        if (minor is < 0 or > MaxComponent)
        {
            throw new ArgumentOutOfRangeException(nameof(minor), minor, $"Value {minor} for 'minor' is out of range: it must be between 0 and {MaxComponent}.");
        }

        return new SchemaVersion(major, minor);
    }

    /// <summary>Parses <c>major.minor</c>, for example <c>1.0</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The version.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is not <c>major.minor</c>.</exception>
    public static SchemaVersion Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var version)
            ? version
            : throw new ArgumentException($"'{text}' is not a schema version: expected 'major.minor' such as '{Current}'.", nameof(text));
    }

    /// <summary>Tries to parse <c>major.minor</c>.</summary>
    /// <param name="text">The candidate text.</param>
    /// <param name="version">The version when valid; otherwise null.</param>
    /// <returns>
    /// True when <paramref name="text"/> is two dot-separated non-negative integers of at most nine digits, without
    /// leading zeros, with a major version of 1 or more.
    /// </returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out SchemaVersion? version)
    {
        version = null;
        if (text is null || text.Length > 19)
        {
            return false;
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == text.Length - 1
            || !IsDigits(text.AsSpan(0, dot)) || !IsDigits(text.AsSpan(dot + 1))
            || !int.TryParse(text.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            || !int.TryParse(text.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
            || major < 1)
        {
            return false;
        }

        version = new SchemaVersion(major, minor);
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(SchemaVersion? other) =>
        other is null ? 1 : Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    /// <summary>Whether <paramref name="left"/> is an earlier version than <paramref name="right"/>.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(SchemaVersion? left, SchemaVersion? right) => Compare(left, right) < 0;

    /// <summary>Whether <paramref name="left"/> is a later version than <paramref name="right"/>.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(SchemaVersion? left, SchemaVersion? right) => Compare(left, right) > 0;

    /// <summary>Whether <paramref name="left"/> is the same as or earlier than <paramref name="right"/>.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(SchemaVersion? left, SchemaVersion? right) => Compare(left, right) <= 0;

    /// <summary>Whether <paramref name="left"/> is the same as or later than <paramref name="right"/>.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(SchemaVersion? left, SchemaVersion? right) => Compare(left, right) >= 0;

    /// <summary>Returns <c>major.minor</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}");

    private static int Compare(SchemaVersion? left, SchemaVersion? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    private static bool IsDigits(ReadOnlySpan<char> span)
    {
        if (span.Length is 0 or > 9 || (span.Length > 1 && span[0] == '0'))
        {
            return false;
        }

        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}

using System.Globalization;

namespace AiContracts.Domain.Extensions;

/// <summary>
/// One value of the open <c>extensions</c> object: organisation-specific data the model does not interpret and keeps
/// losslessly (numbers keep their literal text, so <c>1.10</c> and <c>1e400</c> survive a round trip unchanged).
/// </summary>
/// <remarks>
/// Equality is by content: numbers by their literal text, arrays element by element in order, objects by their
/// members regardless of order. Thread safety: immutable; safe to share across threads.
/// <para>
/// Memory: a number literal of at most 16 characters is held in the value itself, without a string, and an array of
/// such numbers as 8 bytes per number; the element objects of such an array are made on the first call of
/// <see cref="AsArray"/> and kept. A large array of other values read from a document (more than a few hundred
/// elements) is held as its compact JSON text, and its elements are made on the first call of <see cref="AsArray"/>,
/// or of equality or hashing, and kept. Extension data read from a document is usually carried, not looked into, so a
/// large array costs about its text's size.
/// </para>
/// </remarks>
public sealed class ExtensionValue : IEquatable<ExtensionValue>
{
    /// <summary>The deepest nesting of arrays and objects a value may have (1 for an array of scalars).</summary>
    /// <remarks>Bounds recursion in equality, hashing and writing; JSON readers refuse far shallower documents by default.</remarks>
    public const int MaxDepth = 1000;

    /// <summary>
    /// The content: a boolean, a string, a number's literal when it cannot be packed, the elements of an array
    /// (<see cref="Primitives.ValueArray{T}"/>, or <see cref="PackedNumbers"/> when every element is a packed number),
    /// an object. Each content has one form only (a literal that can be packed is always packed; an array whose
    /// elements are all packed numbers is always a <see cref="PackedNumbers"/>), so that equality can compare forms;
    /// an array read and held as text (<see cref="DeferredArray"/>) is compared through the form its elements make.
    /// </summary>
    private readonly object? _value;

    /// <summary>A number's literal packed by <see cref="NumberPacking"/>, when <see cref="_value"/> is null.</summary>
    private readonly ulong _packed;

    private ExtensionValue(ExtensionValueKind kind, object? value, int depth = 0)
    {
        Kind = kind;
        _value = value;
        Depth = depth;
    }

    private ExtensionValue(ulong packedNumber)
    {
        Kind = ExtensionValueKind.Number;
        _packed = packedNumber;
    }

    /// <summary>How deeply arrays and objects nest in this value: 0 for a scalar, 1 for an array of scalars.</summary>
    public int Depth { get; }

    /// <summary>The JSON null value.</summary>
    public static ExtensionValue Null { get; } = new(ExtensionValueKind.Null, null);

    /// <summary>The JSON value <c>true</c>.</summary>
    public static ExtensionValue True { get; } = new(ExtensionValueKind.Boolean, true);

    /// <summary>The JSON value <c>false</c>.</summary>
    public static ExtensionValue False { get; } = new(ExtensionValueKind.Boolean, false);

    /// <summary>What kind of value this is.</summary>
    public ExtensionValueKind Kind { get; }

    /// <summary>Creates a boolean value.</summary>
    /// <param name="value">The boolean.</param>
    /// <returns><see cref="True"/> or <see cref="False"/>.</returns>
    public static ExtensionValue FromBoolean(bool value) => value ? True : False;

    /// <summary>Creates a string value.</summary>
    /// <param name="value">The string.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> has a lone surrogate: it is not valid Unicode text.</exception>
    public static ExtensionValue FromString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new ExtensionValue(ExtensionValueKind.String, Internal.Preconditions.CheckValidText(value, nameof(value)));
    }

    /// <summary>Creates a number value from an exact decimal.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The value; its literal is the invariant-culture text of <paramref name="value"/>.</returns>
    public static ExtensionValue FromNumber(decimal value) => Number(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Creates a number value from its JSON literal text, kept exactly as given.</summary>
    /// <param name="literal">A JSON number literal, for example <c>-12.50</c> or <c>6.02e23</c>.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="literal"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="literal"/> is not a JSON number literal.</exception>
    public static ExtensionValue FromNumberLiteral(string literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        if (!IsJsonNumber(literal))
        {
            throw new ArgumentException($"'{literal}' is not a JSON number literal (RFC 8259 section 6), for example -12.50 or 6.02e23.", nameof(literal));
        }

        return Number(literal);
    }

    /// <summary>A number from a valid literal, packed when it can be.</summary>
    private static ExtensionValue Number(string literal) =>
        NumberPacking.TryPack(literal, out var packed) ? new ExtensionValue(packed) : new ExtensionValue(ExtensionValueKind.Number, literal);

    /// <summary>Packs a valid JSON number literal (UTF-8, as a JSON reader gives it) of at most 16 characters.</summary>
    /// <param name="utf8Literal">The literal, already known to follow the JSON number grammar.</param>
    /// <param name="packed">The packed literal.</param>
    /// <returns>False when the literal is too long to pack.</returns>
    internal static bool TryPackNumber(ReadOnlySpan<byte> utf8Literal, out ulong packed) => NumberPacking.TryPack(utf8Literal, out packed);

    /// <summary>A number from a literal packed by <see cref="TryPackNumber"/>.</summary>
    /// <param name="packed">The packed literal.</param>
    /// <returns>The value.</returns>
    internal static ExtensionValue FromPackedNumber(ulong packed) => new(packed);

    /// <summary>An array of numbers from literals packed by <see cref="TryPackNumber"/>, 8 bytes each.</summary>
    /// <param name="packed">At least one packed literal; the array is kept, not copied.</param>
    /// <returns>The value.</returns>
    internal static ExtensionValue FromPackedNumbers(ulong[] packed) =>
        packed.Length == 0 ? throw new ArgumentException("An array of packed numbers has at least one.", nameof(packed)) : new(ExtensionValueKind.Array, new PackedNumbers(packed), 1);

    /// <summary>The packed literals of an array of numbers held packed, for writing them without their element objects.</summary>
    /// <param name="packed">The packed literals, or null.</param>
    /// <returns>True when this is such an array.</returns>
    internal bool TryGetPackedNumbers([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ulong[]? packed)
    {
        packed = (_value as PackedNumbers)?.Packed;
        return packed is not null;
    }

    /// <summary>An array held as text until its elements are asked for (see <see cref="DeferredArray"/>).</summary>
    /// <param name="content">The text and how to read it.</param>
    /// <param name="depth">How deeply arrays and objects nest in the array, 1 for an array of scalars.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException">The array nests deeper than <see cref="MaxDepth"/>.</exception>
    internal static ExtensionValue FromDeferredArray(DeferredArray content, int depth) =>
        new(ExtensionValueKind.Array, content, CheckDepth(depth, "items"));

    /// <summary>The content of an array held as text, for writing it without making its elements.</summary>
    /// <param name="content">The content, or null.</param>
    /// <returns>True when this is such an array whose elements have not been made.</returns>
    internal bool TryGetDeferredArray([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DeferredArray? content)
    {
        content = _value as DeferredArray;
        return content is not null;
    }

    /// <summary>Creates an array value.</summary>
    /// <param name="items">The elements, in order.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or one of its elements is null.</exception>
    /// <exception cref="ArgumentException">The array would nest deeper than <see cref="MaxDepth"/>.</exception>
    public static ExtensionValue FromArray(IEnumerable<ExtensionValue> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var array = items.ToArray();
        if (Array.IndexOf(array, null) is var nullAt and >= 0)
        {
            throw new ArgumentNullException(nameof(items), $"Element {nullAt} of 'items' is null; use ExtensionValue.Null for a JSON null.");
        }

        if (array.Length > 0 && Array.TrueForAll(array, item => item.Kind == ExtensionValueKind.Number && item._value is null))
        {
            return new ExtensionValue(ExtensionValueKind.Array, new PackedNumbers(Array.ConvertAll(array, item => item._packed)), 1);
        }

        var depth = 1 + (array.Length == 0 ? 0 : array.Max(item => item.Depth));
        return new ExtensionValue(ExtensionValueKind.Array, Primitives.ValueArray.From(array), CheckDepth(depth, nameof(items)));
    }

    /// <summary>Creates an object value.</summary>
    /// <param name="value">The object.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException">The object would nest deeper than <see cref="MaxDepth"/>.</exception>
    public static ExtensionValue FromObject(ExtensionObject value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new ExtensionValue(ExtensionValueKind.Object, value, CheckDepth(value.Depth, nameof(value)));
    }

    /// <summary>The depth, or the exception <see cref="FromArray"/> and <see cref="FromObject"/> throw beyond <see cref="MaxDepth"/>.</summary>
    /// <param name="depth">The depth of the value being made.</param>
    /// <param name="paramName">The parameter the exception names: <c>items</c> for an array, <c>value</c> for an object.</param>
    /// <returns><paramref name="depth"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="depth"/> is more than <see cref="MaxDepth"/>.</exception>
    internal static int CheckDepth(int depth, string paramName) => depth <= MaxDepth
        ? depth
        : throw new ArgumentException($"An extension value may nest arrays and objects at most {MaxDepth} levels deep; this one would nest {depth}.", paramName);

    /// <summary>The boolean of a <see cref="ExtensionValueKind.Boolean"/> value.</summary>
    /// <returns>The boolean.</returns>
    /// <exception cref="InvalidOperationException">This value is not a boolean.</exception>
    public bool AsBoolean() => Kind == ExtensionValueKind.Boolean ? (bool)_value! : throw WrongKind(ExtensionValueKind.Boolean);

    /// <summary>The string of a <see cref="ExtensionValueKind.String"/> value.</summary>
    /// <returns>The string.</returns>
    /// <exception cref="InvalidOperationException">This value is not a string.</exception>
    public string AsString() => Kind == ExtensionValueKind.String ? (string)_value! : throw WrongKind(ExtensionValueKind.String);

    /// <summary>The exact literal text of a <see cref="ExtensionValueKind.Number"/> value.</summary>
    /// <returns>The literal, for example <c>12.50</c>.</returns>
    /// <exception cref="InvalidOperationException">This value is not a number.</exception>
    public string AsNumberLiteral() => Kind == ExtensionValueKind.Number ? (string?)_value ?? NumberPacking.Unpack(_packed) : throw WrongKind(ExtensionValueKind.Number);

    /// <summary>Tries to read a <see cref="ExtensionValueKind.Number"/> value as a decimal.</summary>
    /// <param name="value">The decimal when the number fits; otherwise zero.</param>
    /// <returns>True when this is a number within the range of <see cref="decimal"/>.</returns>
    public bool TryGetDecimal(out decimal value)
    {
        value = 0m;
        if (Kind != ExtensionValueKind.Number)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[NumberPacking.MaxLength];
        var literal = _value is string text ? text.AsSpan() : buffer[..NumberPacking.Unpack(_packed, buffer)];
        return decimal.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>The elements of an <see cref="ExtensionValueKind.Array"/> value.</summary>
    /// <returns>The elements in order.</returns>
    /// <exception cref="InvalidOperationException">This value is not an array.</exception>
    public Primitives.ValueArray<ExtensionValue> AsArray() => Kind != ExtensionValueKind.Array
        ? throw WrongKind(ExtensionValueKind.Array)
        : _value is PackedNumbers numbers ? numbers.Items()
        : _value is DeferredArray deferred ? deferred.Items()
        : (Primitives.ValueArray<ExtensionValue>)_value!;

    /// <summary>The object of an <see cref="ExtensionValueKind.Object"/> value.</summary>
    /// <returns>The object.</returns>
    /// <exception cref="InvalidOperationException">This value is not an object.</exception>
    public ExtensionObject AsObject() => Kind == ExtensionValueKind.Object ? (ExtensionObject)_value! : throw WrongKind(ExtensionValueKind.Object);

    /// <inheritdoc />
    public bool Equals(ExtensionValue? other) =>
        other is not null && (ReferenceEquals(this, other) || (Kind == other.Kind && _packed == other._packed && Equals(Form(_value), Form(other._value))));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ExtensionValue);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, _packed, Form(_value));

    /// <summary>The content in its one form: an array held as text becomes the form its elements make.</summary>
    private static object? Form(object? value) => value is DeferredArray deferred ? deferred.Form() : value;

    /// <summary>Whether two values have the same content.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(ExtensionValue? left, ExtensionValue? right) => Equals(left, right);

    /// <summary>Whether two values differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(ExtensionValue? left, ExtensionValue? right) => !Equals(left, right);

    /// <summary>A short description for debugging.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        ExtensionValueKind.Null => "null",
        ExtensionValueKind.Boolean => AsBoolean() ? "true" : "false",
        ExtensionValueKind.Number => AsNumberLiteral(),
        ExtensionValueKind.String => $"\"{AsString()}\"",
        ExtensionValueKind.Array => AsArray().ToString(),
        _ => AsObject().ToString(),
    };

    /// <summary>Whether <paramref name="text"/> follows the JSON number grammar of RFC 8259.</summary>
    /// <param name="text">The candidate.</param>
    /// <returns>True for a JSON number literal.</returns>
    internal static bool IsJsonNumber(ReadOnlySpan<char> text)
    {
        var i = 0;
        if (i < text.Length && text[i] == '-')
        {
            i++;
        }

        if (i >= text.Length)
        {
            return false;
        }

        if (text[i] == '0')
        {
            i++;
        }
        else if (text[i] is >= '1' and <= '9')
        {
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }
        else
        {
            return false;
        }

        if (i < text.Length && text[i] == '.')
        {
            i++;
            var start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (i == start)
            {
                return false;
            }
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            if (i < text.Length && text[i] is '+' or '-')
            {
                i++;
            }

            var start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (i == start)
            {
                return false;
            }
        }

        return i == text.Length;
    }

    /// <summary>
    /// The elements of an array of numbers, held as packed literals (8 bytes each); their objects are made once, on the
    /// first <see cref="AsArray"/>. Equal when the literals are.
    /// </summary>
    private sealed class PackedNumbers(ulong[] packed) : IEquatable<PackedNumbers>
    {
        private Primitives.ValueArray<ExtensionValue>? _items;

        internal ulong[] Packed { get; } = packed;

        internal Primitives.ValueArray<ExtensionValue> Items()
        {
            // A race makes equal arrays twice and keeps one; both are correct.
            return _items ??= Primitives.ValueArray.From(Array.ConvertAll(Packed, FromPackedNumber));
        }

        public bool Equals(PackedNumbers? other) => other is not null && Packed.AsSpan().SequenceEqual(other.Packed);

        public override bool Equals(object? obj) => Equals(obj as PackedNumbers);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(Packed.AsSpan()));
            return hash.ToHashCode();
        }
    }

    /// <summary>
    /// A large array read from a document, held as its JSON text (the reader's own compact copy, not the document) until
    /// its elements are asked for; they are then made once and kept. The JSON package reads and writes the text.
    /// </summary>
    internal abstract class DeferredArray
    {
        private ExtensionValue? _made;

        /// <summary>The elements, made on the first call.</summary>
        internal Primitives.ValueArray<ExtensionValue> Items() => Made().AsArray();

        /// <summary>The form equality compares: that of the array the elements make.</summary>
        internal object Form() => Made()._value!;

        /// <summary>Makes the array from the text, with every element made (no element is itself deferred).</summary>
        /// <returns>The array.</returns>
        protected abstract ExtensionValue Make();

        private ExtensionValue Made()
        {
            // A race makes equal arrays twice and keeps one; both are correct.
            return _made ??= Make();
        }
    }

    private InvalidOperationException WrongKind(ExtensionValueKind expected) =>
        new($"This extension value is {Kind}, not {expected}.");
}

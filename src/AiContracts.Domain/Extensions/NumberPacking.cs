namespace AiContracts.Domain.Extensions;

/// <summary>
/// A JSON number literal of at most 16 characters packed into 64 bits, four per character (the characters of the
/// number grammar, <c>0-9 . e E + -</c>, coded 1 to 15, the first character in the lowest four bits; 0 ends the
/// literal). Packing is one to one, so packed literals are equal exactly when their texts are.
/// </summary>
internal static class NumberPacking
{
    /// <summary>The longest literal that packs.</summary>
    internal const int MaxLength = 16;

    private const string Symbols = "0123456789.eE+-";

    /// <summary>Packs a literal made of the number grammar's characters, 1 to 16 of them.</summary>
    internal static bool TryPack(ReadOnlySpan<char> literal, out ulong packed)
    {
        packed = 0;
        if (literal.IsEmpty || literal.Length > MaxLength)
        {
            return false;
        }

        for (var i = 0; i < literal.Length; i++)
        {
            var code = Symbols.IndexOf(literal[i], StringComparison.Ordinal) + 1;
            if (code == 0)
            {
                packed = 0;
                return false;
            }

            packed |= (ulong)code << (4 * i);
        }

        return true;
    }

    /// <summary>Packs a UTF-8 literal, as <see cref="TryPack(ReadOnlySpan{char}, out ulong)"/>.</summary>
    internal static bool TryPack(ReadOnlySpan<byte> utf8Literal, out ulong packed)
    {
        Span<char> text = stackalloc char[MaxLength];
        packed = 0;
        if (utf8Literal.IsEmpty || utf8Literal.Length > MaxLength)
        {
            return false;
        }

        for (var i = 0; i < utf8Literal.Length; i++)
        {
            text[i] = (char)utf8Literal[i];
        }

        return TryPack(text[..utf8Literal.Length], out packed);
    }

    /// <summary>Writes the literal into <paramref name="destination"/> (at least <see cref="MaxLength"/> long) and returns its length.</summary>
    internal static int Unpack(ulong packed, Span<char> destination)
    {
        var length = 0;
        for (; packed != 0; packed >>= 4)
        {
            destination[length++] = Symbols[(int)(packed & 0xF) - 1];
        }

        return length;
    }

    /// <summary>The literal.</summary>
    internal static string Unpack(ulong packed)
    {
        Span<char> text = stackalloc char[MaxLength];
        return new string(text[..Unpack(packed, text)]);
    }
}

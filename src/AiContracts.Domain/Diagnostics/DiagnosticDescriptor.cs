namespace AiContracts.Domain.Diagnostics;

/// <summary>
/// The catalogue entry of one diagnostic code: its title, default severity, area and message template with named
/// placeholders such as <c>{value}</c>.
/// </summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record DiagnosticDescriptor
{
    /// <summary>The stable code, for example <c>AIC0013</c>.</summary>
    public required string Code { get; init; }

    /// <summary>A short title, for example "Unknown name".</summary>
    public required string Title { get; init; }

    /// <summary>The severity findings of this code have unless a playbook changes it.</summary>
    public required DiagnosticSeverity DefaultSeverity { get; init; }

    /// <summary>The area of the code: schema and syntax, references, service levels, data, integration, pricing, exit or governance.</summary>
    public required string Area { get; init; }

    /// <summary>The message template; placeholders in braces are replaced by <see cref="Create(string, string, ReadOnlySpan{ValueTuple{string, string}})"/>.</summary>
    public required string MessageFormat { get; init; }

    /// <summary>Creates a finding of this code.</summary>
    /// <param name="pointer">The RFC 6901 JSON Pointer of the element, kept as it is given.</param>
    /// <param name="rule">The rule or clause the finding comes from.</param>
    /// <param name="arguments">Values for the template's placeholders, by name.</param>
    /// <returns>The finding, with the default severity and without a position.</returns>
    /// <exception cref="ArgumentException">A placeholder of the template has no value.</exception>
    public Diagnostic Create(string pointer, string rule, params (string Name, string Value)[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return Create(pointer, rule, arguments.AsSpan());
    }

    /// <summary>
    /// Creates a finding of this code, as <see cref="Create(string, string, ValueTuple{string, string}[])"/>; the
    /// arguments are passed without an array, so that a finding costs its message and itself only.
    /// </summary>
    /// <param name="pointer">The RFC 6901 JSON Pointer of the element, kept as it is given.</param>
    /// <param name="rule">The rule or clause the finding comes from.</param>
    /// <param name="arguments">Values for the template's placeholders, by name.</param>
    /// <returns>The finding, with the default severity and without a position.</returns>
    /// <exception cref="ArgumentException">A placeholder of the template has no value.</exception>
    public Diagnostic Create(string pointer, string rule, params ReadOnlySpan<(string Name, string Value)> arguments)
    {
        ArgumentNullException.ThrowIfNull(pointer);
        return Create(JsonPointer.FromText(pointer), rule, arguments);
    }

    /// <summary>Creates a finding of this code about the element at <paramref name="pointer"/>.</summary>
    /// <param name="pointer">The element, for example <c>JsonPointer.Root / "pricing" / "meters" / 3</c>.</param>
    /// <param name="rule">The rule or clause the finding comes from.</param>
    /// <param name="arguments">Values for the template's placeholders, by name.</param>
    /// <returns>The finding, with the default severity and without a position.</returns>
    /// <exception cref="ArgumentException">A placeholder of the template has no value.</exception>
    public Diagnostic Create(JsonPointer pointer, string rule, params (string Name, string Value)[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return Create(pointer, rule, arguments.AsSpan());
    }

    /// <summary>
    /// Creates a finding of this code about the element at <paramref name="pointer"/>, as
    /// <see cref="Create(JsonPointer, string, ValueTuple{string, string}[])"/>; the arguments are passed without an
    /// array, so that a finding costs its message and itself only.
    /// </summary>
    /// <param name="pointer">The element, for example <c>JsonPointer.Root / "pricing" / "meters" / 3</c>.</param>
    /// <param name="rule">The rule or clause the finding comes from.</param>
    /// <param name="arguments">Values for the template's placeholders, by name.</param>
    /// <returns>The finding, with the default severity and without a position.</returns>
    /// <exception cref="ArgumentException">A placeholder of the template has no value.</exception>
    public Diagnostic Create(JsonPointer pointer, string rule, params ReadOnlySpan<(string Name, string Value)> arguments)
    {
        string? attempted = null;
        foreach (var (name, value) in arguments)
        {
            if (name == "value")
            {
                attempted = value is null ? null : Shorten(value);
                break;
            }
        }

        return new Diagnostic
        {
            Code = Code,
            Severity = DefaultSeverity,
            Pointer = pointer.ToString(),
            Message = Fill(MessageFormat, arguments),
            Rule = rule,
            AttemptedValue = attempted,
        };
    }

    private static string Shorten(string text) => text.Length > 100 ? string.Concat(text.AsSpan(0, 97), "...") : text;

    /// <summary>
    /// Replaces each <c>{name}</c> (letters, digits, underscores) of the template by its argument: one scan measures the
    /// message, a second writes it (on the stack when it is short), so nothing but the message is allocated.
    /// </summary>
    private string Fill(string template, ReadOnlySpan<(string Name, string Value)> arguments)
    {
        var length = 0;
        for (var at = 0; at < template.Length;)
        {
            var part = NextPart(template, at, arguments);
            length += part.LiteralEnd - at + (part.Value?.Length ?? 0);
            at = part.Next;
        }

        var span = length <= 512 ? stackalloc char[length] : new char[length];
        var written = 0;
        for (var at = 0; at < template.Length;)
        {
            var part = NextPart(template, at, arguments);
            template.AsSpan(at, part.LiteralEnd - at).CopyTo(span[written..]);
            written += part.LiteralEnd - at;
            if (part.Value is { } value)
            {
                value.CopyTo(span[written..]);
                written += value.Length;
            }

            at = part.Next;
        }

        return new string(span);
    }

    /// <summary>
    /// The template's next part from <paramref name="at"/>: literal text up to <c>LiteralEnd</c>, then a placeholder's
    /// value (null when there is none: a brace that opens no placeholder is kept as text), then where the part after starts.
    /// </summary>
    private (int LiteralEnd, string? Value, int Next) NextPart(string template, int at, ReadOnlySpan<(string Name, string Value)> arguments)
    {
        var open = template.IndexOf('{', at);
        var close = open < 0 ? -1 : template.IndexOf('}', open + 1);
        if (open < 0 || close < 0)
        {
            return (template.Length, null, template.Length);
        }

        var name = template.AsSpan(open + 1, close - open - 1);
        return name.IsEmpty || name.ContainsAnyExcept(WordCharacters)
            ? (open + 1, null, open + 1)
            : (open, Argument(name, arguments), close + 1);
    }

    private string Argument(ReadOnlySpan<char> name, ReadOnlySpan<(string Name, string Value)> arguments)
    {
        foreach (var (key, value) in arguments)
        {
            if (name.SequenceEqual(key))
            {
                return value;
            }
        }

        throw new ArgumentException($"No value for placeholder {{{name}}} of {Code}.", nameof(arguments));
    }

    private static readonly System.Buffers.SearchValues<char> WordCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");
}

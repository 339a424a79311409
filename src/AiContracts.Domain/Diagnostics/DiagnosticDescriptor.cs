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

    /// <summary>The message template; placeholders in braces are replaced by <see cref="Create"/>.</summary>
    public required string MessageFormat { get; init; }

    /// <summary>Creates a finding of this code.</summary>
    /// <param name="pointer">The RFC 6901 JSON Pointer of the element.</param>
    /// <param name="rule">The rule or clause the finding comes from.</param>
    /// <param name="arguments">Values for the template's placeholders, by name.</param>
    /// <returns>The finding, with the default severity and without a position.</returns>
    /// <exception cref="ArgumentException">A placeholder of the template has no value.</exception>
    public Diagnostic Create(string pointer, string rule, params (string Name, string Value)[] arguments)
    {
        ArgumentNullException.ThrowIfNull(pointer);
        ArgumentNullException.ThrowIfNull(arguments);
        var text = Fill(MessageFormat, arguments);

        return new Diagnostic
        {
            Code = Code,
            Severity = DefaultSeverity,
            Pointer = pointer,
            Message = text,
            Rule = rule,
            AttemptedValue = arguments.FirstOrDefault(a => a.Name == "value").Value is { } value ? Shorten(value) : null,
        };
    }

    private static string Shorten(string text) => text.Length > 100 ? string.Concat(text.AsSpan(0, 97), "...") : text;

    /// <summary>Replaces each <c>{name}</c> (letters, digits, underscores) of the template by its argument, in one scan.</summary>
    private string Fill(string template, (string Name, string Value)[] arguments)
    {
        var text = new System.Text.StringBuilder(template.Length + 64);
        var at = 0;
        while (at < template.Length)
        {
            var open = template.IndexOf('{', at);
            var close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            var name = close < 0 ? default : template.AsSpan(open + 1, close - open - 1);
            if (open < 0 || close < 0)
            {
                text.Append(template, at, template.Length - at);
                break;
            }

            if (name.IsEmpty || name.ContainsAnyExcept(WordCharacters))
            {
                // Not a placeholder: keep the brace and go on after it.
                text.Append(template, at, open - at + 1);
                at = open + 1;
                continue;
            }

            text.Append(template, at, open - at).Append(Argument(name, arguments));
            at = close + 1;
        }

        return text.ToString();
    }

    private string Argument(ReadOnlySpan<char> name, (string Name, string Value)[] arguments)
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

using System.Text.RegularExpressions;

namespace AiContracts.Domain.Diagnostics;

/// <summary>
/// The catalogue entry of one diagnostic code: its title, default severity, area and message template with named
/// placeholders such as <c>{value}</c>.
/// </summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed partial record DiagnosticDescriptor
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
        var values = arguments.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal);
        var text = Placeholder().Replace(MessageFormat, match => values.TryGetValue(match.Groups[1].Value, out var value)
            ? value
            : throw new ArgumentException($"No value for placeholder {match.Value} of {Code}.", nameof(arguments)));

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

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();
}

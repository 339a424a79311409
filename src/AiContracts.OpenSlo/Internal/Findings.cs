using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Internal;

namespace AiContracts.OpenSlo.Internal;

/// <summary>
/// Collects the findings about one input, placing each at its line and UTF-8 column (a finding about the whole input at
/// line 1, column 1, as the JSON pipeline places it), and capping them as the JSON pipeline does: after
/// <see cref="Limit"/> findings, AIC0004 at the position of the first finding left out.
/// </summary>
internal sealed class Findings(LineIndex source, DocumentKind document, string rule)
{
    /// <summary>The most findings kept; a file with more gets one last finding saying so.</summary>
    internal const int Limit = 1000;

    private readonly List<Diagnostic> list = [];

    internal bool HasErrors { get; private set; }

    internal LineIndex Source => source;

    internal IReadOnlyList<Diagnostic> All => list;

    /// <summary>Adds a finding at a YAML parser position (1-based line, UTF-16 column).</summary>
    internal void AtYaml(DiagnosticDescriptor descriptor, JsonPointer pointer, long line, long column, params (string Name, string Value)[] arguments) =>
        Add(descriptor.Create(pointer, rule, arguments) with { Line = (int)Math.Clamp(line, 1, int.MaxValue), Column = source.Utf8Column(line, column) });

    /// <summary>Adds a finding at a node.</summary>
    internal void At(DiagnosticDescriptor descriptor, JsonPointer pointer, YamlNode node, params (string Name, string Value)[] arguments) =>
        AtYaml(descriptor, pointer, node.Line, node.Column, arguments);

    /// <summary>Adds a finding at a byte offset of UTF-8 input.</summary>
    internal void AtByte(DiagnosticDescriptor descriptor, JsonPointer pointer, long offset, params (string Name, string Value)[] arguments)
    {
        var (line, column) = source.AtByte(offset);
        Add(descriptor.Create(pointer, rule, arguments) with { Line = line, Column = column });
    }

    /// <summary>Adds a finding at a given line and UTF-8 column.</summary>
    internal void AtLine(DiagnosticDescriptor descriptor, JsonPointer pointer, int line, int column, params (string Name, string Value)[] arguments) =>
        Add(descriptor.Create(pointer, rule, arguments) with { Line = line, Column = column });

    /// <summary>Adds a finding about the whole input, at its start (line 1, column 1).</summary>
    internal void Whole(DiagnosticDescriptor descriptor, params (string Name, string Value)[] arguments) => AtLine(descriptor, JsonPointer.Root, 1, 1, arguments);

    internal ValidationReport ToReport() => new([.. list]);

    /// <summary>Adds a finding made whole (<see cref="ReaderFindings"/>), giving it this input's document kind.</summary>
    internal void Add(Diagnostic diagnostic)
    {
        diagnostic = diagnostic with { Document = document };
        HasErrors |= diagnostic.Severity == DiagnosticSeverity.Error;
        if (list.Count < Limit)
        {
            list.Add(diagnostic);
        }
        else if (list.Count == Limit)
        {
            list.Add(ReaderFindings.TooMany(Limit, diagnostic));
        }
    }
}

namespace AiContracts.Reporting.Internal;

/// <summary>
/// The report as a format-neutral list of blocks, built once from the contract and written as Markdown or HTML. Text in
/// it is plain (never markup): each writer escapes it for its own format, in one place.
/// </summary>
internal sealed class ReportDocument
{
    public List<Block> Blocks { get; } = [];

    public void Add(Block block) => Blocks.Add(block);
}

/// <summary>A piece of inline content: text, code, or a link to an anchor in the report.</summary>
internal readonly record struct Inline(InlineKind Kind, string Text, string? Anchor = null)
{
    public static implicit operator Inline(string text) => new(InlineKind.Text, text);

    public static Inline Code(string text) => new(InlineKind.Code, text);

    public static Inline Link(string text, string anchor) => new(InlineKind.Link, text, anchor);
}

internal enum InlineKind
{
    Text,
    Code,
    Link,
}

internal abstract record Block;

/// <summary>A heading with a stable anchor (links point to it).</summary>
internal sealed record HeadingBlock(int Level, string Anchor, string Text) : Block;

/// <summary>A paragraph; a note is set apart (italic in both formats).</summary>
internal sealed record ParagraphBlock(Inline[] Content, bool IsNote = false) : Block;

/// <summary>A bulleted list.</summary>
internal sealed record ListBlock(List<Inline[]> Items) : Block;

/// <summary>A table; a row may carry an anchor (a KPI, an objective, a meter) that findings link to.</summary>
internal sealed record TableBlock(string[] Headers, List<TableRow> Rows, string? Caption = null) : Block;

internal sealed record TableRow(Inline[][] Cells, string? Anchor = null);

/// <summary>An inline SVG chart (HTML only; the Markdown has the same data as a table).</summary>
internal sealed record ChartBlock(string Svg, string Caption) : Block;

using System.Globalization;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Internal;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace AiContracts.OpenSlo.Internal;

/// <summary>
/// Reads a YAML stream into node trees through YamlDotNet's event parser (no reflection, trimming- and AOT-safe),
/// with the limits the JSON pipeline has: a size limit, a nesting limit, a bound on alias expansion (YAML bombs),
/// and a finding for every repeated key. Never throws for bad input.
/// </summary>
internal static class YamlReader
{
    internal static List<YamlNode> Read(string text, Findings findings, OpenSloOptions options)
    {
        var documents = new List<YamlNode>();
        if (text.Length > options.MaxBytes || System.Text.Encoding.UTF8.GetByteCount(text) > options.MaxBytes)
        {
            findings.Add(ReaderFindings.TooLarge(options.MaxBytes));
            return documents;
        }

        var parser = new Parser(new StringReader(text));
        var anchors = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var stack = new Stack<(YamlNode Node, YamlNode? PendingKey)>();
        YamlNode? root = null;
        long aliasNodes = 0;
        long nodes = 0;
        var last = Mark.Empty;
        try
        {
            while (Next(parser, last))
            {
                var current = parser.Current!;
                last = current.End;
                if ((current is Scalar or SequenceStart or MappingStart) && ++nodes > options.MaxNodes)
                {
                    findings.AtYaml(OpenSloDiagnostics.TooManyNodes, JsonPointer.Root, current.Start.Line, current.Start.Column, ("limit", options.MaxNodes.ToString(CultureInfo.InvariantCulture)));
                    return [];
                }

                switch (current)
                {
                    case DocumentStart:
                        anchors.Clear();
                        root = null;
                        break;
                    case DocumentEnd:
                        documents.Add(root ?? new YamlNode(YamlNodeKind.Scalar, current.Start.Line, current.Start.Column) { Value = string.Empty, IsPlain = true });
                        break;
                    case Scalar scalar:
                        var node = new YamlNode(YamlNodeKind.Scalar, scalar.Start.Line, scalar.Start.Column)
                        {
                            Value = scalar.Value,
                            IsPlain = scalar.Style == ScalarStyle.Plain,
                        };
                        Remember(anchors, scalar.Anchor, node);
                        if (!Attach(node, stack, ref root, findings, documents.Count))
                        {
                            return [];
                        }

                        break;
                    case SequenceStart start:
                    case MappingStart:
                        if (stack.Count >= options.MaxDepth)
                        {
                            findings.AtYaml(DiagnosticCatalogue.TooDeep, JsonPointer.Root, current.Start.Line, current.Start.Column, ("limit", options.MaxDepth.ToString(CultureInfo.InvariantCulture)));
                            return [];
                        }

                        var collection = new YamlNode(current is SequenceStart ? YamlNodeKind.Sequence : YamlNodeKind.Mapping, current.Start.Line, current.Start.Column)
                        {
                            IsFlow = current is SequenceStart { Style: SequenceStyle.Flow } or MappingStart { Style: MappingStyle.Flow },
                        };
                        Remember(anchors, ((NodeEvent)current).Anchor, collection);
                        stack.Push((collection, null));
                        break;
                    case SequenceEnd:
                    case MappingEnd:
                        var (done, _) = stack.Pop();
                        if (!Attach(done, stack, ref root, findings, documents.Count))
                        {
                            return [];
                        }

                        break;
                    case AnchorAlias alias:
                        if (!anchors.TryGetValue(alias.Value.Value, out var target))
                        {
                            findings.AtYaml(OpenSloDiagnostics.MalformedYaml, JsonPointer.Root, alias.Start.Line, alias.Start.Column, ("detail", $"the alias *{alias.Value.Value} names no anchor defined before it."));
                            return [];
                        }

                        aliasNodes += target.Size;
                        if (aliasNodes > options.MaxAliasNodes)
                        {
                            findings.AtYaml(OpenSloDiagnostics.AliasExpansion, JsonPointer.Root, alias.Start.Line, alias.Start.Column, ("limit", options.MaxAliasNodes.ToString(CultureInfo.InvariantCulture)));
                            return [];
                        }

                        if (!Attach(target, stack, ref root, findings, documents.Count))
                        {
                            return [];
                        }

                        break;
                }
            }
        }
        catch (SurrogateEscapeException e)
        {
            var (line, column) = findings.Source.AtChar(SurrogateEscape(text, (int)Math.Clamp(e.Start.Index, 0, text.Length)));
            findings.AtLine(OpenSloDiagnostics.MalformedYaml, JsonPointer.Root, line, column, ("detail", "this escape makes a lone surrogate, which is not valid Unicode; write the character it stands for, or remove the escape."));
            return [];
        }
        catch (YamlException e)
        {
            var atEnd = e is StuckParserException || e.Start.Index >= text.AsSpan().TrimEnd().Length;
            if (atEnd && stack.FirstOrDefault(open => open.Node.IsFlow).Node is { } flow)
            {
                // The end of the input inside a flow collection: where the collection opens, not past the last line.
                findings.At(OpenSloDiagnostics.MalformedYaml, JsonPointer.Root, flow, ("detail",
                    $"the flow {(flow.Kind == YamlNodeKind.Sequence ? "sequence '['" : "mapping '{'")} that starts here is not closed before the end of the file."));
                return [];
            }

            if (atEnd)
            {
                // Past the end of the input: at the end of its last line that has text.
                var (endLine, endColumn) = findings.Source.AtChar(text.AsSpan().TrimEnd().Length);
                findings.AtLine(OpenSloDiagnostics.MalformedYaml, JsonPointer.Root, endLine, endColumn, ("detail", Describe(e)));
                return [];
            }

            var (line, column) = e.Message.Contains("invalid tab", StringComparison.Ordinal) ? FirstTab(text, e.Start) : (e.Start.Line, e.Start.Column);
            findings.AtYaml(OpenSloDiagnostics.MalformedYaml, JsonPointer.Root, line, column, ("detail", Describe(e)));
            return [];
        }

        return documents;
    }

    /// <summary>
    /// The text without the byte-order marks YAML 1.2 allows: one at the start of each document of a stream (the start of
    /// the file, a line that starts with a document marker <c>---</c> or <c>...</c> or a directive, or the line after a
    /// marker line, as when files are joined with <c>---</c>). Positions count from after a mark, as the JSON pipeline
    /// counts them. Any other one is left to the parser (inside a quoted scalar it is text, as the emitter writes it).
    /// </summary>
    internal static string WithoutDocumentByteOrderMarks(string text)
    {
        var at = text.IndexOf(TextInput.ByteOrderMarkChar, StringComparison.Ordinal);
        if (at < 0)
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length);
        var copied = 0;
        for (; at >= 0; at = text.IndexOf(TextInput.ByteOrderMarkChar, at + 1))
        {
            if (!StartsDocument(text, at))
            {
                continue;
            }

            builder.Append(text, copied, at - copied);
            copied = at + 1;
        }

        return builder.Append(text, copied, text.Length - copied).ToString();
    }

    private static bool StartsDocument(string text, int at)
    {
        if (at == 0)
        {
            return true;
        }

        if (text[at - 1] is not ('\n' or '\r'))
        {
            return false;
        }

        var rest = text.AsSpan(at + 1);
        if (rest.StartsWith("%") || IsMarkerLine(rest))
        {
            return true;
        }

        // The line before: from the previous line break back to the one before it.
        var end = at - 1;
        if (text[end] == '\n' && end > 0 && text[end - 1] == '\r')
        {
            end--;
        }

        var start = text.AsSpan(0, end).LastIndexOfAny('\n', '\r') + 1;
        var previous = text.AsSpan(start, end - start);
        if (previous.Length > 0 && previous[0] == TextInput.ByteOrderMarkChar)
        {
            previous = previous[1..];
        }

        if (!IsMarkerLine(previous))
        {
            return false;
        }

        var after = previous[3..].TrimStart(" \t");
        return after.Length == 0 || after[0] == '#';
    }

    /// <summary>Whether a line starts with a document marker (<c>---</c> or <c>...</c> followed by a space, a tab or the end of the line).</summary>
    private static bool IsMarkerLine(ReadOnlySpan<char> line) =>
        (line.StartsWith("---") || line.StartsWith("...")) && (line.Length == 3 || line[3] is ' ' or '\t' or '\n' or '\r');

    /// <summary>
    /// Moves the parser on. YamlDotNet 18.1.0 throws InvalidOperationException instead of a YamlException for some
    /// malformed input (a flow collection left open at the end of a document, found by the property tests): that is
    /// malformed YAML too, at the last position read.
    /// </summary>
    private static bool Next(Parser parser, Mark last)
    {
        try
        {
            return parser.MoveNext();
        }
        catch (InvalidOperationException)
        {
            throw new StuckParserException(last);
        }
        catch (ArgumentException)
        {
            // YamlDotNet 18.1.0 throws ArgumentOutOfRangeException for two escapes in a double-quoted scalar that are not
            // a surrogate pair ("\ud800\u0041", "\udc00\udc00"; found by the hostile-input property test).
            throw new SurrogateEscapeException(last);
        }
    }

    /// <summary>The parser met an escape that makes a lone surrogate, after <see cref="YamlException.Start"/>.</summary>
    private sealed class SurrogateEscapeException(Mark last) : YamlException(last, last, "an escape makes a lone surrogate.");

    /// <summary>The index of the first <c>\uD800</c> to <c>\uDFFF</c> (or <c>\U0000D800</c>...) escape at or after <paramref name="from"/>, else <paramref name="from"/>.</summary>
    private static int SurrogateEscape(string text, int from)
    {
        for (var at = text.IndexOf('\\', from); at >= 0 && at + 3 < text.Length; at = text.IndexOf('\\', at + 1))
        {
            var digits = text[at + 1] == 'u' ? at + 2 : text[at + 1] == 'U' && at + 6 < text.Length && text.AsSpan(at + 2, 4) is "0000" ? at + 6 : -1;
            if (digits >= 0 && digits + 1 < text.Length && text[digits] is 'd' or 'D' && text[digits + 1] is (>= '8' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F'))
            {
                return at;
            }
        }

        return from;
    }

    /// <summary>The parser could not go on (YamlDotNet threw InvalidOperationException): malformed YAML at the last position read.</summary>
    private sealed class StuckParserException(Mark last) : YamlException(last, last, "the parser could not go on here (is a flow collection '{' or '[' left open?).");

    /// <summary>The first tab in the indentation of a line at or after the parser's position (the parser reports where the mapping starts).</summary>
    private static (long Line, long Column) FirstTab(string text, Mark from)
    {
        var line = 1L;
        var atLineStart = true;
        var column = 1L;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                column = 1;
                atLineStart = true;
                continue;
            }

            if (atLineStart && c == '\t' && line >= from.Line)
            {
                return (line, column);
            }

            atLineStart &= c == ' ';
            column++;
        }

        return (from.Line, from.Column);
    }

    private static string Describe(YamlException e)
    {
        // The parser's message starts with its own "(Line: 3, Col: 1, Idx: ...) - (...): "; the finding has the position.
        var message = e.Message;
        var at = message.IndexOf("): ", StringComparison.Ordinal);
        message = at >= 0 && message.StartsWith('(') ? message[(at + 3)..] : message;
        return message.Contains("tab", StringComparison.Ordinal) || message.Contains("cannot start any token", StringComparison.Ordinal)
            ? message + " (YAML does not allow tabs for indentation; use spaces.)"
            : message;
    }

    private static void Remember(Dictionary<string, YamlNode> anchors, AnchorName anchor, YamlNode node)
    {
        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = node;
        }
    }

    /// <summary>Adds a finished node to its parent (or makes it the document's root); false when reading must stop.</summary>
    private static bool Attach(YamlNode node, Stack<(YamlNode Node, YamlNode? PendingKey)> stack, ref YamlNode? root, Findings findings, int document)
    {
        if (stack.Count == 0)
        {
            root = node;
            return true;
        }

        var (parent, pendingKey) = stack.Pop();
        parent.Size += node.Size;
        if (parent.Kind == YamlNodeKind.Sequence)
        {
            parent.Items.Add(node);
            stack.Push((parent, null));
            return true;
        }

        if (pendingKey is null)
        {
            if (node.Kind != YamlNodeKind.Scalar)
            {
                findings.At(OpenSloDiagnostics.MalformedYaml, JsonPointer.Root, node, ("detail", "a mapping key is a collection; OpenSLO keys are plain names."));
                return false;
            }

            stack.Push((parent, node));
            return true;
        }

        if (!parent.TryAdd(pendingKey, node))
        {
            findings.At(OpenSloDiagnostics.DuplicateKey, JsonPointer.Root / document, pendingKey, ("member", pendingKey.Value!), ("type", "a mapping"));
        }

        stack.Push((parent, null));
        return true;
    }
}

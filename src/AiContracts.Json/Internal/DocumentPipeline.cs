using System.Globalization;
using System.Text;
using System.Text.Json;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Internal;

namespace AiContracts.Json.Internal;

/// <summary>What one kind of document needs from the pipeline: its kind, its limits and how to name its objects.</summary>
/// <param name="Kind">The kind, which every finding carries.</param>
/// <param name="MaxBytes">The size limit (after a byte-order mark).</param>
/// <param name="MaxDepth">The depth limit.</param>
/// <param name="MaxFindings">The most findings reported; the next one is replaced by AIC0004.</param>
/// <param name="Options">The serializer options, for the wording of syntax errors and the names of model types.</param>
/// <param name="RootType">The model type of the root, for messages; null when the document has no model type.</param>
/// <param name="Schema">
/// The kind's compiled schema, when it has one: evaluated on the bytes in the same pass that checks the syntax, so that a
/// valid document is never parsed into a <see cref="JsonDocument"/>.
/// </param>
internal sealed record DocumentSpec(DocumentKind Kind, long MaxBytes, int MaxDepth, int MaxFindings, JsonSerializerOptions Options, Type? RootType, CompiledSchema? Schema = null)
{
    /// <summary>The name of the object at a path of member names and indexes, for messages.</summary>
    internal string TypeName(IReadOnlyList<string> segments) =>
        (RootType is null ? null : ErrorTranslator.ResolveType(Options, segments, RootType)?.Name) ?? (segments.Count == 0 ? $"the {Kind.Name.ToLowerInvariant()}" : "this object");
}

/// <summary>The kind-specific stage of a read: from the checked document to a value, adding findings.</summary>
/// <typeparam name="T">The value read.</typeparam>
/// <param name="source">The parsed document; its strings are valid text.</param>
/// <param name="findings">The findings so far (repeated members, for instance); the stage adds its own.</param>
/// <returns>The value, or null when the document does not make one.</returns>
internal delegate T? DocumentStage<T>(SourceDocument source, List<Diagnostic> findings)
    where T : class;

/// <summary>
/// The one pipeline every document a user hands us goes through (contracts, playbooks, measurement and usage files,
/// and whatever kind comes next): bytes (a byte-order mark stripped) checked for size, UTF-8 and syntax (for a kind
/// with a compiled schema, in one reader pass that also evaluates the schema and looks for repeated member names, so
/// that a valid document is never parsed into a <see cref="JsonDocument"/>); the text checked for repeated member names
/// and lone surrogates where that pass could not rule them out; the kind's own stage (schema findings, model, rules);
/// then every finding given its document kind and its position, resolved per finding (from the parsed document when
/// there is one, otherwise by one reader pass for all of them), ordered by position and capped. The result is a value
/// or the diagnostics that keep it from being one.
/// </summary>
internal static class DocumentPipeline
{
    /// <summary>Reads text: a lone surrogate in it is a finding (it has no UTF-8 form), then as <see cref="Read{T}(ReadOnlyMemory{byte}, DocumentSpec, DocumentStage{T})"/>.</summary>
    internal static (T? Value, List<Diagnostic> Findings) Read<T>(string text, DocumentSpec spec, DocumentStage<T> stage)
        where T : class
    {
        var span = TextInput.WithoutByteOrderMark(text.AsSpan());

        if (span.Length > spec.MaxBytes)
        {
            return (null, [TooLarge(spec)]);
        }

        if (TextInput.LoneSurrogate(span) is var at and >= 0)
        {
            var (line, column) = LineIndex.Of(text, at + (text.Length - span.Length));
            return (null, [Stamp(DiagnosticCatalogue.MalformedJson.Create(string.Empty, "syntax", ("detail", "the text has a lone surrogate, which is not valid Unicode.")) with { Line = line, Column = column }, spec)]);
        }

        return Read<T>(Encoding.UTF8.GetBytes(span.ToString()), spec, stage);
    }

    /// <summary>Reads a stream to its end (not closing it), refusing more than the limit without reading further, then as the bytes.</summary>
    internal static (T? Value, List<Diagnostic> Findings) Read<T>(Stream stream, DocumentSpec spec, DocumentStage<T> stage)
        where T : class
    {
        using var buffer = StreamReading.ReadAll(stream, spec.MaxBytes);
        return buffer is null ? (null, [TooLarge(spec)]) : Read(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), spec, stage);
    }

    /// <summary>Reads a stream asynchronously, as <see cref="Read{T}(Stream, DocumentSpec, DocumentStage{T})"/>; cancellation is checked once the stream is read.</summary>
    internal static async ValueTask<(T? Value, List<Diagnostic> Findings)> ReadAsync<T>(Stream stream, DocumentSpec spec, DocumentStage<T> stage, CancellationToken cancellationToken)
        where T : class
    {
        using var buffer = await StreamReading.ReadAllAsync(stream, spec.MaxBytes, cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return buffer is null ? (null, [TooLarge(spec)]) : Read(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), spec, stage);
    }

    /// <summary>Reads UTF-8 bytes through every stage.</summary>
    internal static (T? Value, List<Diagnostic> Findings) Read<T>(ReadOnlyMemory<byte> utf8, DocumentSpec spec, DocumentStage<T> stage)
        where T : class
    {
        using var source = Open(utf8, spec, out var problem);
        if (source is null)
        {
            return (null, [Stamp(problem!, spec)]);
        }

        var findings = new List<Diagnostic>();
        T? value = null;
        if (DocumentText.Check(source, findings, spec.MaxFindings, spec.TypeName))
        {
            value = stage(source, findings);
        }

        return (value, Finish(findings, source, spec));
    }

    /// <summary>Strips a byte-order mark, then checks the size, the UTF-8 and the syntax.</summary>
    /// <returns>The parsed document (the caller disposes it), or null with the one finding that stops reading.</returns>
    internal static SourceDocument? Open(ReadOnlyMemory<byte> utf8, DocumentSpec spec, out Diagnostic? problem)
    {
        problem = null;
        utf8 = TextInput.WithoutByteOrderMark(utf8);

        if (utf8.Length > spec.MaxBytes)
        {
            problem = TooLarge(spec);
            return null;
        }

        if (TextInput.FirstInvalidUtf8(utf8.Span) >= 0)
        {
            problem = ErrorTranslator.InvalidUtf8(utf8.Span);
            return null;
        }

        // With a schema, one pass of a reader checks the syntax, evaluates the schema and looks for repeated names; the
        // document is parsed only if a later stage asks for it. Not when a string may escape a lone surrogate (the text
        // stage walks the parsed document then), and not for a document this pass cannot finish: a syntax error or too
        // deep a nesting (the parser's message is the finding) or more schema findings than the limit (the rest of the
        // text is unchecked).
        var maySurrogate = DocumentText.HasSurrogateEscape(utf8.Span);
        if (spec.Schema is { } schema && !maySurrogate)
        {
            try
            {
                var schemaErrors = new List<SchemaError>();
                schema.Evaluate(utf8, spec.MaxDepth, schemaErrors, spec.MaxFindings, out var namesAreUnique);
                if (schemaErrors.Count <= spec.MaxFindings)
                {
                    return new SourceDocument(utf8, spec.MaxDepth, schema, schemaErrors, namesAreUnique);
                }
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException)
            {
                // The parser below gives the finding (or, for a document it accepts, the stages do).
            }
        }

        // Most documents repeat no member name, and the parser checks that on its own index of the document faster than
        // the text stage can walk it; only a document it refuses (a repeated name, or a syntax error) is parsed again,
        // allowing repeated names, so that the text stage reports every repetition at its position. Not when a string
        // may escape a lone surrogate: the parser cannot compare such a name (it throws) and the text stage walks anyway.
        if (!maySurrogate)
        {
            try
            {
                return new SourceDocument(utf8, JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = spec.MaxDepth, AllowDuplicateProperties = false }), namesAreUnique: true);
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException)
            {
            }
        }

        try
        {
            return new SourceDocument(utf8, JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = spec.MaxDepth }), namesAreUnique: false);
        }
        catch (JsonException e)
        {
            var translated = ErrorTranslator.Translate(e, spec.Options, utf8.Span, checkVersion: false);
            var diagnostic = translated.Detail.Contains("nested deeper", StringComparison.Ordinal)
                ? DiagnosticCatalogue.TooDeep.Create(string.Empty, "limits", ("limit", spec.MaxDepth.ToString(CultureInfo.InvariantCulture)))
                : DiagnosticCatalogue.MalformedJson.Create(string.Empty, "syntax", ("detail", translated.Detail.Replace("Malformed JSON: ", string.Empty, StringComparison.Ordinal)));
            problem = diagnostic with { Line = (int?)translated.LineNumber ?? 1, Column = (int?)translated.Column ?? 1 };
            return null;
        }
    }

    /// <summary>
    /// Gives each finding its document kind and, when it has none, the position of its element; orders the findings
    /// by position; keeps the first <see cref="DocumentSpec.MaxFindings"/> and replaces the rest by AIC0004 at the
    /// position of the first one left out.
    /// </summary>
    internal static List<Diagnostic> Finish(List<Diagnostic> findings, SourceDocument? source, DocumentSpec spec)
    {
        if (findings.Count == 0)
        {
            return findings;
        }

        source?.Resolve(findings.Where(f => f.Line is null).Select(f => f.Pointer));
        var located = new List<(Diagnostic Finding, int Index)>(findings.Count);
        for (var i = 0; i < findings.Count; i++)
        {
            var finding = findings[i];
            if (finding.Line is null)
            {
                var (line, column) = source?.Locate(finding.Pointer) ?? (1, 1);
                finding = finding with { Document = spec.Kind, Line = line, Column = column };
            }

            located.Add((Stamp(finding, spec), i));
        }

        located.Sort(static (a, b) => a.Finding.Line != b.Finding.Line ? a.Finding.Line!.Value.CompareTo(b.Finding.Line!.Value)
            : a.Finding.Column != b.Finding.Column ? a.Finding.Column!.Value.CompareTo(b.Finding.Column!.Value)
            : a.Index.CompareTo(b.Index));
        var result = new List<Diagnostic>(Math.Min(located.Count, spec.MaxFindings + 1));
        foreach (var (finding, _) in located.Take(spec.MaxFindings))
        {
            result.Add(finding);
        }

        if (located.Count > spec.MaxFindings)
        {
            result.Add(Stamp(ReaderFindings.TooMany(spec.MaxFindings, located[spec.MaxFindings].Finding), spec));
        }

        return result;
    }

    /// <summary>AIC0003 for the spec's size limit, at the start of the document.</summary>
    private static Diagnostic TooLarge(DocumentSpec spec) => Stamp(ReaderFindings.TooLarge(spec.MaxBytes), spec);

    private static Diagnostic Stamp(Diagnostic finding, DocumentSpec spec) =>
        finding.Document == spec.Kind && finding.Line is not null ? finding : finding with { Document = spec.Kind, Line = finding.Line ?? 1, Column = finding.Column ?? 1 };
}

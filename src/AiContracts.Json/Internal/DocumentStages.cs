using System.Globalization;
using System.Text.Json;
using System.Text.Unicode;
using AiContracts.Domain.Diagnostics;

namespace AiContracts.Json.Internal;

/// <summary>
/// The stages every document reader with diagnostics shares (contracts in <see cref="ContractDocumentValidator"/>,
/// computation inputs in <see cref="ComputationJson.Read{T}(ReadOnlyMemory{byte})"/>): getting from bytes to a parsed
/// document, and giving findings their positions.
/// </summary>
internal static class DocumentStages
{
    /// <summary>Strips a byte-order mark, then checks the size, the UTF-8 and the syntax.</summary>
    /// <param name="utf8Json">The bytes; on return without the byte-order mark.</param>
    /// <param name="maxBytes">The size limit.</param>
    /// <param name="maxDepth">The depth limit.</param>
    /// <param name="options">The serializer options, for the wording of syntax errors.</param>
    /// <param name="problem">The one finding that stops reading (with its position), when the result is null.</param>
    /// <returns>The parsed document (the caller disposes it), or null.</returns>
    internal static JsonDocument? Parse(ref ReadOnlyMemory<byte> utf8Json, long maxBytes, int maxDepth, JsonSerializerOptions options, out Diagnostic? problem)
    {
        problem = null;
        if (utf8Json.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8Json = utf8Json[3..];
        }

        if (utf8Json.Length > maxBytes)
        {
            problem = DiagnosticCatalogue.TooLarge.Create(string.Empty, "limits", ("limit", maxBytes.ToString(CultureInfo.InvariantCulture))) with { Line = 1, Column = 1 };
            return null;
        }

        if (!Utf8.IsValid(utf8Json.Span))
        {
            problem = ErrorTranslator.InvalidUtf8(utf8Json.Span);
            return null;
        }

        try
        {
            return JsonDocument.Parse(utf8Json, new JsonDocumentOptions { MaxDepth = maxDepth });
        }
        catch (JsonException e)
        {
            var translated = ErrorTranslator.Translate(e, options, utf8Json.Span, checkVersion: false);
            var diagnostic = translated.Detail.Contains("nested deeper", StringComparison.Ordinal)
                ? DiagnosticCatalogue.TooDeep.Create(string.Empty, "limits", ("limit", maxDepth.ToString(CultureInfo.InvariantCulture)))
                : DiagnosticCatalogue.MalformedJson.Create(string.Empty, "syntax", ("detail", translated.Detail.Replace("Malformed JSON: ", string.Empty, StringComparison.Ordinal)));
            problem = diagnostic with { Line = (int?)translated.LineNumber ?? 1, Column = (int?)translated.Column ?? 1 };
            return null;
        }
    }

    /// <summary>
    /// Gives each finding without a position the line and column of its element (a finding about a repeated member
    /// name, that of the repetition), mapping pointers to positions once per document, and orders the findings by position.
    /// </summary>
    internal static List<Diagnostic> Locate(List<Diagnostic> findings, ReadOnlySpan<byte> utf8Json, int maxDepth)
    {
        if (findings.Count == 0)
        {
            return findings;
        }

        var positions = PositionIndex.Build(utf8Json, maxDepth);
        Dictionary<string, int>? repetitions = null;
        for (var i = 0; i < findings.Count; i++)
        {
            var position = positions.Find(findings[i].Pointer);
            if (findings[i].Code == DiagnosticCatalogue.DuplicateMember.Code)
            {
                // Each finding about a repeated name points at the next repetition, not at the first occurrence.
                repetitions ??= new(StringComparer.Ordinal);
                var repetition = repetitions.GetValueOrDefault(findings[i].Pointer);
                repetitions[findings[i].Pointer] = repetition + 1;
                position = positions.FindRepetition(findings[i].Pointer, repetition);
            }

            if (findings[i].Line is null && position is { } found)
            {
                findings[i] = findings[i] with { Line = found.Line, Column = found.Column };
            }
        }

        return [.. findings
            .Select((d, i) => (d, i))
            .OrderBy(x => x.d.Line ?? int.MaxValue)
            .ThenBy(x => x.d.Column ?? int.MaxValue)
            .ThenBy(x => x.i)
            .Select(x => x.d)];
    }
}

using System.Globalization;
using AiContracts.Domain.Diagnostics;

namespace AiContracts.Domain.Internal;

/// <summary>
/// The findings every reader of a document makes the same way (the JSON pipeline, the OpenSLO and monitoring readers,
/// the CLI): the size limit at the start of the document, and the findings cap at the first finding left out.
/// </summary>
internal static class ReaderFindings
{
    /// <summary>The rule of the readers' limit findings.</summary>
    internal const string LimitsRule = "limits";

    /// <summary>AIC0003: the input is larger than <paramref name="limit"/> bytes; at line 1, column 1.</summary>
    internal static Diagnostic TooLarge(long limit) =>
        DiagnosticCatalogue.TooLarge.Create(string.Empty, LimitsRule, ("limit", limit.ToString(CultureInfo.InvariantCulture))) with { Line = 1, Column = 1 };

    /// <summary>AIC0004: more findings than <paramref name="limit"/>; at the position of <paramref name="firstLeftOut"/> (line 1, column 1 when it has none).</summary>
    internal static Diagnostic TooMany(int limit, Diagnostic firstLeftOut) =>
        DiagnosticCatalogue.TooManyFindings.Create(string.Empty, LimitsRule, ("limit", limit.ToString(CultureInfo.InvariantCulture)))
            with { Document = firstLeftOut.Document, Line = firstLeftOut.Line ?? 1, Column = firstLeftOut.Column ?? 1 };
}

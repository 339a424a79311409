using AiContracts.Domain.Diagnostics;

namespace AiContracts.Domain.Internal;

/// <summary>
/// The findings of a computation, capped like a validation report's: after <see cref="Limit"/> findings the list ends
/// with AIC0004 and takes no more, so that a hostile input file (100,000 unknown KPIs) stays cheap to report on.
/// </summary>
internal sealed class FindingList : List<Diagnostic>
{
    /// <summary>The most findings a computation reports, the last being AIC0004 (the validators' default limit).</summary>
    internal const int Limit = 1000;

    /// <summary>Adds a finding unless the list is full; the finding that fills it is replaced by AIC0004.</summary>
    internal new void Add(Diagnostic diagnostic)
    {
        if (Count < Limit - 1)
        {
            base.Add(diagnostic);
        }
        else if (Count == Limit - 1)
        {
            base.Add(DiagnosticCatalogue.TooManyFindings.Create(string.Empty, diagnostic.Rule ?? "computations", ("limit", (Limit - 1).ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }
    }

    /// <summary>Adds findings unless the list is full.</summary>
    internal new void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }
}

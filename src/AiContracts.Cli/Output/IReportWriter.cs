using AiContracts.Cli.Validation;

namespace AiContracts.Cli.Output;

/// <summary>Writes the outcomes of a validation run in one format.</summary>
internal interface IReportWriter
{
    /// <summary>Writes the report.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="outcomes">The outcomes, in input order.</param>
    void Write(TextWriter output, IReadOnlyList<FileOutcome> outcomes);
}

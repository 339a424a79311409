using AiContracts.Domain;
using AiContracts.Reporting.Internal;

namespace AiContracts.Reporting;

/// <summary>
/// Renders a contract for the people who sign it: a term sheet in clause-group order (parties and term, AI systems,
/// service levels with credit tables, data processing, integration, pricing, exit, governance), the findings of a
/// playbook grouped by clause group, each linking to its clause and naming its code, and the completeness checklist.
/// </summary>
/// <remarks>
/// <para>
/// Both formats hold the same content, built once. <see cref="ToHtml"/> adds inline SVG charts: a step chart of credit
/// against attainment per objective, a cost curve per meter (computed with the invoice calculator) with tier
/// boundaries, caps and the minimum commitment marked, and the exit timeline. A term the contract does not state is
/// reported as "not stated". Text from the contract is always escaped: it never becomes markup in either format.
/// </para>
/// <para>Rendering never throws for an incomplete or inconsistent contract. Thread safety: stateless; safe to call from any thread.</para>
/// </remarks>
public static class ContractReport
{
    /// <summary>Renders the contract as Markdown (CommonMark with GitHub tables): the term sheet, the findings and the checklist.</summary>
    /// <param name="contract">The contract.</param>
    /// <param name="options">The playbook, optional measurements and usage, and the culture; <see cref="ReportOptions.Default"/> when null.</param>
    /// <returns>The Markdown text, ending with one line break.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contract"/> is null.</exception>
    public static string ToMarkdown(AiContract contract, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return MarkdownWriter.Write(ReportBuilder.Build(contract, options ?? ReportOptions.Default, charts: false));
    }

    /// <summary>
    /// Renders the contract as one self-contained HTML5 page: no scripts, external styles or fonts; it opens offline and
    /// prints well. It holds the Markdown's content plus inline SVG charts with titles, axis labels and text alternatives.
    /// </summary>
    /// <param name="contract">The contract.</param>
    /// <param name="options">The playbook, optional measurements and usage, the culture and the number of charts; <see cref="ReportOptions.Default"/> when null.</param>
    /// <returns>The HTML document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contract"/> is null.</exception>
    public static string ToHtml(AiContract contract, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(contract);
        options ??= ReportOptions.Default;
        var language = options.Culture is { Name.Length: > 0 } culture ? culture.Name : "en";
        return HtmlWriter.Write(ReportBuilder.Build(contract, options, charts: true), "Contract report: " + contract.Title, language);
    }
}

using AiContracts.Domain;
using AiContracts.OpenSlo.Internal;

namespace AiContracts.OpenSlo;

/// <summary>
/// Converts between OpenSLO v1 YAML and a contract's KPIs and objectives. <see cref="Import(string)"/> reads SLO, SLI,
/// DataSource and Service documents (one file may hold several, separated by <c>---</c>) and reports everything that
/// does not map as a finding with its YAML line and column; <see cref="Export"/> writes the contract's measurable KPIs
/// as SLOs. docs/openslo.md has the mapping table both ways and what is lost.
/// </summary>
/// <remarks>
/// YAML is read with YamlDotNet's event parser and written with its emitter (no reflection: trimming and native AOT
/// stay clean). Positions: 1-based line, and 1-based column counted in UTF-8 bytes within the line, as in
/// AiContracts.Json. Thread safety: stateless; safe to call from any thread.
/// </remarks>
public static class OpenSloConverter
{
    /// <summary>Reads OpenSLO v1 YAML into KPIs and objectives, with the default limits.</summary>
    /// <param name="yaml">The YAML text, one or more documents.</param>
    /// <returns>The KPIs and objectives (none when there is an error) and the findings; never throws for bad input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="yaml"/> is null.</exception>
    public static OpenSloImport Import(string yaml) => Import(yaml, null);

    /// <summary>Reads OpenSLO v1 YAML into KPIs and objectives.</summary>
    /// <param name="yaml">The YAML text, one or more documents.</param>
    /// <param name="options">Limits; <see cref="OpenSloOptions.Default"/> when null.</param>
    /// <returns>The KPIs and objectives (none when there is an error) and the findings; never throws for bad input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="yaml"/> is null.</exception>
    public static OpenSloImport Import(string yaml, OpenSloOptions? options)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        return OpenSloImporter.Import(yaml, options ?? OpenSloOptions.Default);
    }

    /// <summary>Reads OpenSLO v1 YAML given as UTF-8 bytes (a file's content) into KPIs and objectives, with the default limits.</summary>
    /// <param name="utf8Yaml">The YAML as UTF-8, one or more documents; a byte-order mark may start each document.</param>
    /// <returns>The KPIs and objectives (none when there is an error) and the findings; never throws for bad input.</returns>
    public static OpenSloImport Import(ReadOnlyMemory<byte> utf8Yaml) => Import(utf8Yaml, null);

    /// <summary>
    /// Reads OpenSLO v1 YAML given as UTF-8 bytes (a file's content) into KPIs and objectives. Bytes that are not UTF-8
    /// are an error at the first of them (AIC8001), never replaced.
    /// </summary>
    /// <param name="utf8Yaml">The YAML as UTF-8, one or more documents; a byte-order mark may start each document.</param>
    /// <param name="options">Limits; <see cref="OpenSloOptions.Default"/> when null.</param>
    /// <returns>The KPIs and objectives (none when there is an error) and the findings; never throws for bad input.</returns>
    public static OpenSloImport Import(ReadOnlyMemory<byte> utf8Yaml, OpenSloOptions? options) =>
        OpenSloImporter.Import(utf8Yaml, options ?? OpenSloOptions.Default);

    /// <summary>Writes a contract's measurable KPIs and their objectives as OpenSLO v1 YAML.</summary>
    /// <param name="contract">The contract.</param>
    /// <returns>The YAML and a finding for each KPI or member that OpenSLO cannot carry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contract"/> is null.</exception>
    public static OpenSloExport Export(AiContract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return OpenSloExporter.Export(contract);
    }
}

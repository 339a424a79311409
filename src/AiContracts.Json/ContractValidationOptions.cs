using System.Globalization;
using System.Text;

namespace AiContracts.Json;

/// <summary>Options of <see cref="ContractDocumentValidator"/>.</summary>
/// <remarks>Immutable once given to a validator.</remarks>
public sealed record ContractValidationOptions
{
    /// <summary>The default options: the default JSON limits, warnings do not fail.</summary>
    public static ContractValidationOptions Default { get; } = new();

    /// <summary>The size and depth limits of documents.</summary>
    /// <value><see cref="AiContractJsonOptions.Default"/>: 16 MiB and 64 levels.</value>
    public AiContractJsonOptions Json { get; init; } = AiContractJsonOptions.Default;

    /// <summary>Whether warnings make a report invalid (so do the rules' own <c>WarningsAreErrors</c>).</summary>
    /// <value>False by default.</value>
    public bool WarningsAreErrors { get; init; }

    /// <summary>The most findings one report lists; beyond it the report ends with AIC0004, so hostile documents stay cheap to report on.</summary>
    /// <value>1,000 by default; at least 1.</value>
    public int MaxDiagnostics { get; init; } = 1000;

    /// <summary>Writes the members as the compiler would, with the invariant culture, so that the text is the same on every machine.</summary>
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append(CultureInfo.InvariantCulture, $"Json = {Json}, WarningsAreErrors = {WarningsAreErrors}, MaxDiagnostics = {MaxDiagnostics}");
        return true;
    }
}

using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Integration;
using AiContracts.Domain.Primitives;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>
/// Compatibility and deprecation are agreed: compatibility terms with a deprecation or breaking-change notice (AIC3004),
/// versioned interfaces (AIC3005), and a deprecation notice at least the playbook's
/// <see cref="PlaybookParameters.ShortestDeprecationNotice"/> (AIC3006).
/// </summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
internal sealed class CompatibilityRule : ClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.NoCompatibilityTerms, DiagnosticCatalogue.Unversioned, DiagnosticCatalogue.DeprecationNoticeTooShort);

    /// <summary>Creates the rule.</summary>
    /// <param name="parameters">The thresholds; <see cref="PlaybookParameters.Default"/> when null.</param>
    public CompatibilityRule(PlaybookParameters? parameters = null) => Parameters = parameters ?? PlaybookParameters.Default;

    /// <summary>The thresholds the rule reads.</summary>
    public PlaybookParameters Parameters { get; }

    /// <inheritdoc />
    public override string Id => "compatibility";

    /// <inheritdoc />
    public override string Title => "Compatibility and deprecation notice are agreed";

    /// <inheritdoc />
    public override string Area => "integration";

    /// <inheritdoc />
    public override ValueArray<DiagnosticDescriptor> Descriptors => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Diagnostic> Findings(AiContract contract)
    {
        var compatibility = contract.Integration?.Compatibility;
        if (compatibility is null)
        {
            yield return DiagnosticCatalogue.NoCompatibilityTerms.Create(RuleSupport.Group(contract.Integration, JsonPointer.Root / "integration"), Id, ("problem", "has no compatibility terms"));
            yield break;
        }

        var At = JsonPointer.Root / "integration" / "compatibility";
        if (compatibility.Versioning is null || compatibility.Versioning == VersioningScheme.Unversioned)
        {
            yield return DiagnosticCatalogue.Unversioned.Create(
                compatibility.Versioning is null ? At : At / "versioning", Id, ("value", compatibility.Versioning is null ? "not versioned by any stated scheme" : "Unversioned"));
        }

        if (compatibility is { DeprecationNotice: null, BreakingChangeNotice: null })
        {
            yield return DiagnosticCatalogue.NoCompatibilityTerms.Create(At, Id, ("problem", "gives no notice of deprecations or breaking changes"));
        }
        else if (compatibility.DeprecationNotice is { } notice && RuleSupport.Compare(notice, Parameters.ShortestDeprecationNotice) < 0)
        {
            yield return DiagnosticCatalogue.DeprecationNoticeTooShort.Create(At / "deprecationNotice", Id, ("value", notice.ToString()), ("limit", Parameters.ShortestDeprecationNotice.ToString()));
        }
    }
}

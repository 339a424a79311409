using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.ServiceLevels;

namespace AiContracts.Domain.Validation.Rules;

/// <summary>
/// Measurement windows can be resolved: calendar windows need the contract's time zone (AIC1016), and a rolling window
/// needs its length (AIC1017).
/// </summary>
/// <remarks>Thread safety: stateless; safe to share across threads.</remarks>
internal sealed class MeasurementWindowsRule : ClauseRule
{
    private static readonly ValueArray<DiagnosticDescriptor> Codes = RuleSupport.Codes(DiagnosticCatalogue.NoTimeZoneForWindows, DiagnosticCatalogue.RollingWindowWithoutPeriod);

    /// <inheritdoc />
    public override string Id => "measurement-windows";

    /// <inheritdoc />
    public override string Title => "Measurement windows resolve in the contract's time zone";

    /// <inheritdoc />
    public override string Area => "service levels";

    /// <inheritdoc />
    public override ValueArray<DiagnosticDescriptor> Descriptors => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Diagnostic> Findings(AiContract contract)
    {
        var kpis = contract.ServiceLevels?.Kpis ?? [];
        if (contract.TimeZone is null && kpis.Any(k => k.Window is not null))
        {
            yield return DiagnosticCatalogue.NoTimeZoneForWindows.Create(JsonPointer.Root, Id);
        }

        for (var i = 0; i < kpis.Count; i++)
        {
            if (kpis[i].Window is { Kind: var kind, RollingPeriod: null } && kind == WindowKind.Rolling)
            {
                yield return DiagnosticCatalogue.RollingWindowWithoutPeriod.Create(JsonPointer.Root / "serviceLevels" / "kpis" / i / "window", Id, ("value", kpis[i].Id.Value));
            }
        }
    }
}

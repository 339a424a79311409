using AiContracts.Domain;
using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.ServiceLevels;
using NodaTime;

namespace AiContracts.OpenSlo;

/// <summary>
/// What an OpenSLO file becomes in a contract: KPIs and objectives, the time zone of its calendar-aligned windows, and
/// a finding (with YAML line and column) for everything that did not map.
/// </summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public sealed record OpenSloImport
{
    /// <summary>The KPIs, one per SLO (one per objective of an SLO with several objectives).</summary>
    public ValueArray<KpiDefinition> Kpis { get; init; }

    /// <summary>The objectives on those KPIs, without credit tables (OpenSLO has none).</summary>
    public ValueArray<ServiceLevelObjective> Objectives { get; init; }

    /// <summary>The time zone of the calendar-aligned time windows; null when the file has none.</summary>
    public DateTimeZone? TimeZone { get; init; }

    /// <summary>The findings; an error means the file, or part of it, could not be imported.</summary>
    public required ValidationReport Report { get; init; }

    /// <summary>Whether the import has no errors.</summary>
    public bool IsValid => Report.IsValid;

    /// <summary>
    /// Adds the imported KPIs and objectives to a contract: an imported KPI or objective replaces the contract's one of
    /// the same id, the others are appended; the contract's time zone is set from the file when it has none.
    /// </summary>
    /// <param name="contract">The contract.</param>
    /// <returns>The contract with the imported service levels.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contract"/> is null.</exception>
    public AiContract ApplyTo(AiContract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var levels = contract.ServiceLevels ?? new ServiceLevelTerms();
        var kpis = Merge(levels.Kpis, Kpis, k => k.Id);
        var objectives = Merge(levels.Objectives, Objectives, o => o.Id);
        return contract with
        {
            TimeZone = contract.TimeZone ?? TimeZone,
            ServiceLevels = levels with { Kpis = kpis, Objectives = objectives },
        };
    }

    private static ValueArray<T> Merge<T>(ValueArray<T> existing, ValueArray<T> imported, Func<T, LocalId> id)
    {
        var replaced = imported.ToDictionary(id);
        var result = new List<T>();
        var used = new HashSet<LocalId>();
        foreach (var item in existing)
        {
            if (replaced.TryGetValue(id(item), out var replacement))
            {
                result.Add(replacement);
                used.Add(id(item));
            }
            else
            {
                result.Add(item);
            }
        }

        result.AddRange(imported.Where(i => !used.Contains(id(i))));
        return ValueArray.From(result);
    }
}

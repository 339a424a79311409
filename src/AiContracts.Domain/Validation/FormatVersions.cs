using AiContracts.Domain.Diagnostics;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.Pricing;
using AiContracts.Domain.ServiceLevels;

namespace AiContracts.Domain.Validation;

/// <summary>
/// The members added to the contract format after 1.0, each with the version that introduced it, and the one check
/// that uses the list: a contract that declares an earlier <see cref="AiContract.SchemaVersion"/> but uses such a member
/// gets a warning (AIC0209) naming the member and the version. It is a warning, not an error: this library reads and
/// computes the member, but a reader of the declared version would refuse the document. Every validator runs it after
/// the integrity checks, whatever the playbook.
/// </summary>
/// <remarks>
/// To add a member in a minor version: end its summary with "Introduced in format 1.N." and add one line to
/// <see cref="Members"/> (CONTRIBUTING.md, "Adding a member to a record"); a test holds the list and the summaries
/// together. Thread safety: immutable; safe to share across threads.
/// </remarks>
internal static class FormatVersions
{
    private const string Rule = "format-version";

    private static readonly SchemaVersion V11 = SchemaVersion.Of(1, 1);

    private static readonly SchemaVersion V12 = SchemaVersion.Of(1, 2);

    /// <summary>
    /// Every member introduced after 1.0 on a record that 1.0 already had: its version, its record and C# name, and the
    /// pointers where a contract uses it. (The members of a record introduced later are covered by the member that
    /// holds it: a 1.0 document with a discount is told about <c>discounts</c>, not about each of its members.)
    /// </summary>
    internal static readonly IntroducedMember[] Members =
    [
        Member(V11, nameof(AvailabilityDefinition.MinimumDowntimeRun), Availability, AvailabilityAt, a => a.MinimumDowntimeRun is not null),
        Member(V11, nameof(AvailabilityDefinition.PartialMinutes), Availability, AvailabilityAt, a => a.PartialMinutes is not null),
        Member(V11, nameof(AvailabilityDefinition.MinimumRequests), Availability, AvailabilityAt, a => a.MinimumRequests is not null),
        Member(V11, nameof(AvailabilityDefinition.RepeatedErrorWindow), Availability, AvailabilityAt, a => a.RepeatedErrorWindow is not null),
        Member(V11, nameof(ServiceLevelObjective.MinimumCredit), Objectives, ObjectiveAt, o => o.MinimumCredit is not null),
        Member(V11, nameof(ServiceLevelObjective.MaximumCreditPerClaim), Objectives, ObjectiveAt, o => o.MaximumCreditPerClaim is not null),
        Member(V11, nameof(ServiceLevelTerms.HighestCreditOnly), ServiceLevels, static (_, _) => JsonPointer.Root / "serviceLevels", s => s.HighestCreditOnly is not null),
        Member(V11, nameof(PricingTerms.Discounts), Pricing, PricingAt, p => !p.Discounts.IsEmpty),
        Member(V11, nameof(PricingTerms.Tax), Pricing, PricingAt, p => p.Tax is not null),
        Member(V11, nameof(PricingTerms.Proration), Pricing, PricingAt, p => p.Proration is not null),
        Member(V11, nameof(Meter.IncludedUnits), Meters, MeterAt, m => m.IncludedUnits is not null),
        Member(V11, nameof(Meter.MinimumCharge), Meters, MeterAt, m => m.MinimumCharge is not null),
        Member(V11, nameof(Meter.TransactionFee), Meters, MeterAt, m => m.TransactionFee is not null),
        Member(V11, nameof(PackagePricing.MinimumPackages), Packages, static (meter, _) => MeterAt(meter, 0) / "package", p => p.MinimumPackages is not null),
        Member(V11, nameof(PriceTier.Rate), Tiers, TierAt, t => t.Rate is not null),
        Member(V11, nameof(PriceTier.MinimumCharge), Tiers, TierAt, t => t.MinimumCharge is not null),
        Member(V11, nameof(PriceTier.MaximumCharge), Tiers, TierAt, t => t.MaximumCharge is not null),
        Member(V12, nameof(PricingTerms.RateCards), Pricing, PricingAt, p => !p.RateCards.IsEmpty),
        Member(V12, nameof(PricingTerms.Allowances), Pricing, PricingAt, p => !p.Allowances.IsEmpty),
        Member(V12, nameof(PricingTerms.Reservations), Pricing, PricingAt, p => !p.Reservations.IsEmpty),
        Member(V12, nameof(PricingTerms.LineAmountDecimals), Pricing, PricingAt, p => p.LineAmountDecimals is not null),
    ];

    /// <summary>The warnings for members newer than the contract's declared version, in list order.</summary>
    /// <param name="contract">The contract.</param>
    /// <returns>The findings; none for a contract that declares the latest version.</returns>
    internal static IEnumerable<Diagnostic> Evaluate(AiContract contract)
    {
        var declared = contract.SchemaVersion;
        foreach (var member in Members)
        {
            if (member.Version <= declared)
            {
                continue;
            }

            foreach (var pointer in member.Uses(contract))
            {
                yield return DiagnosticCatalogue.MemberNewerThanFormat.Create(pointer, Rule,
                    ("member", member.JsonName), ("version", member.Version.ToString()), ("declared", declared.ToString()));
            }
        }
    }

    /// <summary>
    /// A listed member: its owners in the contract, each with its position (one or two indexes), and where an owner is,
    /// as a pointer made only for an owner that uses the member.
    /// </summary>
    private static IntroducedMember Member<TOwner>(SchemaVersion version, string name, Func<AiContract, IEnumerable<(int Outer, int Inner, TOwner Owner)>> owners, Func<int, int, JsonPointer> at, Func<TOwner, bool> used)
    {
        var json = char.ToLowerInvariant(name[0]) + name[1..];
        return new IntroducedMember(version, typeof(TOwner), name, json, c => owners(c).Where(o => used(o.Owner)).Select(o => at(o.Outer, o.Inner) / json));
    }

    private static JsonPointer AvailabilityAt(int kpi, int inner) => JsonPointer.Root / "serviceLevels" / "kpis" / kpi / "availabilityDefinition";
    private static JsonPointer ObjectiveAt(int objective, int inner) => JsonPointer.Root / "serviceLevels" / "objectives" / objective;
    private static JsonPointer PricingAt(int outer, int inner) => JsonPointer.Root / "pricing";
    private static JsonPointer MeterAt(int meter, int inner) => PricingAt(0, 0) / "meters" / meter;
    private static JsonPointer TierAt(int meter, int tier) => MeterAt(meter, 0) / "tiers" / tier;

    private static IEnumerable<(int, int, ServiceLevelTerms)> ServiceLevels(AiContract c) =>
        c.ServiceLevels is { } levels ? [(0, 0, levels)] : [];

    private static IEnumerable<(int, int, ServiceLevelObjective)> Objectives(AiContract c) =>
        (c.ServiceLevels?.Objectives ?? []).Select((o, i) => (i, 0, o));

    private static IEnumerable<(int, int, AvailabilityDefinition)> Availability(AiContract c) =>
        (c.ServiceLevels?.Kpis ?? []).Select((k, i) => (i, 0, k.AvailabilityDefinition)).Where(p => p.AvailabilityDefinition is not null).Select(p => (p.i, 0, p.AvailabilityDefinition!));

    private static IEnumerable<(int, int, PricingTerms)> Pricing(AiContract c) =>
        c.Pricing is { } pricing ? [(0, 0, pricing)] : [];

    private static IEnumerable<(int, int, Meter)> Meters(AiContract c) =>
        (c.Pricing?.Meters ?? []).Select((m, i) => (i, 0, m));

    private static IEnumerable<(int, int, PackagePricing)> Packages(AiContract c) =>
        (c.Pricing?.Meters ?? []).Select((m, i) => (i, 0, m.Package)).Where(p => p.Package is not null).Select(p => (p.i, 0, p.Package!));

    private static IEnumerable<(int, int, PriceTier)> Tiers(AiContract c) =>
        (c.Pricing?.Meters ?? []).SelectMany((m, i) => m.Tiers.Select((t, j) => (i, j, t)));

    /// <summary>A member introduced after 1.0.</summary>
    /// <param name="Version">The format version that introduced it.</param>
    /// <param name="Owner">The record that declares it.</param>
    /// <param name="Name">Its C# name.</param>
    /// <param name="JsonName">Its JSON name.</param>
    /// <param name="Uses">The pointers where a contract uses it (a value other than absent).</param>
    internal sealed record IntroducedMember(SchemaVersion Version, Type Owner, string Name, string JsonName, Func<AiContract, IEnumerable<JsonPointer>> Uses);
}
